using TalentBot.Core;

namespace TalentBot.Answering;

/// <summary>
/// A registered name offered while the user types: <see cref="Name"/> is the canonical name (what the command
/// receives), <see cref="MatchedAlias"/> the alias in another script or spelling that matched, when it was not the name.
/// </summary>
public sealed record NameChoice(string Name, string? MatchedAlias);

/// <summary>
/// Completes a partly typed organisation or person name from the registry, in any script and forgiving of case,
/// accents and separators: names that begin with the text first (canonical names before aliases), then names with
/// a word that begins with it, then names that contain it. Offers names only; resolving what was finally typed stays
/// with the answerer. Built once per registry; immutable and safe to share across threads.
/// </summary>
public sealed class NameCompletion
{
    /// <summary>The most choices a chat platform shows (Discord's autocomplete limit).</summary>
    public const int MaxChoices = 25;

    private enum Rank
    {
        Prefix,
        WordPrefix,
        Contains,
    }

    private readonly (RegisteredEntity Entity, string Name, string Folded, string Compact)[] _names;

    public NameCompletion(EntityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _names = registry.Entities
            .SelectMany(e => e.AllNames.Select(n => (Entity: e, Name: n, Folded: TextFolding.Fold(n), Compact: TextFolding.FoldCompact(n))))
            .Where(n => n.Compact.Length > 0)
            .ToArray();
    }

    public IReadOnlyList<NameChoice> Complete(string? typed, EntityKind kind, int limit = MaxChoices)
    {
        limit = Math.Clamp(limit, 0, MaxChoices);
        var folded = TextFolding.Fold(TextFolding.WellFormed(typed ?? ""));
        var compact = folded.Replace(" ", "", StringComparison.Ordinal);
        var best = new Dictionary<string, (Rank Rank, RegisteredEntity Entity, string Name)>(StringComparer.Ordinal);
        foreach (var (entity, name, nameFolded, nameCompact) in _names)
        {
            if (entity.Kind != kind) continue;
            if (RankOf(folded, compact, nameFolded, nameCompact) is not { } rank) continue;
            // The canonical name wins a tie with an alias, so "Meta" is offered as Meta, not as Facebook.
            if (best.TryGetValue(entity.Id, out var known)
                && (known.Rank < rank || (known.Rank == rank && known.Name == entity.Name))) continue;
            best[entity.Id] = (rank, entity, name);
        }
        return best.Values
                   .OrderBy(b => b.Rank)
                   // "me" offers Meta before FAIR, which matched only through its alias "Meta FAIR".
                   .ThenBy(b => b.Name == b.Entity.Name ? 0 : 1)
                   .ThenBy(b => b.Entity.Name, StringComparer.OrdinalIgnoreCase)
                   .Take(limit)
                   .Select(b => new NameChoice(b.Entity.Name, b.Name == b.Entity.Name ? null : b.Name))
                   .ToList();
    }

    private static Rank? RankOf(string folded, string compact, string nameFolded, string nameCompact)
    {
        if (compact.Length == 0 || nameCompact.StartsWith(compact, StringComparison.Ordinal)) return Rank.Prefix;
        if (nameFolded.Split(' ').Any(w => w.StartsWith(folded, StringComparison.Ordinal))) return Rank.WordPrefix;
        if (nameCompact.Contains(compact, StringComparison.Ordinal)) return Rank.Contains;
        return null;
    }
}
