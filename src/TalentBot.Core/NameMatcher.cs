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
            var distance = EditDistance.Bounded(compact, candidate, allowance);
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
}
