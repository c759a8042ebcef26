using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Testing;

/// <summary>Builds replies directly, to drive the renderers with sizes and text the corpus does not have.</summary>
public static class Replies
{
    public static readonly DateTimeOffset FirstSeen = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    public static Citation Cite(int article, string quote, string? url = null, string title = "An article", string? outlet = null,
                                Language language = Language.English) =>
        new($"a{article}", title, url, outlet, language, 0, quote);

    public static Move Move(string person, string? from, string? to, IReadOnlyList<Citation> citations, MoveKind kind = MoveKind.Left) =>
        new(person, new EntityRef("p-" + person, person), from is null ? null : new EntityRef(from, from),
            to is null ? null : new EntityRef(to, to), kind, new PartialDate(2025, 7), null, citations, FirstSeen);

    /// <summary>A who-left reply over <paramref name="moves"/>, numbering their citations in order of first use.</summary>
    public static Reply WhoLeft(IReadOnlyList<Move> moves, string title = "Who left Meta", Language language = Language.English,
                                IReadOnlyList<ReplyNote>? notes = null, IReadOnlyList<int>? evidence = null,
                                ReplyIntent intent = ReplyIntent.WhoLeft, IReadOnlyList<Citation>? evidenceCitations = null,
                                string? answer = null)
    {
        var numbered = new List<NumberedCitation>();
        int Number(Citation c)
        {
            var known = numbered.FindIndex(n => ReferenceEquals(n.Citation, c));
            if (known >= 0) return known + 1;
            numbered.Add(new NumberedCitation(numbered.Count + 1, c));
            return numbered.Count;
        }
        var evidenceNumbers = (evidenceCitations ?? []).Select(Number).ToList();
        var shown = moves.Select(m => new ReplyMove(m, m.Citations.Select(Number).ToList(), Disputed: false)).ToList();
        return new Reply(intent, language, ReplyOutcome.Answered, title, shown, [], evidence ?? evidenceNumbers, numbered,
            notes ?? [], [], moves.Count, "(chat text)", answer);
    }
}
