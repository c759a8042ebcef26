using LiteDB;
using TalentBot.Core;
using TalentBot.Core.Knowledge;

namespace TalentBot.Knowledge.Storage;

/// <summary>
/// The order and filter keys of moves, held in memory so a page is chosen without reading more than its own move
/// documents: at 100k articles an organisation has thousands of moves, and reading them all to sort and count every
/// query was most of a naive query's cost. The page's documents are then read in one query.
/// <para>
/// The keys are read only for what is asked, through the moves' indexes on person and both ends, which LiteDB keeps
/// in step with every write: an organisation's (by either end) or a person's the first time a query names them,
/// all of them the first time a query names none. Opening a store reads none, so a one-shot command reads the moves
/// of the organisation it asks about, not every move in the store; a server pays each list once.
/// </para>
/// <para>
/// The moves that leave an organisation and those that reach it, what <c>/who-left</c> and <c>/who-joined</c> page
/// through, are also kept newest first, as they are added and as their dates change: such a page is a slice of them
/// and their total a count, so it costs the same whether the organisation has eighty moves or eight thousand. Other
/// queries scan their lists.
/// </para>
/// Thread-safe: many readers, one writer; <see cref="Upsert"/> must be called after the write it reports has committed.
/// </summary>
internal sealed class MoveTimeline(ILiteCollection<MoveDocument> moves)
{
    private static readonly IReadOnlySet<string> EmptySet = new HashSet<string>();

    private readonly ReaderWriterLockSlim _lock = new();
    private readonly Dictionary<string, Entry> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _byFrom = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _byTo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _byPerson = new(StringComparer.Ordinal);
    // An organisation's are kept once its lists of both ends (leaving) or of its To end (arriving) are in memory.
    private readonly Dictionary<string, NewestFirst> _leaving = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NewestFirst> _arriving = new(StringComparer.Ordinal);
    private readonly List<Entry> _all = [];
    private bool _allLoaded;

    /// <summary>
    /// Brings a committed move's keys into what is in memory: a loaded list it belongs to gains it, a known entry takes
    /// its date. A list not loaded yet will read it from disk. Loading holds the write lock across its read, so an entry
    /// committed meanwhile is either read by it or added here afterwards, never neither.
    /// </summary>
    public void Upsert(MoveDocument move)
    {
        _lock.EnterWriteLock();
        try
        {
            if (_byId.TryGetValue(move.Id, out var existing))
            {
                var when = SortableWhen(move.When);
                if (when == existing.When) return;
                // Found where its old date put it, then placed by its new one.
                var ordered = OrderedListsOf(existing);
                foreach (var list in ordered) list.Remove(existing);
                existing.When = when;
                foreach (var list in ordered) list.Add(existing);
                return;
            }
            // Not known, so no loaded list holds it yet.
            var entry = Entry.Of(move);
            var listed = _allLoaded;
            if (_allLoaded) _all.Add(entry);
            listed |= AppendIfLoaded(_byPerson, entry.PersonId, entry);
            if (entry.FromId is not null) listed |= AppendIfLoaded(_byFrom, entry.FromId, entry);
            if (entry.ToId is not null) listed |= AppendIfLoaded(_byTo, entry.ToId, entry);
            // An ordered list exists only beside the lists it is drawn from, which have just listed the entry.
            foreach (var list in OrderedListsOf(entry)) list.Add(entry);
            if (listed) _byId.Add(entry.Id, entry);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>The ids of the requested page (<see cref="MoveQuery.PageOf{T}"/>), newest first, and how many moves match in all.</summary>
    public (IReadOnlyList<string> Ids, int Total) Page(MoveQuery query)
    {
        var offset = Math.Max(0, query.Offset);
        var wanted = (int)Math.Min(int.MaxValue, (long)Math.Max(0, query.Limit) + Math.Max(0, query.SamePersonWithin));

        Load(ListsNamedBy(query));
        _lock.EnterReadLock();
        try
        {
            var (fromOffset, total) = OrderedListsFor(query) is { } ordered ? Slice(ordered, offset, wanted) : Scan(query, offset, wanted);
            return (query.PageOf(fromOffset, e => e.PersonId).Select(e => e.Id).ToList(), total);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// The lists a query that asks only who left, or only who joined, some organisations is answered from, or null for
    /// any other query. Moves that leave (or reach) different organisations are different moves, so the lists share
    /// none. Loading the query's lists ordered them (<see cref="Order"/>).
    /// </summary>
    private List<NewestFirst>? OrderedListsFor(MoveQuery query)
    {
        if (query.FromAny is not null || query.ToAny is not null || query.PersonId is not null || query.Kinds is not null) return null;
        var (organisations, index) = (query.LeavingAny, query.ArrivingAny) switch
        {
            ({ } leaving, null) => (leaving, _leaving),
            (null, { } arriving) => (arriving, _arriving),
            _ => (null, null),
        };
        return organisations is null || index is null ? null : Lists(index, organisations);
    }

    /// <summary>Up to <paramref name="take"/> entries of the lists merged newest first, after the first <paramref name="skip"/>, and how many they hold.</summary>
    private static (List<Entry> Entries, int Total) Slice(List<NewestFirst> lists, int skip, int take)
    {
        var total = lists.Sum(l => l.Count);
        if (lists.Count == 1) return (lists[0].Slice(skip, take), total);
        var next = new int[lists.Count];
        var entries = new List<Entry>(Math.Min(take, 1024));
        for (var position = 0; entries.Count < take; position++)
        {
            var newest = -1;
            for (var l = 0; l < lists.Count; l++)
            {
                if (next[l] < lists[l].Count && (newest < 0 || Recency.Instance.Compare(lists[l][next[l]], lists[newest][next[newest]]) > 0))
                    newest = l;
            }
            if (newest < 0) break;
            if (position >= skip) entries.Add(lists[newest][next[newest]]);
            next[newest]++;
        }
        return (entries, total);
    }

    /// <summary>Up to <paramref name="take"/> matching entries newest first, after the first <paramref name="skip"/>, found by reading every candidate, and how many match.</summary>
    private (List<Entry> Entries, int Total) Scan(MoveQuery query, int skip, int take)
    {
        var keep = (int)Math.Min(int.MaxValue, (long)skip + take);
        // A min-heap on recency: its root is the oldest of the newest `keep` seen so far.
        var newest = new PriorityQueue<Entry, Entry>(Math.Min(keep, 1024) + 1, Recency.Instance);
        var total = 0;
        foreach (var candidates in Candidates(query))
        {
            foreach (var entry in candidates)
            {
                if (!Matches(entry, query)) continue;
                total++;
                if (keep == 0) continue;
                if (newest.Count < keep) newest.Enqueue(entry, entry);
                else if (Recency.Instance.Compare(entry, newest.Peek()) > 0) newest.EnqueueDequeue(entry, entry);
            }
        }
        var ordered = new Entry[newest.Count];
        for (var i = ordered.Length - 1; i >= 0; i--) ordered[i] = newest.Dequeue();
        return (skip >= ordered.Length ? [] : [.. ordered[skip..]], total);
    }

    /// <summary>Reads into memory the moves leaving and reaching <paramref name="organisationId"/>, unless they already are.</summary>
    public void LoadOrganisation(string organisationId) =>
        Load([(_byFrom, nameof(MoveDocument.FromId), organisationId), (_byTo, nameof(MoveDocument.ToId), organisationId)]);

    /// <summary>
    /// Reads from disk the lists <see cref="Candidates"/> may choose for a query that are not in memory yet, or every
    /// entry when <paramref name="lists"/> is empty (a query that names no one). Each loaded list holds every
    /// committed entry of its key.
    /// </summary>
    private void Load(List<(Dictionary<string, List<Entry>> Index, string Field, string Key)> lists)
    {
        _lock.EnterReadLock();
        try
        {
            if (lists.Count == 0 ? _allLoaded : lists.TrueForAll(l => l.Index.ContainsKey(l.Key))) return;
        }
        finally
        {
            _lock.ExitReadLock();
        }

        _lock.EnterWriteLock();
        try
        {
            if (lists.Count == 0 && !_allLoaded)
            {
                _all.AddRange(Keys(moves.Query()).Select(Known));
                _allLoaded = true;
            }
            foreach (var (index, field, key) in lists)
            {
                if (index.ContainsKey(key)) continue;
                index[key] = Keys(moves.Query().Where(StoreQueries.Equal(field, key))).Select(Known).ToList();
                if (index != _byPerson) Order(key);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// Orders the moves that leave and that reach <paramref name="organisationId"/> once the lists they are drawn from
    /// are in memory. A move from an organisation to itself is in both lists they are drawn from, but leaves it once.
    /// </summary>
    private void Order(string organisationId)
    {
        var from = _byFrom.GetValueOrDefault(organisationId);
        if (!_byTo.TryGetValue(organisationId, out var to)) return;
        if (from is not null && !_leaving.ContainsKey(organisationId))
            _leaving[organisationId] = new NewestFirst(from.Concat(to).Distinct()
                .Where(e => MoveKinds.OrganisationLeft(e.Kind, e.FromId, e.ToId) == organisationId));
        if (!_arriving.ContainsKey(organisationId))
            _arriving[organisationId] = new NewestFirst(to.Where(e => MoveKinds.OrganisationReached(e.Kind, e.ToId) == organisationId));
    }

    /// <summary>The ordered lists in memory that hold <paramref name="entry"/>: of the organisation it leaves, and of the one it reaches.</summary>
    private List<NewestFirst> OrderedListsOf(Entry entry)
    {
        var lists = new List<NewestFirst>(2);
        if (MoveKinds.OrganisationLeft(entry.Kind, entry.FromId, entry.ToId) is { } left && _leaving.TryGetValue(left, out var leaving)) lists.Add(leaving);
        if (MoveKinds.OrganisationReached(entry.Kind, entry.ToId) is { } reached && _arriving.TryGetValue(reached, out var arriving)) lists.Add(arriving);
        return lists;
    }

    /// <summary>
    /// Only the fields an entry keeps: a move document also holds its names, amount and every citation, and mapping
    /// all of that for thousands of moves was most of a one-shot ask's time on a large store.
    /// </summary>
    private static IEnumerable<BsonDocument> Keys(ILiteQueryable<MoveDocument> query) => query.Select(KeyFields).ToDocuments();

    private static readonly BsonExpression KeyFields = StoreQueries.Fields("_id", nameof(MoveDocument.Seq), nameof(MoveDocument.PersonId),
        nameof(MoveDocument.FromId), nameof(MoveDocument.ToId), nameof(MoveDocument.Kind), nameof(MoveDocument.When), nameof(MoveDocument.FirstSeen));

    /// <summary>
    /// The one entry of a move, whichever list read it first, so a later date reorders it in every list at once. A
    /// known entry may be older than the document read, if its write committed during the read: its
    /// <see cref="Upsert"/> is waiting for the lock and brings it up to date next.
    /// </summary>
    private Entry Known(BsonDocument move)
    {
        var id = move["_id"].AsString;
        if (!_byId.TryGetValue(id, out var entry)) _byId.Add(id, entry = Entry.Of(move));
        return entry;
    }

    /// <summary>The lists a query may scan, each with the field its entries are read by; none for a query that names nothing.</summary>
    private List<(Dictionary<string, List<Entry>> Index, string Field, string Key)> ListsNamedBy(MoveQuery query)
    {
        const string Person = nameof(MoveDocument.PersonId), From = nameof(MoveDocument.FromId), To = nameof(MoveDocument.ToId);
        if (query.PersonId is not null) return [(_byPerson, Person, query.PersonId)];
        var lists = new List<(Dictionary<string, List<Entry>>, string, string)>();
        foreach (var id in query.FromAny ?? EmptySet) lists.Add((_byFrom, From, id));
        foreach (var id in query.ToAny ?? EmptySet) lists.Add((_byTo, To, id));
        foreach (var id in query.LeavingAny ?? EmptySet) lists.AddRange([(_byFrom, From, id), (_byTo, To, id)]);
        foreach (var id in query.ArrivingAny ?? EmptySet) lists.Add((_byTo, To, id));
        return lists;
    }

    private IEnumerable<IReadOnlyList<Entry>> Candidates(MoveQuery query)
    {
        if (query.PersonId is not null)
            return _byPerson.TryGetValue(query.PersonId, out var mine) ? [mine] : [];
        var from = query.FromAny is null ? null : Lists(_byFrom, query.FromAny);
        var to = query.ToAny is null ? null : Lists(_byTo, query.ToAny);
        // The ordered lists hold a move between two of the organisations once, where its From list and To list both would.
        var leaving = query.LeavingAny is null ? null : Lists(_leaving, query.LeavingAny);
        var arriving = query.ArrivingAny is null ? null : Lists(_arriving, query.ArrivingAny);
        List<IReadOnlyList<Entry>>? best = null;
        foreach (var lists in (ReadOnlySpan<List<IReadOnlyList<Entry>>?>)[from, to, leaving?.ConvertAll(l => l.Entries), arriving?.ConvertAll(l => l.Entries)])
        {
            if (lists is not null && (best is null || lists.Sum(l => l.Count) < best.Sum(l => l.Count))) best = lists;
        }
        return best ?? [_all];
    }

    private static List<IReadOnlyList<Entry>> Lists(Dictionary<string, List<Entry>> index, IReadOnlySet<string> ids) =>
        Lists<List<Entry>>(index, ids).ConvertAll(l => (IReadOnlyList<Entry>)l);

    private static List<T> Lists<T>(Dictionary<string, T> index, IReadOnlySet<string> ids)
    {
        var lists = new List<T>(ids.Count);
        foreach (var id in ids)
            if (index.TryGetValue(id, out var list)) lists.Add(list);
        return lists;
    }

    private static bool Matches(Entry entry, MoveQuery query) =>
        (query.PersonId is null || entry.PersonId == query.PersonId)
        && (query.FromAny is null || (entry.FromId is not null && query.FromAny.Contains(entry.FromId)))
        && (query.ToAny is null || (entry.ToId is not null && query.ToAny.Contains(entry.ToId)))
        && (query.LeavingAny is null || MoveKinds.Leaves(entry.Kind, entry.FromId, entry.ToId, query.LeavingAny))
        && (query.ArrivingAny is null || MoveKinds.Reaches(entry.Kind, entry.ToId, query.ArrivingAny))
        && (query.Kinds is null || query.Kinds.Contains(entry.Kind));

    private static bool AppendIfLoaded(Dictionary<string, List<Entry>> index, string key, Entry entry)
    {
        if (!index.TryGetValue(key, out var list)) return false;
        list.Add(entry);
        return true;
    }

    private sealed class Entry(string id, string personId, string? fromId, string? toId, MoveKind kind, long firstSeen, long seq)
    {
        public string Id { get; } = id;
        public string PersonId { get; } = personId;
        public string? FromId { get; } = fromId;
        public string? ToId { get; } = toId;
        public MoveKind Kind { get; } = kind;
        public long FirstSeen { get; } = firstSeen;
        public long Seq { get; } = seq;
        public int When { get; set; }

        public static Entry Of(MoveDocument d) =>
            new(d.Id, d.PersonId, d.FromId, d.ToId, Enum.Parse<MoveKind>(d.Kind), d.FirstSeen.Ticks, d.Seq) { When = SortableWhen(d.When) };

        /// <summary>From the fields <see cref="KeyFields"/> reads.</summary>
        public static Entry Of(BsonDocument d) =>
            new(d["_id"].AsString, d[nameof(MoveDocument.PersonId)].AsString,
                StoreQueries.NullableString(d[nameof(MoveDocument.FromId)]), StoreQueries.NullableString(d[nameof(MoveDocument.ToId)]),
                Enum.Parse<MoveKind>(d[nameof(MoveDocument.Kind)].AsString), d[nameof(MoveDocument.FirstSeen)].AsDateTime.Ticks, d[nameof(MoveDocument.Seq)].AsInt64)
            { When = SortableWhen(StoreQueries.NullableString(d[nameof(MoveDocument.When)])) };
    }

    /// <summary>A date as a number that sorts like the date; an unknown date sorts before every known one.</summary>
    private static int SortableWhen(string? when) =>
        StoreMapping.ParseDate(when) is { } date ? (date.Year ?? 0) * 10_000 + (date.Month ?? 0) * 100 + (date.Day ?? 0) : -1;

    /// <summary>
    /// Entries newest first, kept in that order as entries are added and moved, so a page is a slice. Insertion
    /// shifts the entries after it, a few thousand references at most for an organisation's list; a tree would place
    /// in logarithmic time but could not slice at an offset without walking to it.
    /// </summary>
    private sealed class NewestFirst
    {
        private static readonly IComparer<Entry> Order = Comparer<Entry>.Create((x, y) => Recency.Instance.Compare(y, x));

        private readonly List<Entry> _entries;

        public NewestFirst(IEnumerable<Entry> entries)
        {
            _entries = entries.ToList();
            _entries.Sort(Order);
        }

        public int Count => _entries.Count;

        public Entry this[int index] => _entries[index];

        public IReadOnlyList<Entry> Entries => _entries;

        public void Add(Entry entry)
        {
            var at = _entries.BinarySearch(entry, Order);
            _entries.Insert(at < 0 ? ~at : at, entry);
        }

        /// <summary>Removes an entry, found by the date it was placed by: its date must not have changed since.</summary>
        public void Remove(Entry entry)
        {
            var at = _entries.BinarySearch(entry, Order);
            if (at < 0 || !ReferenceEquals(_entries[at], entry)) throw new InvalidOperationException($"Move {entry.Id} is not where its date puts it.");
            _entries.RemoveAt(at);
        }

        public List<Entry> Slice(int skip, int take) =>
            skip >= _entries.Count ? [] : _entries.GetRange(skip, (int)Math.Min(take, (long)_entries.Count - skip));
    }

    /// <summary>Orders by date reported, then first seen, then insertion: greater is newer. No two moves compare equal.</summary>
    private sealed class Recency : IComparer<Entry>
    {
        public static readonly Recency Instance = new();

        public int Compare(Entry? x, Entry? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return -1;
            if (y is null) return 1;
            var byWhen = x.When.CompareTo(y.When);
            if (byWhen != 0) return byWhen;
            var byFirstSeen = x.FirstSeen.CompareTo(y.FirstSeen);
            if (byFirstSeen != 0) return byFirstSeen;
            var bySeq = x.Seq.CompareTo(y.Seq);
            // Every move has its own sequence number; the id only keeps the order total should a store ever lack them.
            return bySeq != 0 ? bySeq : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
