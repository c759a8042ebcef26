using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentBot.Answering;
using TalentBot.Core.Alerts;
using TalentBot.Core.Replies;

namespace TalentBot.Alerts.Delivery;

/// <summary>What one pass over the outbox did, and what it left.</summary>
public sealed record DispatchReport(int Sent, int Retrying, int Failed, int Paused, int Waiting, DateTimeOffset? NextAttempt)
{
    public static DispatchReport Empty { get; } = new(0, 0, 0, 0, 0, null);

    public DispatchReport Add(DispatchReport later) => new(
        Sent + later.Sent, Retrying + later.Retrying, Failed + later.Failed, Paused + later.Paused, later.Waiting, later.NextAttempt);
}

/// <summary>
/// Sends what the outbox holds. Each due delivery is rendered from the store as it is now, sent by the sender
/// for its target with its idempotency key, and its outcome written back: sent; retried later with exponential
/// backoff and jitter (or the target's Retry-After, if longer); given up on after <see cref="AlertsOptions.MaxAttempts"/>;
/// or, when the target refuses for good, its subscription paused and reported once. Up to
/// <see cref="AlertsOptions.MaxParallelTargets"/> targets are sent to at once; each target's deliveries go one at a
/// time, in order, and a target that failed in a pass gets nothing more in that pass. One pass at a time.
/// </summary>
public sealed class DeliveryDispatcher
{
    /// <summary>Deliveries read per look at the outbox: each look reads every waiting one, so not too few.</summary>
    private const int BatchSize = 256;

    /// <summary>
    /// Sent deliveries removed per write. A write holds the store's one writer, and ingest and the outcomes of sends
    /// wait behind it, so a batch is kept small; <c>talentbot-bench alerts</c> prints how long the slowest one took.
    /// </summary>
    public const int PruneBatchSize = 500;

    private readonly IAlertStore _store;
    private readonly IReadOnlyList<IDeliverySender> _senders;
    private readonly NotificationReplies _replies;
    private readonly AlertsOptions _options;
    private readonly TimeProvider _time;
    private readonly Random _jitter;
    private readonly ILogger<DeliveryDispatcher> _logger;
    private readonly SemaphoreSlim _pass = new(1, 1);

    public DeliveryDispatcher(
        IAlertStore store, IEnumerable<IDeliverySender> senders, NotificationReplies replies, IOptions<AlertsOptions> options,
        TimeProvider time, ILogger<DeliveryDispatcher> logger, Random? jitter = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _senders = senders?.ToList() ?? throw new ArgumentNullException(nameof(senders));
        _replies = replies ?? throw new ArgumentNullException(nameof(replies));
        _options = options?.Value ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _jitter = jitter ?? Random.Shared;
    }

    /// <summary>Sends every delivery due now, once each; cancelling stops it at once, attempts in flight included.</summary>
    public Task<DispatchReport> DeliverDueAsync(CancellationToken cancellationToken) => DeliverDueAsync(cancellationToken, cancellationToken);

    /// <summary>
    /// Sends every delivery due now, once each. Once <paramref name="stopping"/> is cancelled no attempt starts, but
    /// those in flight finish and their outcomes are written; <paramref name="cutOff"/> cancels those too, and a
    /// delivery cut off stays waiting as it was (the target may have seen it: its idempotency key covers the repeat).
    /// A pass that either token stopped early ends with <see cref="OperationCanceledException"/>.
    /// </summary>
    public async Task<DispatchReport> DeliverDueAsync(CancellationToken stopping, CancellationToken cutOff)
    {
        await _pass.WaitAsync(stopping).ConfigureAwait(false);
        try
        {
            var outcomes = new int[Enum.GetValues<Outcome>().Length];
            var blocked = new ConcurrentDictionary<DeliveryTarget, bool>();
            var tried = new HashSet<string>(StringComparer.Ordinal);
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelTargets, CancellationToken = stopping };
            while (true)
            {
                stopping.ThrowIfCancellationRequested();
                var due = _store.Due(_time.GetUtcNow(), BatchSize)
                                .Where(d => tried.Add(d.Id))
                                .Select(d => (Delivery: d, Subscription: _store.FindSubscription(d.SubscriptionId)))
                                .Where(d => d.Subscription is { IsPaused: false })
                                .ToList();
                if (due.Count == 0) break;
                // Targets are independent, so a slow one must not hold up the rest; each target's own deliveries
                // still go one at a time, in order, and stop at its first failure. The loop's own token is cancelled
                // by stopping, which must not cut off an attempt already started: attempts get cutOff instead.
                await Parallel.ForEachAsync(due.GroupBy(d => d.Subscription!.Target), parallel, async (target, _) =>
                {
                    foreach (var (delivery, subscription) in target)
                    {
                        if (blocked.ContainsKey(target.Key) || stopping.IsCancellationRequested) return;
                        var outcome = await AttemptAsync(delivery, subscription!, cutOff).ConfigureAwait(false);
                        Interlocked.Increment(ref outcomes[(int)outcome]);
                        if (outcome is Outcome.Retrying or Outcome.Paused) blocked[target.Key] = true;
                    }
                }).ConfigureAwait(false);
            }
            int sent = outcomes[(int)Outcome.Sent], retrying = outcomes[(int)Outcome.Retrying];
            int failed = outcomes[(int)Outcome.Failed], paused = outcomes[(int)Outcome.Paused];
            return new DispatchReport(sent, retrying, failed, paused, _store.WaitingCounts().Values.Sum(), _store.NextDue());
        }
        finally
        {
            _pass.Release();
        }
    }

    /// <summary>
    /// Removes one batch of deliveries sent <see cref="AlertsOptions.SentRetention"/> ago or earlier, and returns how
    /// many went: a full <see cref="PruneBatchSize"/> means more may be left.
    /// </summary>
    public int PruneSent()
    {
        var sentUpTo = _time.GetUtcNow() - _options.SentRetention;
        var pruned = _store.PruneSent(sentUpTo, PruneBatchSize);
        if (pruned > 0) AlertsLog.Pruned(_logger, pruned, sentUpTo);
        return pruned;
    }

    /// <summary>
    /// Delivers until nothing waits or the next attempt falls after <paramref name="deadline"/>, waiting out
    /// retries in between: what <c>ingest</c> does before it exits.
    /// </summary>
    public async Task<DispatchReport> DeliverUntilAsync(DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var report = DispatchReport.Empty;
        while (true)
        {
            report = report.Add(await DeliverDueAsync(cancellationToken).ConfigureAwait(false));
            if (report.NextAttempt is not { } next || next > deadline) return report;
            var wait = next - _time.GetUtcNow();
            if (wait <= TimeSpan.Zero) continue;
            var delay = Task.Delay(wait, _time, cancellationToken);
            // A clock that jumped past the attempt between reading it and starting the timer (a test's fake clock,
            // a host resumed from sleep) would leave the timer a whole wait long: the attempt is due, go.
            if (_time.GetUtcNow() < next) await delay.ConfigureAwait(false);
        }
    }

    private async Task<Outcome> AttemptAsync(Core.Alerts.Delivery delivery, Subscription subscription, CancellationToken cancellationToken)
    {
        var moves = _store.Moves(delivery.MoveIds);
        if (moves.Count == 0 && delivery.Kind == DeliveryKind.Alert)
        {
            _store.MarkFailed(delivery.Id, "its move is no longer in the store");
            return Outcome.Failed;
        }
        Reply reply = delivery.Kind == DeliveryKind.Alert
            ? _replies.Alert(moves[0], subscription.Language)
            : _replies.Digest(moves, delivery.WindowStart ?? delivery.Created, subscription.Language, subscription.Filter.Organisations);

        var result = await SendAsync(new Notification(delivery, subscription, reply), cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        switch (result)
        {
            case DeliveryResult.Accepted:
                _store.MarkSent(delivery.Id, now);
                AlertsLog.Sent(_logger, delivery.Id, delivery.Kind, subscription.Id, subscription.Target.Display, delivery.Attempts + 1);
                return Outcome.Sent;
            case DeliveryResult.Permanent permanent:
                _store.Retry(delivery.Id, now, permanent.Reason);
                if (_store.Pause(subscription.Id, new SubscriptionPause(now, permanent.Reason)))
                    await ReportPauseAsync(subscription, permanent.Reason, cancellationToken).ConfigureAwait(false);
                return Outcome.Paused;
            case DeliveryResult.Transient transient when delivery.Attempts + 1 >= _options.MaxAttempts:
                _store.MarkFailed(delivery.Id, transient.Reason);
                AlertsLog.GaveUp(_logger, delivery.Id, subscription.Id, subscription.Target.Display, delivery.Attempts + 1, transient.Reason);
                return Outcome.Failed;
            case DeliveryResult.Transient transient:
                var wait = Backoff(delivery.Attempts, transient.RetryAfter);
                _store.Retry(delivery.Id, now + wait, transient.Reason);
                AlertsLog.WillRetry(_logger, delivery.Id, subscription.Id, subscription.Target.Display, transient.Reason, wait);
                return Outcome.Retrying;
            default:
                throw new InvalidOperationException($"Unknown delivery result {result}.");
        }
    }

    private async Task<DeliveryResult> SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        var target = notification.Subscription.Target;
        var sender = _senders.FirstOrDefault(s => s.CanSend(target));
        if (sender is null)
            return new DeliveryResult.Transient($"nothing here can send to {target.Display}: its platform's bot token is not configured");

        using var timeout = new CancellationTokenSource(_options.AttemptTimeout, _time);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await sender.SendAsync(notification, attempt.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && HttpDeliveryResults.IsUnanswered(ex))
        {
            return HttpDeliveryResults.FromException(ex);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            // A sender bug must not stop the outbox; the delivery is retried and the error logged in full.
            AlertsLog.SenderFailed(_logger, ex, notification.Delivery.Id, target.Display);
            return new DeliveryResult.Transient($"the sender failed: {ex.GetType().Name}");
        }
    }

    private async Task ReportPauseAsync(Subscription subscription, string reason, CancellationToken cancellationToken)
    {
        AlertsLog.Paused(_logger, subscription.Id, subscription.Target.Display, reason);
        if (subscription.Target.Kind == TargetKind.Webhook) return;
        var sender = _senders.FirstOrDefault(s => s.CanSend(subscription.Target));
        if (sender is null) return;
        var notice = Phrases.Format(subscription.Language, Phrase.PausedNotice, reason, subscription.Id);
        using var timeout = new CancellationTokenSource(_options.AttemptTimeout, _time);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await sender.SendNoticeAsync(subscription.Target, notice, attempt.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            AlertsLog.NoticeFailed(_logger, subscription.Id, subscription.Target.Display, ex.GetType().Name);
        }
    }

    /// <summary>RetryDelay × 2^attempts, capped, ±20 % so that targets failing together do not retry together.</summary>
    /// <remarks>
    /// Hand-written rather than Polly's retry: this wait is a persisted schedule, not an in-process retry. It becomes
    /// the delivery's next-attempt time in the store, which a later pass (or another process, after a restart) reads,
    /// and which holds a failing target's later deliveries back without holding a worker for hours. Polly's retry
    /// strategy runs the attempts itself, inside one call, and offers no delay calculation to reuse on its own.
    /// </remarks>
    private TimeSpan Backoff(int attemptsBefore, TimeSpan? retryAfter)
    {
        var exponent = Math.Min(attemptsBefore, 30);
        var delay = TimeSpan.FromTicks((long)Math.Min(_options.RetryDelay.Ticks * Math.Pow(2, exponent), _options.MaxRetryDelay.Ticks));
        delay *= 0.8 + 0.4 * _jitter.NextDouble();
        return retryAfter is { } asked && asked > delay ? asked : delay;
    }

    private enum Outcome
    {
        Sent,
        Retrying,
        Failed,
        Paused,
    }
}
