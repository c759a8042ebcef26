using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TalentBot.Chat.FollowUps;

/// <summary>
/// Runs the work that finishes a request after the platform has been answered in time (deferred or acknowledged),
/// and on shutdown waits for it, up to the host's shutdown timeout, so an answer being written is not lost. Each
/// follow-up is cancelled once the platform's token for it has expired, since nothing could then be delivered. Each
/// adapter derives one runner, which names its platform and token lifetime and is its own service in the container.
/// Thread-safe.
/// </summary>
public abstract class FollowUpRunner : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<Task, string> _running = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly string _platform;
    private readonly TimeSpan _tokenLifetime;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <param name="platform">Names the platform in log lines.</param>
    /// <param name="tokenLifetime">How long the work may run: a little less than the platform's reply token lasts.</param>
    protected FollowUpRunner(string platform, TimeSpan tokenLifetime, TimeProvider time, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(tokenLifetime, TimeSpan.Zero);
        _platform = platform;
        _tokenLifetime = tokenLifetime;
        _time = time;
        _logger = logger;
    }

    public int Pending => _running.Count;

    /// <summary>
    /// Cancelled only when shutdown stops waiting for follow-ups: answers keep going while the host drains, rather
    /// than being cut off the moment it begins to stop.
    /// </summary>
    public CancellationToken Abandoned => _stopping.Token;

    public void Start(string id, Func<CancellationToken, Task> work) => Start(new FollowUp(id, work));

    public void Start(FollowUp followUp)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        var task = RunAsync(followUp);
        _running.TryAdd(task, followUp.Id);
        // Removed when done; ContinueWith on a finished task runs at once, so nothing stays behind.
        task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>
    /// Completes once no follow-up is running, including any started while it waited: for a caller that must not act
    /// (move a clock, read a log) while a reply is still on its way.
    /// </summary>
    public async Task IdleAsync(CancellationToken cancellationToken)
    {
        while (_running.Keys.ToArray() is { Length: > 0 } pending)
            await Task.WhenAll(pending).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var pending = _running.Keys.ToArray();
        if (pending.Length == 0) return;
        FollowUpLog.Waiting(_logger, pending.Length, _platform);
        try
        {
            await Task.WhenAll(pending).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout is over: stop what is left rather than hold the process. Counted first, since
            // cancelling may finish some of them at once.
            var unfinished = _running.Count;
            await _stopping.CancelAsync().ConfigureAwait(false);
            FollowUpLog.Abandoned(_logger, unfinished, _platform);
        }
    }

    public void Dispose()
    {
        _stopping.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task RunAsync(FollowUp followUp)
    {
        // The caller is answering its platform: the work starts after that, never inside it.
        await Task.Yield();
        using var expiry = new CancellationTokenSource(_tokenLifetime, _time);
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, expiry.Token);
        try
        {
            await followUp.Work(lifetime.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (expiry.IsCancellationRequested)
        {
            FollowUpLog.Expired(_logger, _platform, followUp.Id, (long)_tokenLifetime.TotalSeconds);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Abandoned at shutdown: StopAsync has said how many, in one line.
        }
        catch (Exception e)
        {
            FollowUpLog.Failed(_logger, e, _platform, followUp.Id);
        }
    }
}
