using Microsoft.Extensions.Logging;
using TalentBot.Commands;
using TalentBot.Knowledge;
using TalentBot.Llm;
using TalentBot.Llm.Extraction;

namespace TalentBot.Hosting;

/// <summary>How articles go into the store, the same for <c>ingest</c> and for what feeds and watched folders bring.</summary>
internal static class ArticlePipeline
{
    /// <summary>The session's store and rules, batched as the <c>Ingest</c> settings say.</summary>
    public static ArticleIngestion Ingestion(StoreSession session, IngestOptions settings, TimeProvider time) =>
        new(session.Store, session.Extractor, time,
            new IngestionOptions { MaxBatchArticles = settings.BatchArticles, MaxConcurrentEnrichments = settings.ModelConcurrency });

    /// <summary>The model extractor when <c>Llm:Endpoint</c> is set and <c>Llm:ExtractMoves</c> is on; null means rules only, as without a model.</summary>
    public static ModelMoveExtractor? ModelExtractor(ConfiguredModel model, StoreSession session, TimeProvider time, ILoggerFactory loggers) =>
        model.Connection is { Options.ExtractMoves: true } connection
            ? new ModelMoveExtractor(connection, session.Store.Registry, time, loggers.CreateLogger<ModelMoveExtractor>())
            : null;
}
