using TalentBot.Core;

namespace TalentBot.Evaluation;

/// <summary>
/// Decides whether what the extractor found is what a gold line names. People match by any of the gold spellings
/// (folded, in either name order) or through the registry; organisations match by registry identity, by folded name,
/// or when the prediction names the gold organisation's parent (the gold convention allows it). Thread-safe.
/// </summary>
internal sealed class GoldMatcher(EntityRegistry registry)
{
    public bool SamePerson(EntityRef predicted, IEnumerable<string> goldNames) =>
        goldNames.Any(name =>
            registry.Resolve(name, EntityKind.Person).Any(m => m.Quality == MatchQuality.Exact && m.Value.Id == predicted.Id)
            || SameName(predicted.Name, name));

    /// <summary>Strict: both empty, or both the same organisation (a parent standing for its part counts).</summary>
    public bool SameOrganisation(EntityRef? predicted, string? gold)
    {
        if (predicted is null || gold is null) return predicted is null && gold is null;
        var ids = GoldIds(gold);
        if (ids.Count == 0) return SameName(predicted.Name, gold) || predicted.Id == EntityRef.Unregistered(gold).Id;
        return ids.Any(id => id == predicted.Id || registry.SelfAndParts(predicted.Id).Contains(id));
    }

    /// <summary>Loose: the same organisation, or one is part of the other (for traps, where any reading of it is wrong).</summary>
    public bool RelatedOrganisation(EntityRef? predicted, string? gold)
    {
        if (SameOrganisation(predicted, gold)) return true;
        if (predicted is null || gold is null) return false;
        return GoldIds(gold).Any(id => registry.AreRelated(id, predicted.Id));
    }

    private List<string> GoldIds(string gold) =>
        registry.Resolve(gold, EntityKind.Organisation).Where(m => m.Quality == MatchQuality.Exact).Select(m => m.Value.Id).ToList();

    private static bool SameName(string a, string b)
    {
        if (TextFolding.FoldCompact(a) == TextFolding.FoldCompact(b)) return true;
        return string.Join(' ', Tokens(a)) == string.Join(' ', Tokens(b));
    }

    private static IEnumerable<string> Tokens(string name) =>
        TextFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
}
