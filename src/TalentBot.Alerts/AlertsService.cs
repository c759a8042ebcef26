using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TalentBot.Alerts.Delivery;
using TalentBot.Alerts.Digests;
using TalentBot.Core.Alerts;

namespace TalentBot.Alerts;

/// <summary>
/// <c>serve</c>'s alert loop: enqueue the digests that fell due, send what the outbox holds, prune a batch of old sent
/// deliveries, then sleep until the next retry or digest, or until an ingest enqueues something. A backlog of old
/// deliveries (the first start after an upgrade) goes one batch per turn, with sends in between. Waits on the
/// injected clock, so tests drive it with a fake one; wakes at least every <see cref="MaxSleep"/> so a schedule added
/// meanwhile is never missed by long. On stopping it starts no attempt, and lets those in flight finish and record
/// their outcome until the host's shutdown timeout cancels the token <see cref="StopAsync"/> is given; an attempt cut
/// off then stays waiting.
/// </summary>
public sealed class AlertsService(
    IAlertStore store, DigestScheduler digests, DeliveryDispatcher dispatcher, TimeProvider time, ILogger<AlertsService> logger)
    : BackgroundService
{
    public static readonly TimeSpan MaxSleep = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly CancellationTokenSource _cutOff = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        store.DeliveriesWaiting += OnDeliveriesWaiting;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                TimeSpan sleep;
                try
                {
                    // Each subscription's digest failure is contained there; this only guards the loop itself.
                    digests.EnqueueDue();
                    await dispatcher.DeliverDueAsync(stoppingToken, _cutOff.Token).ConfigureAwait(false);
                    sleep = dispatcher.PruneSent() == DeliveryDispatcher.PruneBatchSize ? TimeSpan.Zero : UntilNextWork();
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested && ex is not OutOfMemoryException)
                {
                    AlertsLog.LoopFailed(logger, ex, AfterFailure);
                    sleep = AfterFailure;
                }
                await SleepAsync(sleep, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever is still waiting stays in the outbox for the next start.
        }
        finally
        {
            store.DeliveriesWaiting -= OnDeliveriesWaiting;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await base.StopAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // The base class cancels only the stopping token, then waits for the loop until this one fires (the host's
            // shutdown timeout): what is still in flight then is cut off. Checked afterwards rather than registered,
            // since the base's own registration may resume this method, and dispose a registration, before it ran.
            if (cancellationToken.IsCancellationRequested) await _cutOff.CancelAsync().ConfigureAwait(false);
        }
    }

    private TimeSpan UntilNextWork()
    {
        var now = time.GetUtcNow();
        var next = new[] { store.NextDue(), digests.NextDue() }.Where(d => d.HasValue).Select(d => d!.Value).DefaultIfEmpty(now + MaxSleep).Min();
        var sleep = next - now;
        return sleep < TimeSpan.Zero ? TimeSpan.Zero : sleep > MaxSleep ? MaxSleep : sleep;
    }

    private async Task SleepAsync(TimeSpan sleep, CancellationToken stoppingToken)
    {
        if (sleep == TimeSpan.Zero) return;
        using var woken = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delay = Task.Delay(sleep, time, woken.Token);
        var wake = _wake.WaitAsync(woken.Token);
        await Task.WhenAny(delay, wake).ConfigureAwait(false);
        await woken.CancelAsync().ConfigureAwait(false);
        stoppingToken.ThrowIfCancellationRequested();
    }

    private void OnDeliveriesWaiting(object? sender, EventArgs e)
    {
        // A full semaphore already means "look again"; a second release would throw.
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
            }
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        _cutOff.Dispose();
        base.Dispose();
    }
}
