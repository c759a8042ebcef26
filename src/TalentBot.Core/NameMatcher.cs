namespace TalentBot.Core;

/// <summary>How a name was matched: exactly (after folding), or as a near spelling.</summary>
public enum MatchQuality
{
    Exact,
    Fuzzy,
}

public sealed record NameMatch<T>(T Value, string MatchedName, MatchQuality Quality, int Distance);

/// <summary>
/// Matches names forgiving of case, accents, spacing and small typos. Built once over a fixed list of
/// (value, names); immutable and safe to share across threads.
/// </summary>
public sealed class NameMatcher<T>
    where T : notnull
{
    private readonly Dictionary<string, List<(T Value, string Name)>> _exact = new(StringComparer.Ordinal);
    private readonly List<(string Compact, T Value, string Name)> _all = [];

    public NameMatcher(IEnumerable<(T Value, IEnumerable<string> Names)> entries)
    {
        foreach (var (value, names) in entries)
        {
            foreach (var name in names)
            {
                var compact = TextFolding.FoldCompact(name);
                if (compact.Length == 0) continue;
                if (!_exact.TryGetValue(compact, out var list)) _exact[compact] = list = [];
                if (!list.Any(e => EqualityComparer<T>.Default.Equals(e.Value, value))) list.Add((value, name));
                _all.Add((compact, value, name));
            }
        }
    }

    /// <summary>
    /// The values whose names match <paramref name="query"/>: every exact match if there is one, otherwise the
    /// nearest spellings within the typo allowance (none for short names, where one letter makes another name).
    /// </summary>
    public IReadOnlyList<NameMatch<T>> Match(string query)
    {
        var compact = TextFolding.FoldCompact(query);
        if (compact.Length == 0) return [];
        if (_exact.TryGetValue(compact, out var exact))
            return exact.Select(e => new NameMatch<T>(e.Value, e.Name, MatchQuality.Exact, 0)).ToList();

        var allowance = TypoAllowance(compact.Length);
        if (allowance == 0) return [];
        var best = int.MaxValue;
        var found = new List<NameMatch<T>>();
        foreach (var (candidate, value, name) in _all)
        {
            if (Math.Abs(candidate.Length - compact.Length) > allowance) continue;
            var distance = Distance(compact, candidate, allowance);
            if (distance > allowance || distance > best) continue;
            if (distance < best)
            {
                best = distance;
                found.Clear();
            }
            if (!found.Any(f => EqualityComparer<T>.Default.Equals(f.Value, value)))
                found.Add(new NameMatch<T>(value, name, MatchQuality.Fuzzy, distance));
        }
        return found;
    }

    private static int TypoAllowance(int length) => length switch
    {
        <= 3 => 0,
        <= 7 => 1,
        _ => 2,
    };

    /// <summary>Optimal string alignment distance, giving up early once every path exceeds <paramref name="limit"/>.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > limit) return limit + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}
