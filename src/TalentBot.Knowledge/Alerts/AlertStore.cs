using System.Security.Cryptography;
using System.Text;
using LiteDB;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Knowledge.Storage;

namespace TalentBot.Knowledge.Alerts;

/// <summary>
/// Subscriptions and the outbox in the fact store's file. Subscriptions are few and read on every ingest batch, so
/// they are also held in memory, replaced after each write that changes them. The outbox keeps every sent delivery
/// until it is pruned, so each of its reads goes through an index that reaches only what it returns.
/// </summary>
internal sealed class AlertStore : IAlertStore
{
    /// <summary>
    /// One subscription's deliveries by when they were created, and its sent ones by when they were sent. LiteDB
    /// indexes one value per document, so the pair is joined into a string that sorts as the pair does: ids are six
    /// characters, and the round-trip format of a UTC date is fixed-width (a missing date formats as nothing).
    /// </summary>
    private const string SubscriptionCreated = "$.SubscriptionId + '|' + FORMAT($.Created, 'o')";
    private const string SubscriptionSent = "$.SubscriptionId + '|' + FORMAT($.SentAt, 'o')";

    private readonly ILiteCollection<SubscriptionDocument> _subscriptions;
    private readonly ILiteCollection<DeliveryDocument> _deliveries;
    private readonly StoreCollections _collections;
    private readonly ArticleHeads _heads;
    private readonly StoreWriter _writer;
    private readonly EntityRegistry _registry;
    private IReadOnlyList<Subscription> _cache;

    public AlertStore(LiteDatabase db, StoreCollections collections, ArticleHeads heads, StoreWriter writer, EntityRegistry registry)
    {
        _collections = collections;
        _heads = heads;
        _writer = writer;
        _registry = registry;
        _subscriptions = db.GetCollection<SubscriptionDocument>("subscriptions");
        _deliveries = db.GetCollection<DeliveryDocument>("deliveries");
        _deliveries.EnsureIndex(x => x.Status);
        _deliveries.EnsureIndex(x => x.Created);
        _deliveries.EnsureIndex(x => x.SentAt);
        _deliveries.EnsureIndex(nameof(SubscriptionCreated), SubscriptionCreated);
        _deliveries.EnsureIndex(nameof(SubscriptionSent), SubscriptionSent);
        // Superseded by the two above; every delivery written would still pay for it.
        _deliveries.DropIndex(nameof(DeliveryDocument.SubscriptionId));
        _cache = Load();
    }

    public event EventHandler? DeliveriesWaiting;

    public Subscription Subscribe(NewSubscription request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var at = Truncate(now);
        var subscription = _writer.Write(() =>
        {
            var id = ShortId.New(candidate => _subscriptions.FindById(candidate) is not null);
            var created = new Subscription(id, request.Target, request.Filter, request.Alerts, request.Digest, request.Language,
                at, request.CreatedBy, at) { IncludeInferred = request.IncludeInferred };
            _subscriptions.Insert(SubscriptionDocument.From(created));
            return created;
        }, committed: _ => Reload());
        return subscription;
    }

    public bool Update(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var changed = SubscriptionDocument.From(subscription);
        // Only what a subscriber may change: the digest window and a pause belong to the scheduler and the
        // dispatcher, and a copy read before either moved them must not move them back.
        return _writer.Write(() =>
        {
            var document = _subscriptions.FindById(subscription.Id);
            if (document is null) return false;
            document.Organisations = changed.Organisations;
            document.People = changed.People;
            document.Kinds = changed.Kinds;
            document.Alerts = changed.Alerts;
            document.IncludeInferred = changed.IncludeInferred;
            document.DigestCron = changed.DigestCron;
            document.DigestTimeZone = changed.DigestTimeZone;
            document.Language = changed.Language;
            return _subscriptions.Update(document);
        }, committed: _ => Reload());
    }

    public bool Unsubscribe(string subscriptionId) => _writer.Write(() =>
    {
        if (!_subscriptions.Delete(subscriptionId)) return false;
        foreach (var waiting in Waiting(subscriptionId))
        {
            waiting.Status = nameof(DeliveryStatus.Cancelled);
            _deliveries.Update(waiting);
        }
        return true;
    }, committed: _ => Reload());

    public Subscription? FindSubscription(string subscriptionId) =>
        Volatile.Read(ref _cache).FirstOrDefault(s => string.Equals(s.Id, subscriptionId?.Trim(), StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<Subscription> Subscriptions() => Volatile.Read(ref _cache);

    public bool Pause(string subscriptionId, SubscriptionPause pause)
    {
        ArgumentNullException.ThrowIfNull(pause);
        return _writer.Write(() =>
        {
            var document = _subscriptions.FindById(subscriptionId);
            if (document is null || document.PausedAt is not null) return false;
            document.PausedAt = Truncate(pause.At);
            document.PauseReason = pause.Reason;
            return _subscriptions.Update(document);
        }, committed: _ => Reload());
    }

    public bool Resume(string subscriptionId, DateTimeOffset now)
    {
        var resumed = _writer.Write(() =>
        {
            var document = _subscriptions.FindById(subscriptionId);
            if (document?.PausedAt is null) return false;
            document.PausedAt = null;
            document.PauseReason = null;
            _subscriptions.Update(document);
            foreach (var waiting in Waiting(subscriptionId))
            {
                waiting.NextAttempt = Truncate(now);
                _deliveries.Update(waiting);
            }
            return true;
        }, durable: resumed => resumed, committed: _ => Reload());
        if (resumed) RaiseDeliveriesWaiting();
        return resumed;
    }

    public IReadOnlyList<Delivery> Due(DateTimeOffset now, int max)
    {
        var instant = now.UtcDateTime;
        return Queues()
            .SelectMany(queue => queue.TakeWhile(d => d.NextAttempt <= instant))
            .OrderBy(d => d.Created).ThenBy(d => d.Order).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Take(max)
            .Select(d => d.ToDelivery())
            .ToList();
    }

    public DateTimeOffset? NextDue()
    {
        var next = Queues().Select(queue => (DateTime?)queue[0].NextAttempt).Min();
        return next is { } at ? SubscriptionDocument.Utc(at) : null;
    }

    /// <summary>
    /// The waiting deliveries of each target (of its unpaused subscriptions), oldest first. A target gets them in that
    /// order: one waiting for a retry holds back those behind it, so an alert never overtakes an earlier one to the
    /// same channel, even from another subscription.
    /// </summary>
    private IEnumerable<List<DeliveryDocument>> Queues()
    {
        var subscriptions = Volatile.Read(ref _cache).ToDictionary(s => s.Id, StringComparer.Ordinal);
        return WaitingDocuments()
            .Where(d => subscriptions.TryGetValue(d.SubscriptionId, out var s) && !s.IsPaused)
            .GroupBy(d => subscriptions[d.SubscriptionId].Target)
            .Select(g => g.OrderBy(d => d.Created).ThenBy(d => d.Order).ThenBy(d => d.Id, StringComparer.Ordinal).ToList());
    }

    public void MarkSent(string deliveryId, DateTimeOffset at) => Change(deliveryId, d =>
    {
        d.Status = nameof(DeliveryStatus.Sent);
        d.Attempts++;
        d.SentAt = Truncate(at);
        d.LastError = null;
    });

    public void Retry(string deliveryId, DateTimeOffset next, string error) => Change(deliveryId, d =>
    {
        d.Attempts++;
        d.NextAttempt = Truncate(next);
        d.LastError = error;
    });

    public void MarkFailed(string deliveryId, string error) => Change(deliveryId, d =>
    {
        d.Status = nameof(DeliveryStatus.Failed);
        d.Attempts++;
        d.LastError = error;
    });

    public bool EnqueueDigest(string subscriptionId, IReadOnlyList<string>? moveIds, DateTimeOffset until, DateTimeOffset now)
    {
        var end = Truncate(until);
        var enqueued = _writer.Write(() =>
        {
            var subscription = _subscriptions.FindById(subscriptionId);
            if (subscription is null || subscription.DigestedUntil >= end) return (Advanced: false, Enqueued: false);
            var start = subscription.DigestedUntil;
            subscription.DigestedUntil = end;
            _subscriptions.Update(subscription);
            var id = DeliveryId('d', subscriptionId, end.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (moveIds is null || _deliveries.FindById(id) is not null) return (Advanced: true, Enqueued: false);
            _deliveries.Insert(new DeliveryDocument
            {
                Id = id,
                SubscriptionId = subscriptionId,
                Kind = nameof(DeliveryKind.Digest),
                MoveIds = moveIds.ToList(),
                Created = Truncate(now),
                Status = nameof(DeliveryStatus.Waiting),
                NextAttempt = Truncate(now),
                WindowStart = start,
                WindowEnd = end,
            });
            return (Advanced: true, Enqueued: true);
        }, durable: r => r.Enqueued, committed: _ => Reload());
        if (enqueued.Enqueued) RaiseDeliveriesWaiting();
        return enqueued.Advanced;
    }

    public IReadOnlyList<Delivery> Deliveries(string? subscriptionId, int max)
    {
        if (max <= 0) return [];
        var newestFirst = subscriptionId is null
            ? _deliveries.Query().OrderByDescending(x => x.Created).ToEnumerable()
            : NewestFirst(SubscriptionCreated, subscriptionId);
        // The index orders by instant alone, and the deliveries of one write share theirs: the whole last instant
        // read is ordered by id, as the listing has always been.
        var read = new List<DeliveryDocument>();
        foreach (var document in newestFirst)
        {
            if (read.Count >= max && document.Created < read[^1].Created) break;
            read.Add(document);
        }
        return read.OrderByDescending(d => d.Created).ThenByDescending(d => d.Id, StringComparer.Ordinal)
                   .Take(max).Select(d => d.ToDelivery()).ToList();
    }

    public Delivery? LastSent(string subscriptionId) => LastSentDocument(subscriptionId)?.ToDelivery();

    /// <summary>Only a sent delivery has a <see cref="DeliveryDocument.SentAt"/>, so the unsent ones are outside the range read.</summary>
    private DeliveryDocument? LastSentDocument(string subscriptionId) => NewestFirst(SubscriptionSent, subscriptionId).FirstOrDefault();

    /// <summary>
    /// A subscription's dated keys in one of the joined indexes, newest first: every key from "id|0" (year 0…) up to
    /// "id|A" lies after its undated key and before any other subscription's.
    /// </summary>
    private IEnumerable<DeliveryDocument> NewestFirst(string joinedIndex, string subscriptionId) =>
        _deliveries.Query()
                   .Where(BsonExpression.Create($"{joinedIndex} BETWEEN @0 AND @1", new BsonValue(subscriptionId + "|0"), new BsonValue(subscriptionId + "|A")))
                   .OrderByDescending(BsonExpression.Create(joinedIndex))
                   .ToEnumerable();

    public int PruneSent(DateTimeOffset sentUpTo, int max)
    {
        if (max <= 0) return 0;
        return _writer.Write(() =>
        {
            var kept = Volatile.Read(ref _cache).Select(s => LastSentDocument(s.Id)?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var old = _deliveries.Query()
                                 .Where(BsonExpression.Create($"$.{nameof(DeliveryDocument.SentAt)} BETWEEN @0 AND @1",
                                                              new BsonValue(DateTime.MinValue), new BsonValue(Truncate(sentUpTo))))
                                 .Limit(max + kept.Count)
                                 .ToEnumerable()
                                 .Where(d => !kept.Contains(d.Id))
                                 .Take(max)
                                 .Select(d => d.Id)
                                 .ToList();
            foreach (var id in old) _deliveries.Delete(id);
            return old.Count;
        });
    }

    public IReadOnlyDictionary<string, int> WaitingCounts() =>
        WaitingDocuments().GroupBy(d => d.SubscriptionId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public IReadOnlyList<Move> Moves(IReadOnlyList<string> moveIds)
    {
        ArgumentNullException.ThrowIfNull(moveIds);
        if (moveIds.Count == 0) return [];
        var found = _collections.Moves.Find(StoreQueries.IdIn(moveIds)).ToDictionary(d => d.Id, StringComparer.Ordinal);
        return _heads.Moves(moveIds.Where(found.ContainsKey).Select(id => found[id]).ToList());
    }

    public IReadOnlyList<Move> MovesFirstSeen(DateTimeOffset after, DateTimeOffset until) =>
        _heads.Moves(_collections.Moves.Find(Window(nameof(MoveDocument.FirstSeen), after, until))
                                 .OrderBy(d => d.FirstSeen).ThenBy(d => d.Seq).ToList());

    public IReadOnlyList<Move> MovesFirstStated(DateTimeOffset after, DateTimeOffset until)
    {
        // A move stated by its first article has no StatedAt (nor has any move of an older store): that it was stated
        // when first seen is known only from its citations, so the window's first seen are read too, and sifted.
        var candidates = _collections.Moves.Find(Window(nameof(MoveDocument.FirstSeen), after, until))
                                     .Concat(_collections.Moves.Find(Window(nameof(MoveDocument.StatedAt), after, until)));
        return _heads.Moves(candidates.DistinctBy(d => d.Id)
                                      .Select(d => (Document: d, Since: StoreMapping.StatedSince(d)))
                                      .Where(m => m.Since > after.UtcDateTime && m.Since <= until.UtcDateTime)
                                      .OrderBy(m => m.Since).ThenBy(m => m.Document.Seq)
                                      .Select(m => m.Document)
                                      .ToList());
    }

    private static BsonExpression Window(string field, DateTimeOffset after, DateTimeOffset until) =>
        BsonExpression.Create($"$.{field} > @0 AND $.{field} <= @1", new BsonValue(after.UtcDateTime), new BsonValue(until.UtcDateTime));

    /// <summary>
    /// Inside the caller's ingest transaction: one alert per move and matching subscription that wants alerts and
    /// hears of the move now. A subscription that includes inferred moves hears of each of <paramref name="newMoves"/>;
    /// a stated-only one of the stated ones among them and of <paramref name="nowStated"/>, known moves first stated
    /// now. The id is derived from the subscription and the move, so the same pair can never be enqueued twice.
    /// Returns how many.
    /// </summary>
    internal int EnqueueAlerts(IEnumerable<Move> newMoves, IEnumerable<Move> nowStated, DateTime now)
    {
        // A paused subscription's alerts are enqueued too and held: a resume sends them, an unsubscribe cancels them.
        var listening = Volatile.Read(ref _cache).Where(s => s.Alerts).ToList();
        if (listening.Count == 0) return 0;
        var enqueued = 0;
        var heard = newMoves.Select(m => (Move: m, IsNew: true)).Concat(nowStated.Select(m => (Move: m, IsNew: false)));
        foreach (var (move, isNew) in heard)
            foreach (var subscription in listening.Where(s => HearsNow(s, move, isNew) && s.Filter.Matches(move, _registry)))
            {
                var id = DeliveryId('a', subscription.Id, move.Id);
                if (_deliveries.FindById(id) is not null) continue;
                _deliveries.Insert(new DeliveryDocument
                {
                    Id = id,
                    SubscriptionId = subscription.Id,
                    Kind = nameof(DeliveryKind.Alert),
                    MoveIds = [move.Id],
                    Created = now,
                    Order = enqueued,
                    Status = nameof(DeliveryStatus.Waiting),
                    NextAttempt = now,
                });
                enqueued++;
            }
        return enqueued;
    }

    /// <summary>
    /// A subscription hears of a move once, when the move first reaches the confidence it asks for: when it is first
    /// seen (if then good enough), or, for a stated-only subscription, when an article first states it.
    /// </summary>
    private static bool HearsNow(Subscription subscription, Move move, bool isNew) =>
        isNew ? subscription.Accepts(move.Confidence) : !subscription.IncludeInferred;

    internal void RaiseDeliveriesWaiting() => DeliveriesWaiting?.Invoke(this, EventArgs.Empty);

    private void Change(string deliveryId, Action<DeliveryDocument> change) => _writer.Write(() =>
    {
        var document = _deliveries.FindById(deliveryId) ?? throw new KeyNotFoundException($"No delivery '{deliveryId}'.");
        change(document);
        return _deliveries.Update(document);
    });

    private IEnumerable<DeliveryDocument> WaitingDocuments() =>
        _deliveries.Find(StoreQueries.Equal(nameof(DeliveryDocument.Status), nameof(DeliveryStatus.Waiting)));

    private IEnumerable<DeliveryDocument> Waiting(string subscriptionId) =>
        WaitingDocuments().Where(d => d.SubscriptionId == subscriptionId).ToList();

    private void Reload() => Volatile.Write(ref _cache, Load());

    private IReadOnlyList<Subscription> Load() =>
        _subscriptions.FindAll().Select(d => d.ToSubscription()).OrderBy(s => s.Created).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();

    private static DateTime Truncate(DateTimeOffset value) =>
        new(value.UtcTicks - value.UtcTicks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

    /// <summary>A stable id from what the delivery is of, short enough for Discord's 25-character nonce with room to spare.</summary>
    private static string DeliveryId(char kind, string subscriptionId, string of)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(subscriptionId + "|" + of));
        return kind + Convert.ToHexStringLower(hash.AsSpan(0, 10));
    }
}
