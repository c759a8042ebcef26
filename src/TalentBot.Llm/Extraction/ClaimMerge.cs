using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Llm.Extraction;

/// <summary>
/// Puts a model's verified claims beside the rules' for one article. A move is one identity (<see cref="Move.KeyOf"/>:
/// person, kind, origin, destination); where both found it the rules' claim stands, with its neighbours, dates and
/// amounts, and the model's is dropped. Stateless.
/// </summary>
internal static class ClaimMerge
{
    /// <summary>The combined facts, and how many moves only the model found (a move it proposed twice counts once).</summary>
    public static (ArticleFacts Facts, int ModelOnly) Combine(ArticleFacts facts, IReadOnlyList<MoveClaim> modelClaims)
    {
        var kept = facts.Moves.Select(KeyOf).ToHashSet(StringComparer.Ordinal);
        var added = modelClaims.Where(claim => kept.Add(KeyOf(claim))).ToList();
        if (added.Count == 0) return (facts, 0);
        return (facts with { Moves = [.. facts.Moves, .. added], Mentions = WithMentions(facts.Mentions, added) }, added.Count);
    }

    private static string KeyOf(MoveClaim claim) => Move.KeyOf(claim.Person, claim.Kind, claim.From, claim.To);

    /// <summary>
    /// The model's people and organisations as mentions of the sentence stating each move, so the store counts them
    /// and evidence search knows the sentence is about them, as it would had the rules found them.
    /// </summary>
    private static List<Mention> WithMentions(IReadOnlyList<Mention> mentions, List<MoveClaim> added)
    {
        var result = mentions.ToList();
        var known = mentions.Select(m => (m.Entity.Id, m.SentenceIndex)).ToHashSet();
        foreach (var claim in added)
        {
            var sentence = claim.SentenceIndexes[0];
            foreach (var (entity, kind) in (ReadOnlySpan<(EntityRef?, EntityKind)>)
                     [(claim.Person, EntityKind.Person), (claim.From, EntityKind.Organisation), (claim.To, EntityKind.Organisation)])
            {
                if (entity is not null && known.Add((entity.Id, sentence))) result.Add(new Mention(entity, kind, sentence, entity.Name));
            }
        }
        return result;
    }
}
