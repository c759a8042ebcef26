using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TalentBot.Answering;
using TalentBot.Knowledge;
using TalentBot.Llm;
using TalentBot.Llm.Answering;

namespace TalentBot.Hosting;

/// <summary>
/// The long-running host's answers: model-backed when the <c>Llm</c> section names an endpoint, offline otherwise;
/// and, with an embedding model, the sentences the store has no vector for yet embedded in the background at start.
/// </summary>
internal static class ModelAnswering
{
    /// <summary>Registers <see cref="IAnswerService"/>; call before any fallback registration of the offline one.</summary>
    public static IServiceCollection AddModelAnswering(this IServiceCollection services)
    {
        services.AddSingleton<IAnswerService>(provider =>
        {
            var store = provider.GetRequiredService<KnowledgeStore>();
            var answerer = provider.GetRequiredService<QuestionAnswerer>();
            return provider.GetRequiredService<ConfiguredModel>().Connection is { } model
                ? new ModelAnswerService(answerer, store.Registry, model, provider.GetRequiredService<TimeProvider>(),
                    provider.GetRequiredService<ILogger<ModelAnswerService>>(), provider.GetService<IMeterFactory>())
                : new OfflineAnswerService(answerer);
        });
        services.AddHostedService<SentenceEmbeddingBackfill>();
        return services;
    }

    /// <summary>Embeds what ingestion left unembedded without holding up start-up: until it ends, ranking is lexical.</summary>
    private sealed class SentenceEmbeddingBackfill(KnowledgeStore store, ConfiguredModel model, ILogger<SentenceEmbeddingBackfill> logger)
        : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
            model.Connection?.Embeddings is null
                ? Task.CompletedTask
                : SentenceEmbedding.PrepareAsync(store, model.Connection, logger, stoppingToken);
    }
}
