using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TalentBot.Slack.Conversations;

/// <summary>
/// Runs the work that finishes a delivery after it was acknowledged, and on shutdown waits for it (up to the host's
/// shutdown timeout) so an answer being written is not lost. Thread-safe.
/// </summary>
public sealed class FollowUps(TimeProvider time, ILogger<FollowUps> logger) : IHostedService, IDisposable
{
    /// <summary>A <c>response_url</c> lasts 30 minutes; work still running after 29 could no longer be delivered.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(29);

    private readonly ConcurrentDictionary<Task, string> _running = new();
    private readonly CancellationTokenSource _stopping = new();

    public int Pending => _running.Count;

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
        SlackLog.WaitingForFollowUps(logger, pending.Length);
        try
        {
            await Task.WhenAll(pending).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout is over: stop what is left rather than hold the process.
            await _stopping.CancelAsync().ConfigureAwait(false);
            SlackLog.FollowUpsAbandoned(logger, _running.Count);
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RunAsync(FollowUp followUp)
    {
        await Task.Yield();
        using var expiry = new CancellationTokenSource(Lifetime, time);
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, expiry.Token);
        try
        {
            await followUp.Work(lifetime.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            SlackLog.FollowUpFailed(logger, e, followUp.Id);
        }
    }
}
