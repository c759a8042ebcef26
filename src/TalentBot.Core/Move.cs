namespace TalentBot.Core;

/// <summary>
/// A person's move as the knowledge base holds it: one move however many articles report it, each report a
/// <see cref="Citation"/>. <see cref="FirstSeen"/> is when the first citing article was ingested.
/// <see cref="FoundOnlyByModel"/> is true when every article's claim of it came from a language model's proposal
/// (each checked against its article) and the offline rules found it in none. <see cref="Confidence"/> is stated when
/// any citing article states the move, otherwise inferred with every reason the articles' readings had.
/// </summary>
public sealed record Move(
    string Id,
    EntityRef Person,
    EntityRef? From,
    EntityRef? To,
    MoveKind Kind,
    PartialDate? When,
    Money? Amount,
    IReadOnlyList<Citation> Citations,
    DateTimeOffset FirstSeen,
    bool FoundOnlyByModel = false)
{
    /// <summary>How directly the articles report it; <see cref="MoveConfidence.Stated"/> unless set.</summary>
    public MoveConfidence Confidence { get; init; } = MoveConfidence.Stated;

    /// <summary>
    /// Independent sources: distinct outlets, or distinct articles where the outlet is unknown. A repost of the
    /// same outlet's story in another language is not a second witness.
    /// </summary>
    public int IndependentSources =>
        Citations.Select(c => c.Outlet is { Length: > 0 } outlet ? "o:" + TextFolding.Fold(outlet) : "a:" + c.ArticleId)
                 .Distinct(StringComparer.Ordinal)
                 .Count();

    /// <summary>The identity that makes two reports the same move.</summary>
    public static string KeyOf(EntityRef person, MoveKind kind, EntityRef? from, EntityRef? to) =>
        string.Join('|', person.Id, kind.ToCode(), from?.Id ?? "", to?.Id ?? "");
}
