using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TalentBot.Answering;
using TalentBot.Knowledge;
using TalentBot.Llm;

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
        services.AddSingleton(provider => provider.GetRequiredService<ConfiguredModel>().AnswerServiceFor(
            provider.GetRequiredService<QuestionAnswerer>(), provider.GetRequiredService<KnowledgeStore>().Registry,
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILoggerFactory>(), provider.GetService<IMeterFactory>()));
        services.AddHostedService<SentenceEmbeddingBackfill>();
        return services;
    }

    /// <summary>Embeds what ingestion left unembedded without holding up start-up: until it ends, ranking is lexical.</summary>
    private sealed class SentenceEmbeddingBackfill(KnowledgeStore store, ConfiguredModel model, ILogger<SentenceEmbeddingBackfill> logger)
        : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
            SentenceEmbedding.PrepareAsync(store, model.Connection, logger, stoppingToken);
    }
}
