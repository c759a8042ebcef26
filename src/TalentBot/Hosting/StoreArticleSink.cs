using TalentBot.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentBot.Feeds;
using TalentBot.Knowledge;
using TalentBot.Llm;

namespace TalentBot.Hosting;

/// <summary>
/// Where articles from feeds and watched folders go: the same ingestion as <c>ingest</c>, with the model's moves
/// when one is configured for extraction. Alerts for the new moves are enqueued in the same writes, and the outbox
/// is woken by the store.
/// </summary>
internal sealed class StoreArticleSink(
    OpenStore store, ConfiguredModel model, IOptions<IngestOptions> options, TimeProvider time, ILoggerFactory loggers) : IArticleSink
{
    public async Task<IReadOnlyList<IngestReport>> IngestAsync(IReadOnlyList<ArticleSource> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var ingestion = ArticlePipeline.Ingestion(store.Session, options.Value, time);
        if (ArticlePipeline.ModelExtractor(model, store.Session, time, loggers) is not { } extractor)
            return ingestion.IngestMany(articles, cancellationToken: cancellationToken);
        return await ingestion.IngestManyAsync(articles, extractor, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
