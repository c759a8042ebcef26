using TalentBot.Core;

namespace TalentBot.Answering;

/// <summary>
/// Did-you-mean names for a name that did not resolve. Looser than <see cref="NameMatcher{T}"/>, which must not
/// guess: these are only offered, never applied. Built once per registry; immutable and thread-safe.
/// </summary>
internal sealed class NameSuggester
{
    private const int MaxSuggestions = 3;
    private const int MinPrefixLength = 3;
    private const int MinWordLength = 4;

    private readonly (string Compact, RegisteredEntity Entity)[] _names;

    public NameSuggester(IEnumerable<RegisteredEntity> entities)
    {
        _names = entities
            .SelectMany(e => e.AllNames.Select(n => (Compact: TextFolding.FoldCompact(n), Entity: e)))
            .Where(n => n.Compact.Length > 0)
            .ToArray();
    }

    public IReadOnlyList<string> Suggest(string query, EntityKind kind)
    {
        var compact = TextFolding.FoldCompact(query);
        if (compact.Length == 0) return [];
        // Each longer word is tried alone as well, so "Antropik Labs" still finds Anthropic.
        var variants = TextFolding.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                                  .Where(w => w.Length >= MinWordLength && w.Length < compact.Length)
                                  .Prepend(compact)
                                  .ToList();
        var best = new Dictionary<string, (int Distance, string Name)>(StringComparer.Ordinal);
        foreach (var (candidate, entity) in _names)
        {
            if (entity.Kind != kind) continue;
            foreach (var variant in variants)
            {
                var limit = Math.Max(2, variant.Length / 3);
                var distance = Score(variant, candidate, limit);
                if (distance > limit) continue;
                if (!best.TryGetValue(entity.Id, out var known) || distance < known.Distance)
                    best[entity.Id] = (distance, entity.Name);
            }
        }
        return best.Values
                   .OrderBy(v => v.Distance)
                   .ThenBy(v => v.Name, StringComparer.Ordinal)
                   .Take(MaxSuggestions)
                   .Select(v => v.Name)
                   .ToList();
    }

    // A name the query begins ("Deep" for DeepMind) counts as near even when many letters are missing.
    private static int Score(string query, string candidate, int limit)
    {
        if (query.Length >= MinPrefixLength && candidate.StartsWith(query, StringComparison.Ordinal)) return 1;
        if (Math.Abs(candidate.Length - query.Length) > limit) return limit + 1;
        return Distance(query, candidate, limit);
    }

    /// <summary>Optimal string alignment distance, giving up once every path exceeds <paramref name="limit"/>.</summary>
    private static int Distance(string a, string b, int limit)
    {
        Span<int> buffer = stackalloc int[3 * (b.Length + 1)];
        var previous2 = buffer[..(b.Length + 1)];
        var previous = buffer.Slice(b.Length + 1, b.Length + 1);
        var current = buffer[(2 * (b.Length + 1))..];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
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
            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }
}
