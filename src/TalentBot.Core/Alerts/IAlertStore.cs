namespace TalentBot.Core.Alerts;

/// <summary>
/// Subscriptions and their outbox, kept in the fact store so that an alert is written in the same transaction as
/// the move it announces. Every method is one durable write or a consistent read; implementations are thread-safe.
/// </summary>
public interface IAlertStore
{
    /// <summary>Raised after a write that added waiting deliveries, so a sender can wake.</summary>
    event EventHandler? DeliveriesWaiting;

    Subscription Subscribe(NewSubscription request, DateTimeOffset now);

    /// <summary>
    /// Replaces a subscription's filter, alert switch, <see cref="Subscription.IncludeInferred"/>, schedule and
    /// language, and nothing else (its digest window and pause stay as the store has them); false when it no longer
    /// exists.
    /// </summary>
    bool Update(Subscription subscription);

    /// <summary>Removes a subscription and cancels what it still has waiting; false when there was none.</summary>
    bool Unsubscribe(string subscriptionId);

    Subscription? FindSubscription(string subscriptionId);

    IReadOnlyList<Subscription> Subscriptions();

    /// <summary>Pauses a target that failed for good; true only for the write that paused it, so it is reported once.</summary>
    bool Pause(string subscriptionId, SubscriptionPause pause);

    /// <summary>Lifts a pause and makes what was waiting due now; false when it was not paused.</summary>
    bool Resume(string subscriptionId, DateTimeOffset now);

    /// <summary>
    /// Waiting deliveries due at <paramref name="now"/> whose subscriptions are not paused, oldest first. Each
    /// target's are given in the order they were enqueued, stopping at the first not yet due, so a delivery
    /// waiting for a retry holds back the later ones to the same target.
    /// </summary>
    IReadOnlyList<Delivery> Due(DateTimeOffset now, int max);

    /// <summary>When the earliest waiting delivery of an unpaused subscription falls due; null when none waits.</summary>
    DateTimeOffset? NextDue();

    void MarkSent(string deliveryId, DateTimeOffset at);

    void Retry(string deliveryId, DateTimeOffset next, string error);

    void MarkFailed(string deliveryId, string error);

    /// <summary>
    /// Moves the subscription's <see cref="Subscription.DigestedUntil"/> to <paramref name="until"/> and, unless
    /// <paramref name="moveIds"/> is null, enqueues a digest of them (an empty list: a digest saying nothing is new),
    /// in one write, so a digest is neither lost nor sent twice. False when the subscription is gone or its window
    /// already reaches <paramref name="until"/>.
    /// </summary>
    bool EnqueueDigest(string subscriptionId, IReadOnlyList<string>? moveIds, DateTimeOffset until, DateTimeOffset now);

    /// <summary>A subscription's deliveries, newest first, or everyone's when <paramref name="subscriptionId"/> is null.</summary>
    IReadOnlyList<Delivery> Deliveries(string? subscriptionId, int max);

    /// <summary>The subscription's most recently sent delivery, however many wait behind it; null when none was sent.</summary>
    Delivery? LastSent(string subscriptionId);

    /// <summary>
    /// Removes up to <paramref name="max"/> deliveries sent at or before <paramref name="sentUpTo"/>, oldest first, in
    /// one write, and returns how many went. Each subscription's latest sent delivery stays, whatever its age, so
    /// <see cref="LastSent"/> still says when it last delivered. Waiting, failed and cancelled deliveries never go.
    /// </summary>
    int PruneSent(DateTimeOffset sentUpTo, int max);

    /// <summary>How many deliveries each subscription has waiting.</summary>
    IReadOnlyDictionary<string, int> WaitingCounts();

    /// <summary>Moves by id, in the order asked; ids no longer stored are skipped.</summary>
    IReadOnlyList<Move> Moves(IReadOnlyList<string> moveIds);

    /// <summary>Moves first seen after <paramref name="after"/> and at or before <paramref name="until"/>, oldest first.</summary>
    IReadOnlyList<Move> MovesFirstSeen(DateTimeOffset after, DateTimeOffset until);

    /// <summary>
    /// Moves first stated after <paramref name="after"/> and at or before <paramref name="until"/>, oldest first: those
    /// stated from the start and first seen in the window, and those first reported as inferred that an article
    /// ingested in the window was the first to state. What a stated-only subscription's digest covers.
    /// </summary>
    IReadOnlyList<Move> MovesFirstStated(DateTimeOffset after, DateTimeOffset until);
}
