using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Extraction;

/// <summary>What an insert is: its kind decides what a name inside it can be.</summary>
internal enum InsertKind
{
    /// <summary>"(…)", "— … —": an aside; names in it are neither the subject nor an object of the clause around it.</summary>
    Aside,
    /// <summary>", who joined Meta in May,": a clause about the name before it.</summary>
    Relative,
    /// <summary>", a researcher at OpenAI,": a description of the name before it.</summary>
    Appositive,
    /// <summary>"According to X,": a leading phrase naming its source.</summary>
    Source,
    /// <summary>“…”, « … », 「…」: someone's words, whose "I" and missing subjects are the speaker's, not the article's topic.</summary>
    Quote,
}

/// <summary>A stretch of a sentence set off from its clause; <see cref="Head"/> is the name it describes, when it describes one.</summary>
internal sealed record Insert(InsertKind Kind, int Start, int End, Referent? Head)
{
    public bool Contains(int position) => position >= Start && position < End;
}

/// <summary>
/// One sentence read: its names and referring phrases, its move phrases (each with its modality), its asides and
/// clause boundaries, its dates and sums. Offsets are within the sentence. Built once; not shared.
/// </summary>
internal sealed class SentenceReading
{
    public SentenceReading(
        SentenceSpan span, int line, List<Referent> referents, List<TriggerHit> triggers, List<Insert> inserts, List<int> clauseStarts,
        IReadOnlyList<DateMention> dates, IReadOnlyList<MoneyMention> money, bool isQuestion, bool isHeadline)
    {
        Span = span;
        Text = EntityRecogniser.Readable(span.Text);
        Line = line;
        Referents = referents;
        Triggers = triggers;
        Inserts = inserts;
        ClauseStarts = clauseStarts;
        Dates = dates;
        Money = money;
        IsQuestion = isQuestion;
        IsHeadline = isHeadline;
    }

    public SentenceSpan Span { get; }
    public int Index => Span.Index;
    /// <summary>
    /// The readable part of the sentence (<see cref="EntityRecogniser.ReadableLength"/>), which every name, move phrase
    /// and clause lies in; the whole sentence, for quoting, is <see cref="Span"/>.
    /// </summary>
    public string Text { get; private init; } = "";
    public int Line { get; }
    public IReadOnlyList<Referent> Referents { get; }
    public List<TriggerHit> Triggers { get; }
    public IReadOnlyList<Insert> Inserts { get; }

    /// <summary>Where each clause starts, ascending, the first at 0.</summary>
    public IReadOnlyList<int> ClauseStarts { get; }
    public IReadOnlyList<DateMention> Dates { get; }
    public IReadOnlyList<MoneyMention> Money { get; }
    public bool IsQuestion { get; }
    public bool IsHeadline { get; }

    /// <summary>Organisations of the sentence with the part each plays, filled in by the grammar.</summary>
    public List<PlacedOrganisation> Organisations { get; } = [];

    public IEnumerable<Referent> People => Referents.Where(r => r.Kind == ReferentKind.Person);

    /// <summary>The clause around a position, as [start, end).</summary>
    public (int Start, int End) ClauseAt(int position)
    {
        var i = ClauseStarts.Count - 1;
        while (i > 0 && ClauseStarts[i] > position) i--;
        return (ClauseStarts[i], i + 1 < ClauseStarts.Count ? ClauseStarts[i + 1] : Text.Length);
    }

    /// <summary>The innermost insert around a position, or null when it stands in the sentence's own clauses.</summary>
    public Insert? InsertAt(int position)
    {
        Insert? best = null;
        foreach (var insert in Inserts)
        {
            if (insert.Contains(position) && (best is null || insert.End - insert.Start < best.End - best.Start)) best = insert;
        }
        return best;
    }

    /// <summary>Whether two positions stand at the same level: neither is inside an insert the other is not.</summary>
    public bool SameLevel(int a, int b) => InsertAt(a) == InsertAt(b);
}

/// <summary>An organisation of a sentence, the move phrase it belongs to, and the part it plays there.</summary>
/// <param name="Person">For a <see cref="Slot.Role"/> or <see cref="Slot.Former"/>, the person it describes.</param>
/// <param name="Marked">The grammar says the part (a preposition, a particle, an object slot); otherwise it is a guess.</param>
internal sealed record PlacedOrganisation(Referent Entity, TriggerHit? Trigger, Slot Slot, Referent? Person, bool Marked)
{
    public bool IsCountSource { get; init; }

    /// <summary>The organisation it names, once "the company" is resolved.</summary>
    public EntityRef? Resolved { get; init; }
}
