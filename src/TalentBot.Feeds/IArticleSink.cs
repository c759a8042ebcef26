using TalentBot.Knowledge;

namespace TalentBot.Feeds;

/// <summary>
/// Where articles found in feeds and watched folders go: the host ingests them and wakes whatever alerts on new
/// moves. Implementations must be thread-safe.
/// </summary>
public interface IArticleSink
{
    /// <summary>
    /// Ingests <paramref name="articles"/> and returns one report per article, in the same order. When it throws,
    /// the feed counts as failed and its new entries are offered again on its next poll; ingestion is idempotent
    /// by content, so an article stored before the throw then comes back as already known.
    /// </summary>
    Task<IReadOnlyList<IngestReport>> IngestAsync(IReadOnlyList<ArticleSource> articles, CancellationToken cancellationToken);
}
