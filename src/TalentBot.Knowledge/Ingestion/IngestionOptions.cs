namespace TalentBot.Knowledge;

/// <summary>How ingestion groups articles into store transactions.</summary>
public sealed class IngestionOptions
{
    /// <summary>
    /// Most articles in one transaction. Default 2048: a LiteDB commit's cost grows with the store (the index pages
    /// a batch dirties are spread ever wider), so one per article caps ingestion near 50 articles/s, and on a 30k
    /// store 256 per commit gave 317 articles/s where 2048 gave 511. A large batch costs only memory (a few MiB) in
    /// bulk loads.
    /// </summary>
    public int MaxBatchArticles { get; init; } = 2048;

    /// <summary>
    /// Age at which a batch is committed even if not full. Default 100 ms. It is checked when the next article
    /// arrives, so a batch from a slow source waits for that article (or the source's end): a caller feeding
    /// articles one at a time over minutes should call <see cref="ArticleIngestion.Ingest"/> for each instead.
    /// </summary>
    public TimeSpan MaxBatchDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Most articles in one transaction when an <see cref="Core.Extraction.IFactEnricher"/> runs. Default 64: each
    /// article then waits on a model call (seconds, not the extractor's milliseconds), so the commit's cost is noise,
    /// and a small batch keeps progress moving and commits what is done before a stop.
    /// </summary>
    public int MaxEnrichedBatchArticles { get; init; } = 64;

    /// <summary>
    /// Articles enriched at once. Default 4: enough to hide one call's latency, few enough that a hosted model's
    /// rate limit or a local server's single GPU is not swamped.
    /// </summary>
    public int MaxConcurrentEnrichments { get; init; } = 4;
}
