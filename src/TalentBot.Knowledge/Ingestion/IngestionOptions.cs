namespace TalentBot.Knowledge;

/// <summary>How ingestion groups articles into store transactions.</summary>
public sealed class IngestionOptions
{
    /// <summary>
    /// Most articles in one transaction. Default 2048: a LiteDB commit's cost grows with the store (the index pages
    /// a batch dirties are spread ever wider), so one per article caps ingestion near 50 articles/s, and on a 30k
    /// store 256 per commit gave 317 articles/s where 2048 gave 511. <see cref="MaxBatchDelay"/> still commits a
    /// slow trickle promptly, so a large batch costs only memory (a few MiB) in bulk loads.
    /// </summary>
    public int MaxBatchArticles { get; init; } = 2048;

    /// <summary>
    /// Longest a batch waits for more articles from a slow source before it is committed. Default 100 ms, so a
    /// trickle of fetched articles still becomes durable (and alertable) promptly.
    /// </summary>
    public TimeSpan MaxBatchDelay { get; init; } = TimeSpan.FromMilliseconds(100);
}
