namespace TalentBot.Knowledge;

/// <summary>How ingestion groups articles into store transactions.</summary>
public sealed class IngestionOptions
{
    /// <summary>
    /// Most articles in one transaction. Default 256: a commit costs ~5 ms in LiteDB and ~15 ms in Lucene, so one
    /// per article caps ingestion near 50 articles/s, while hundreds per commit reach thousands.
    /// </summary>
    public int MaxBatchArticles { get; init; } = 256;

    /// <summary>
    /// Longest a batch waits for more articles from a slow source before it is committed. Default 100 ms, so a
    /// trickle of fetched articles still becomes durable (and alertable) promptly.
    /// </summary>
    public TimeSpan MaxBatchDelay { get; init; } = TimeSpan.FromMilliseconds(100);
}
