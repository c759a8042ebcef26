using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using TalentBot.Core.Knowledge;

namespace TalentBot.Llm;

/// <summary>
/// Embeds the sentences that have no vector yet under the configured embedding model, in batches, and loads the
/// vectors for search. Run after ingestion and when a host opens the store; each sentence is embedded once per
/// model, however many questions follow. A failing endpoint leaves search lexical and is retried next time.
/// </summary>
public static partial class SentenceEmbedding
{
    /// <summary>Sentences per embeddings request: few enough to stay under providers' input limits.</summary>
    public const int BatchSize = 64;

    /// <returns>How many sentences have a vector afterwards, or null when no embedding model is configured.</returns>
    public static async Task<int?> PrepareAsync(ISentenceVectorStore store, ModelConnection? model, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(logger);
        if (model?.Embeddings is not { } generator) return null;
        var name = model.Options.EmbeddingModel!;
        var added = 0;
        try
        {
            string? after = null;
            while (store.SentencesWithoutVectors(name, after, BatchSize) is { Count: > 0 } batch)
            {
                after = batch[^1].SentenceId;
                var vectors = await generator.GenerateAsync(batch.Select(s => s.Text), cancellationToken: cancellationToken).ConfigureAwait(false);
                if (vectors.Count != batch.Count)
                    throw new InvalidDataException($"The embedding model returned {vectors.Count} vectors for {batch.Count} sentences.");
                store.AddSentenceVectors(name, batch.Select((s, i) => (s.SentenceId, vectors[i].Vector.ToArray())).ToList());
                added += batch.Count;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, added, e.GetType().Name, e.Message);
        }
        return store.UseSentenceVectors(name);
    }

    /// <summary>The vector of a question, or null when there is no embedding model or it fails (search stays lexical).</summary>
    public static async Task<QueryEmbedding?> EmbedQuestionAsync(ModelConnection model, string question, ILogger logger, CancellationToken cancellationToken)
    {
        if (model.Embeddings is not { } generator) return null;
        try
        {
            var vector = await generator.GenerateVectorAsync(question, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new QueryEmbedding(model.Options.EmbeddingModel!, vector.ToArray());
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, 0, e.GetType().Name, e.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedding failed after {Added} new sentence vectors; search stays lexical for the rest: {ErrorType} {ErrorMessage}")]
    private static partial void LogFailed(ILogger logger, int added, string errorType, string errorMessage);
}
