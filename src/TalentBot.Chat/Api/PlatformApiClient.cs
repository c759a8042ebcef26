namespace TalentBot.Chat.Api;

/// <summary>What a platform's API client is given by its adapter's options, read when the client is built.</summary>
/// <param name="BaseAddress">The API's root, ending in a slash so relative paths stay below it.</param>
/// <param name="UserAgent">The User-Agent every call carries, in the form the platform asks for.</param>
/// <param name="MaxRetries">Retries after a 5xx, a timeout or a 429; 0 turns retrying off.</param>
/// <param name="AttemptTimeout">Time allowed for one attempt, rate-limit waits excluded.</param>
/// <param name="MaxRetryAfter">The longest 429 wait retried in place; a longer one fails the call, so an outbox can reschedule.</param>
internal sealed record PlatformApiSettings(Uri BaseAddress, string UserAgent, int MaxRetries, TimeSpan AttemptTimeout, TimeSpan MaxRetryAfter);

/// <summary>
/// The protocol a platform's API client keeps to itself, for
/// <see cref="PlatformApiClients.AddPlatformApiClient{TOptions, TAuthentication, TRateLimit}"/>: its User-Agent, how
/// its 429s say how long to wait, and how a call is named in logs (never by its URL, which may hold a token).
/// </summary>
public sealed class PlatformApiClient<TOptions> where TOptions : PlatformApiOptions
{
    /// <summary>The named <see cref="HttpClient"/> the adapter's client asks <see cref="IHttpClientFactory"/> for.</summary>
    public required string Name { get; init; }

    public required Func<TOptions, string> UserAgent { get; init; }

    /// <summary>How long a 429 says to wait, or null when it does not say. The response's content is buffered.</summary>
    public required Func<HttpResponseMessage, CancellationToken, ValueTask<TimeSpan?>> RetryAfter { get; init; }

    /// <summary>The call's name for logs: a route or a method, never a URL.</summary>
    public required Func<HttpRequestMessage, string> CallName { get; init; }
}
