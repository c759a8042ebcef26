using TalentBot.Core;
using TalentBot.Knowledge;
using TalentBot.Llm.Extraction;

namespace TalentBot.Ingesting;

/// <summary>
/// What one run of the <see cref="IngestPipeline"/> did: each article's outcome in the order reported (those that
/// could not be loaded first), what the model proposed when one took part, the sentence vectors after the run when
/// an embedding model is set, and how long it took.
/// </summary>
internal sealed record IngestRun(
    IReadOnlyList<ArticleOutcome> Articles, ModelExtractionSummary? Model, SentenceVectorCount? Vectors, TimeSpan Elapsed)
{
    public int Added => Articles.Count(a => a.Status == IngestStatus.Added);

    /// <summary>Articles skipped because their content was already stored.</summary>
    public int AlreadyKnown => Articles.Count(a => a.Status == IngestStatus.AlreadyKnown);

    /// <summary>Articles that could not be loaded or were rejected, each with its reason.</summary>
    public int Failed => Articles.Count(a => a.Status == IngestStatus.Rejected);

    public int NewMoves => Articles.Sum(a => a.NewMoves.Count);

    public int NewStated => Articles.Sum(a => a.NewStated);

    /// <summary>Known moves that an added article cited again.</summary>
    public int Corroborated => Articles.Sum(a => a.CorroboratedMoves.Count);

    public int FoundOnlyByModel => Articles.Sum(a => a.FoundOnlyByModel);
}

/// <summary>
/// One article's outcome: added with its new and corroborated moves, already known (skipped), or rejected with the
/// reason, which is also how an article that could not be loaded ends. <see cref="ArticleId"/> is null only then.
/// </summary>
internal sealed record ArticleOutcome(
    string Location, IngestStatus Status, string? ArticleId, string? Reason, IReadOnlyList<Move> NewMoves, IReadOnlyList<Move> CorroboratedMoves)
{
    public int NewStated => NewMoves.Count(m => m.Confidence.IsStated);

    public int NewInferred => NewMoves.Count - NewStated;

    public int FoundOnlyByModel => NewMoves.Count(m => m.FoundOnlyByModel);

    public static ArticleOutcome Of(string location, IngestReport report) =>
        new(location, report.Status, report.ArticleId, report.Reason, report.NewMoves, report.CorroboratedMoves);

    public static ArticleOutcome NotLoaded(string location, string reason) => new(location, IngestStatus.Rejected, null, reason, [], []);
}

/// <summary>Sentences with a vector from <see cref="Model"/> after a run, of <see cref="Sentences"/> in the store.</summary>
internal sealed record SentenceVectorCount(int Embedded, string Model, int Sentences);
