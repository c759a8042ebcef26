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
                // A single word of a longer name is held closer: "Labs" is two edits from "AWS" and means nothing by it.
                var limit = Math.Max(ReferenceEquals(variant, compact) ? 2 : 1, variant.Length / 3);
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
        return EditDistance.Bounded(query, candidate, limit);
    }
}
