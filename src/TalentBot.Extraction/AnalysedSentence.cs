using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Extraction;

/// <summary>An organisation in a sentence, the trigger it belongs to, and the slot it fills there.</summary>
internal sealed record PlacedOrganisation(FoundEntity Entity, TriggerHit? Trigger, Slot Slot, bool IsCountSource)
{
    public bool ByHiringVerb => Trigger is { Rule.Side: MoverSide.After, Kind: MoveKind.Joined };
}

/// <summary>Everything read from one sentence before moves are assembled. Offsets are within the sentence.</summary>
internal sealed record AnalysedSentence(
    SentenceSpan Span,
    SentenceEntities Names,
    IReadOnlyList<PlacedOrganisation> Organisations,
    IReadOnlyList<TriggerHit> Triggers,
    ClauseAnalyser Clauses,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<MoneyMention> Money,
    IReadOnlyList<CountFinder.Count> Counts)
{
    public string Text => Span.Text;

    public IEnumerable<FoundEntity> People => Names.Entities.Where(e => e.Kind == EntityKind.Person);

    /// <summary>Counts heads and names nobody: its counts stand, and it states no move.</summary>
    public bool IsCountOnly => Counts.Count > 0 && !People.Any();
}
