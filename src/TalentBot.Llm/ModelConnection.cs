using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using OpenAI;

namespace TalentBot.Llm;

/// <summary>
/// The configured model endpoint as Semantic Kernel sees it: one <see cref="Kernel"/> with the OpenAI chat
/// connector (and the embedding generator when an embedding model is set), all over one <see cref="HttpClient"/>
/// whose handlers carry the credential and the retries. Thread-safe; each conversation clones the kernel.
/// </summary>
public sealed class ModelConnection
{
    private readonly Kernel _kernel;

    public ModelConnection(LlmOptions options, HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        if (!options.IsEnabled || string.IsNullOrWhiteSpace(options.Model))
            throw new ArgumentException("No model endpoint is configured.", nameof(options));

        Options = options;
        var client = new OpenAIClient(
            // The credential handler rewrites or removes this header, so a keyless local server sees none.
            new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? CredentialHandler.NoKey : options.ApiKey),
            new OpenAIClientOptions
            {
                Endpoint = options.Endpoint,
                Transport = new HttpClientPipelineTransport(httpClient),
                // Retries belong to the HttpClient's resilience handler, which honours Retry-After within the budget.
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = options.Timeout,
            });

        var builder = Kernel.CreateBuilder();
        builder.AddOpenAIChatCompletion(options.Model, client);
        _kernel = builder.Build();
        if (!string.IsNullOrWhiteSpace(options.EmbeddingModel))
            Embeddings = client.GetEmbeddingClient(options.EmbeddingModel).AsIEmbeddingGenerator();
    }

    public LlmOptions Options { get; }

    /// <summary>The chat model's name, as shown in replies.</summary>
    public string Model => Options.Model!;

    /// <summary>The embedding generator, or null when no embedding model is configured.</summary>
    public IEmbeddingGenerator<string, Embedding<float>>? Embeddings { get; }

    /// <summary>A kernel of its own for one conversation, so plugins added for it stay out of every other.</summary>
    public Kernel CreateKernel() => _kernel.Clone();
}
