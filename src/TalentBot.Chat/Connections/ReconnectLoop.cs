using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace TalentBot.Chat.Connections;

/// <summary>
/// Keeps a platform's socket connected (Discord's Gateway, Slack's Socket Mode): opens a connection, waits for it to
/// end, and opens the next. Failures in a row back off exponentially from a second up to a minute, with Polly's
/// decorrelated jitter so that many bots do not return in step; a connection that was greeted resets the count and
/// is followed at once; a pause the protocol prescribes replaces the backoff; an end marked final stops the loop.
/// Every reconnection is one log line with the reason and the wait, the exception (if any) only at Debug. Time and
/// jitter come from the injected clock and random source. Each adapter keeps its protocol inside the connection.
/// </summary>
public sealed class ReconnectLoop
{
    public static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    private readonly string _connection;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<ConnectionEnd> _failuresInARow;

    /// <param name="connection">What the log lines call the connection ("Gateway", "Socket Mode").</param>
    public ReconnectLoop(string connection, TimeProvider time, Random random, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(random);
        _connection = connection ?? throw new ArgumentNullException(nameof(connection));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        // One execution of the pipeline is one run of connections that were never greeted: its attempt number is the
        // number of failures in a row, which is what the backoff grows with. A greeted connection ends the execution.
        _failuresInARow = new ResiliencePipelineBuilder<ConnectionEnd> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<ConnectionEnd>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { IsFinal: false, WasReady: false }),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = FirstBackoff,
                MaxDelay = MaxBackoff,
                Randomizer = random.NextDouble,
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.Pause),
                OnRetry = args =>
                {
                    LogReconnecting(args.Outcome.Result!, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>
    /// Runs connections until one ends for good (that end is returned) or <paramref name="stoppingToken"/> is
    /// cancelled (null). <paramref name="connectAsync"/> opens one connection and returns how it ended; it turns the
    /// failures it expects into a <see cref="ConnectionEnd"/> (anything else it throws ends the loop with it).
    /// </summary>
    public async Task<ConnectionEnd?> RunAsync(Func<CancellationToken, Task<ConnectionEnd>> connectAsync, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(connectAsync);
        try
        {
            while (true)
            {
                var end = await _failuresInARow.ExecuteAsync(
                    async token => await connectAsync(token).ConfigureAwait(false), stoppingToken).ConfigureAwait(false);
                if (end.IsFinal) return end;
                var wait = end.Pause ?? TimeSpan.Zero;
                LogReconnecting(end, wait);
                if (wait > TimeSpan.Zero) await Task.Delay(wait, _time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private void LogReconnecting(ConnectionEnd end, TimeSpan wait)
    {
        ConnectionLog.Reconnecting(_logger, end.Requested ? LogLevel.Information : LogLevel.Warning, _connection, end.Reason,
            (long)wait.TotalMilliseconds);
        if (end.Failure is { } failure) ConnectionLog.FailureDetail(_logger, failure, _connection);
    }
}
