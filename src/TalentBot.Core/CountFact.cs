namespace TalentBot.Core;

/// <summary>How exact a reported head count is: "20", "at least 13", "more than 20", "about 50".</summary>
public enum CountBound
{
    Exactly,
    AtLeast,
    MoreThan,
    About,
}

/// <summary>
/// A head count with no names: "more than 20 people from OpenAI" went to <see cref="To"/>. Kept as a count, because
/// turning it into people would invent them.
/// </summary>
public sealed record CountFact(
    string Id,
    EntityRef From,
    EntityRef? To,
    int Count,
    CountBound Bound,
    IReadOnlyList<Citation> Citations);
