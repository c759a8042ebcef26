using TalentBot.Core;

namespace TalentBot.Answering;

/// <summary>Which end of a move the sources disagree on.</summary>
internal enum DisputedEnd
{
    Destination,
    Origin,
}

/// <summary>Two moves by the same person that cannot both be true.</summary>
internal sealed record Dispute(Move First, Move Second, DisputedEnd End);

/// <summary>
/// Finds moves that contradict each other: the same person leaving the same organisation for two unrelated ones,
/// or arriving at the same organisation from two unrelated ones, in the same year as far as the dates tell.
/// Parent and part are not a conflict (Google and DeepMind). Moves that name only one end are not compared,
/// because "joined Anthropic" may simply be the next step after "left Meta for Google".
/// </summary>
internal static class Disagreements
{
    private static readonly HashSet<MoveKind> ActualMoves = [MoveKind.Left, MoveKind.Joined, MoveKind.Returned];

    public static IReadOnlyList<Dispute> Find(IReadOnlyList<Move> moves, EntityRegistry registry)
    {
        var disputes = new List<Dispute>();
        foreach (var person in moves.Where(m => ActualMoves.Contains(m.Kind) && m.From is not null && m.To is not null)
                                    .GroupBy(m => m.Person.Id, StringComparer.Ordinal))
        {
            var list = person.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (list[i], list[j]);
                    if (!SameYearAsFarAsKnown(a.When, b.When)) continue;
                    var sameFrom = registry.AreRelated(a.From!.Id, b.From!.Id);
                    var sameTo = registry.AreRelated(a.To!.Id, b.To!.Id);
                    if (sameFrom && !sameTo) disputes.Add(new Dispute(a, b, DisputedEnd.Destination));
                    else if (sameTo && !sameFrom) disputes.Add(new Dispute(a, b, DisputedEnd.Origin));
                }
            }
        }
        return disputes;
    }

    private static bool SameYearAsFarAsKnown(PartialDate? a, PartialDate? b) =>
        a?.Year is not { } x || b?.Year is not { } y || x == y;
}
