using TalentBot.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentBot.Feeds;
using TalentBot.Knowledge;
using TalentBot.Llm;
using TalentBot.Llm.Extraction;

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
        var session = store.Session;
        var settings = options.Value;
        var ingestion = new ArticleIngestion(session.Store, session.Extractor, time,
            new IngestionOptions { MaxBatchArticles = settings.BatchArticles, MaxConcurrentEnrichments = settings.ModelConcurrency });
        if (model.Connection is not { Options.ExtractMoves: true } connection)
            return ingestion.IngestMany(articles, cancellationToken: cancellationToken);
        var extractor = new ModelMoveExtractor(connection, session.Store.Registry, time, loggers.CreateLogger<ModelMoveExtractor>());
        return await ingestion.IngestManyAsync(articles, extractor, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
