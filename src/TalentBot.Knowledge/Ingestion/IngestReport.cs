using TalentBot.Core;

namespace TalentBot.Knowledge;

public enum IngestStatus
{
    /// <summary>Stored, with its sentences, entities, moves and counts; committed before the report was made.</summary>
    Added,
    /// <summary>The same content (after normalisation) was already in the store; nothing changed.</summary>
    AlreadyKnown,
    /// <summary>Not stored; <see cref="IngestReport.Reason"/> says why.</summary>
    Rejected,
}

/// <summary>
/// What ingesting one article did. <see cref="NewMoves"/> are moves no earlier article reported (the ones to alert
/// on); <see cref="CorroboratedMoves"/> are known moves this article added a citation to. Both as stored after the
/// article's batch was committed, so a new move another article of the batch states counts as stated.
/// </summary>
public sealed record IngestReport(
    string ArticleId,
    IngestStatus Status,
    IReadOnlyList<Move> NewMoves,
    IReadOnlyList<Move> CorroboratedMoves,
    string? Reason = null)
{
    /// <summary>How many of <see cref="NewMoves"/> an article states.</summary>
    public int NewStated => NewMoves.Count(m => m.Confidence.IsStated);

    /// <summary>How many of <see cref="NewMoves"/> were only inferred from context.</summary>
    public int NewInferred => NewMoves.Count - NewStated;

    public static IngestReport Rejected(string articleId, string reason) => new(articleId, IngestStatus.Rejected, [], [], reason);

    public static IngestReport AlreadyKnown(string articleId) => new(articleId, IngestStatus.AlreadyKnown, [], []);
}
