using System.Net.Http.Headers;

namespace TalentBot.Llm;

/// <summary>
/// Puts the key where the provider expects it: <c>Authorization: Bearer</c> for OpenAI-compatible servers,
/// <c>api-key</c> for Azure OpenAI, and nowhere when no key is configured (local servers).
/// </summary>
internal sealed class CredentialHandler(LlmOptions options) : DelegatingHandler
{
    /// <summary>What the OpenAI client is given when there is no key; it never leaves this process.</summary>
    public const string NoKey = "no-key";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = null;
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            if (options.Provider == LlmProvider.AzureOpenAI) request.Headers.TryAddWithoutValidation("api-key", options.ApiKey);
            else request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
