using System.ComponentModel.DataAnnotations;

namespace TalentBot.Llm;

/// <summary>Which API dialect the endpoint speaks; both use the OpenAI wire format.</summary>
public enum LlmProvider
{
    /// <summary>OpenAI, or any server speaking its API (Ollama, llama.cpp, vLLM): <c>Authorization: Bearer KEY</c>.</summary>
    OpenAI,

    /// <summary>
    /// Azure OpenAI's v1 API (<c>https://RESOURCE.openai.azure.com/openai/v1/</c>): the key goes in <c>api-key</c>
    /// and <see cref="LlmOptions.Model"/> and <see cref="LlmOptions.EmbeddingModel"/> are deployment names.
    /// </summary>
    AzureOpenAI,
}

/// <summary>
/// The <c>Llm</c> section. With no <see cref="Endpoint"/> the bot answers from the store alone, exactly as it
/// does without this section. <see cref="ApiKey"/> comes from <c>Llm__ApiKey</c> or user secrets, never from
/// <c>appsettings.json</c>, and is never logged.
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string Section = "Llm";

    /// <summary>The OpenAI-compatible base address, e.g. <c>http://localhost:11434/v1/</c> for Ollama. Empty: no model.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The chat model (the deployment name on Azure). Required with an endpoint.</summary>
    public string? Model { get; set; }

    /// <summary>The embedding model (deployment name on Azure). Empty: free questions rank lexically only.</summary>
    public string? EmbeddingModel { get; set; }

    public LlmProvider Provider { get; set; } = LlmProvider.OpenAI;

    /// <summary>The API key. Local servers need none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The whole budget for one model answer, tool calls and retries included; past it the offline answer is
    /// given. Default 20 s: Discord's follow-up token lasts 15 minutes, but a person waiting does not.
    /// </summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>Rounds of tool calls allowed per question before the model is judged to be looping. Default 4.</summary>
    [Range(1, 16)]
    public int MaxToolRounds { get; set; } = 4;

    /// <summary>Retries of one HTTP call on 429, 408 and 5xx. Default 2.</summary>
    [Range(0, 5)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first retry's delay; later ones back off exponentially with jitter. Default 500 ms.</summary>
    [Range(0, 30_000)]
    public int RetryDelayMilliseconds { get; set; } = 500;

    /// <summary>Whether <c>ingest</c> also asks the model for moves (checked against the article before use). Default on.</summary>
    public bool ExtractMoves { get; set; } = true;

    /// <summary>An empty <c>Llm__Endpoint</c> turns the model off, as unsetting it does.</summary>
    public bool IsEnabled => Endpoint is { OriginalString.Length: > 0 };

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsEnabled) yield break;
        if (!Endpoint!.IsAbsoluteUri || (Endpoint.Scheme != Uri.UriSchemeHttp && Endpoint.Scheme != Uri.UriSchemeHttps))
            yield return new ValidationResult($"{Section}:{nameof(Endpoint)} must be an absolute http or https address, such as http://localhost:11434/v1/.", [nameof(Endpoint)]);
        if (string.IsNullOrWhiteSpace(Model))
            yield return new ValidationResult($"{Section}:{nameof(Model)} is required when {Section}:{nameof(Endpoint)} is set (set Llm__Model).", [nameof(Model)]);
    }
}
