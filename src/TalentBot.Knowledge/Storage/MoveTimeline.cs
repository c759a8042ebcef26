using TalentBot.Core;
using TalentBot.Core.Knowledge;

namespace TalentBot.Knowledge.Storage;

/// <summary>
/// The order and filter keys of every move, held in memory so a page is chosen without reading a single move
/// document: at 100k articles an organisation has thousands of moves, and loading them to sort and count was most
/// of a naive query's cost. The page's documents are then read in one query. Thread-safe: many readers, one writer.
/// </summary>
internal sealed class MoveTimeline
{
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly Dictionary<string, Entry> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _byFrom = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _byTo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _byPerson = new(StringComparer.Ordinal);
    private readonly List<Entry> _all = [];

    public void Upsert(MoveDocument move)
    {
        _lock.EnterWriteLock();
        try
        {
            if (_byId.TryGetValue(move.Id, out var existing))
            {
                existing.When = SortableWhen(move.When);
                return;
            }
            var entry = new Entry(move.Id, move.PersonId, move.FromId, move.ToId, Enum.Parse<MoveKind>(move.Kind),
                                  move.FirstSeen.Ticks, move.Seq) { When = SortableWhen(move.When) };
            _byId.Add(entry.Id, entry);
            _all.Add(entry);
            Append(_byPerson, entry.PersonId, entry);
            if (entry.FromId is not null) Append(_byFrom, entry.FromId, entry);
            if (entry.ToId is not null) Append(_byTo, entry.ToId, entry);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>The ids of the requested page, newest first, and how many moves match in all.</summary>
    public (IReadOnlyList<string> Ids, int Total) Page(MoveQuery query)
    {
        var offset = Math.Max(0, query.Offset);
        var limit = Math.Max(0, query.Limit);
        var keep = (int)Math.Min(int.MaxValue, (long)offset + limit);
        // A min-heap on recency: its root is the oldest of the newest `keep` seen so far.
        var newest = new PriorityQueue<Entry, Entry>(Math.Min(keep, 1024) + 1, Recency.Instance);
        var total = 0;

        _lock.EnterReadLock();
        try
        {
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
        }
        finally
        {
            _lock.ExitReadLock();
        }

        var ordered = new string[newest.Count];
        for (var i = ordered.Length - 1; i >= 0; i--) ordered[i] = newest.Dequeue().Id;
        return (offset >= ordered.Length ? [] : ordered[offset..], total);
    }

    private IEnumerable<List<Entry>> Candidates(MoveQuery query)
    {
        if (query.PersonId is not null)
            return _byPerson.TryGetValue(query.PersonId, out var mine) ? [mine] : [];
        var from = query.FromAny is null ? null : Lists(_byFrom, query.FromAny);
        var to = query.ToAny is null ? null : Lists(_byTo, query.ToAny);
        // A move leaves an organisation by its From, or (never started) by its To; it reaches one by its To.
        List<List<Entry>>? leaving = query.LeavingAny is null ? null : [.. Lists(_byFrom, query.LeavingAny), .. Lists(_byTo, query.LeavingAny)];
        var arriving = query.ArrivingAny is null ? null : Lists(_byTo, query.ArrivingAny);
        List<List<Entry>>? best = null;
        foreach (var lists in (ReadOnlySpan<List<List<Entry>>?>)[from, to, leaving, arriving])
        {
            if (lists is not null && (best is null || lists.Sum(l => l.Count) < best.Sum(l => l.Count))) best = lists;
        }
        return best ?? [_all];
    }

    private static List<List<Entry>> Lists(Dictionary<string, List<Entry>> index, IReadOnlySet<string> ids)
    {
        var lists = new List<List<Entry>>(ids.Count);
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

    private static void Append(Dictionary<string, List<Entry>> index, string key, Entry entry)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(entry);
    }

    /// <summary>A date as a number that sorts like the date; an unknown date sorts before every known one.</summary>
    private static int SortableWhen(string? when) =>
        StoreMapping.ParseDate(when) is { } date ? (date.Year ?? 0) * 10_000 + (date.Month ?? 0) * 100 + (date.Day ?? 0) : -1;

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
    }

    /// <summary>Orders by date reported, then first seen, then insertion: greater is newer.</summary>
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
            return byFirstSeen != 0 ? byFirstSeen : x.Seq.CompareTo(y.Seq);
        }
    }
}
