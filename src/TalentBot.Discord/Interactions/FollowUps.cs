using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TalentBot.Discord.Interactions;

/// <summary>
/// Runs the work that finishes a deferred interaction after its initial response has gone, and on shutdown waits
/// for it (up to the host's shutdown timeout) so an answer being written is not lost. Thread-safe.
/// </summary>
public sealed class FollowUps(TimeProvider time, ILogger<FollowUps> logger) : IHostedService, IDisposable
{
    /// <summary>An interaction token lasts 15 minutes; work still running after 14 could no longer be delivered.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(14);

    private readonly ConcurrentDictionary<Task, string> _running = new();
    private readonly CancellationTokenSource _stopping = new();

    public int Pending => _running.Count;

    /// <summary>
    /// Cancelled only when shutdown stops waiting for follow-ups: answers keep going while the host drains, rather
    /// than being cut off the moment it begins to stop.
    /// </summary>
    public CancellationToken Abandoned => _stopping.Token;

    public void Start(string interactionId, Func<CancellationToken, Task> work)
    {
        var task = RunAsync(interactionId, work);
        _running.TryAdd(task, interactionId);
        // Removed when done; ContinueWith on a finished task runs at once, so nothing stays behind.
        task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var pending = _running.Keys.ToArray();
        if (pending.Length == 0) return;
        DiscordLog.WaitingForFollowUps(logger, pending.Length);
        try
        {
            await Task.WhenAll(pending).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout is over: stop what is left rather than hold the process.
            await _stopping.CancelAsync().ConfigureAwait(false);
            DiscordLog.FollowUpsAbandoned(logger, _running.Count);
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RunAsync(string interactionId, Func<CancellationToken, Task> work)
    {
        await Task.Yield();
        using var expiry = new CancellationTokenSource(TokenLifetime, time);
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, expiry.Token);
        try
        {
            await work(lifetime.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            DiscordLog.FollowUpFailed(logger, e, interactionId);
        }
    }
}
