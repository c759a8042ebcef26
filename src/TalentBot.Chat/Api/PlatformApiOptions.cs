using System.ComponentModel.DataAnnotations;

namespace TalentBot.Chat.Api;

/// <summary>
/// The settings of a platform's API client, the same in each adapter's section (<c>Discord:ApiMaxRetries</c>,
/// <c>Slack:ApiMaxRetries</c> …); each adapter's options derive from it and give the API's address. Read once at
/// start; treat as immutable.
/// </summary>
public abstract class PlatformApiOptions
{
    protected PlatformApiOptions(string apiBaseUrl) => ApiBaseUrl = apiBaseUrl;

    /// <summary>The platform's API, version included where it has one; tests point it at a fake.</summary>
    [Required]
    public string ApiBaseUrl { get; set; }

    /// <summary>Retries of an API call after a 5xx, a timeout or a 429. Default 3.</summary>
    [Range(0, 10)]
    public int ApiMaxRetries { get; set; } = 3;

    /// <summary>Time allowed for one API attempt, rate-limit waits excluded. Default 15 s.</summary>
    [Range(1, 120)]
    public int ApiAttemptTimeoutSeconds { get; set; } = 15;

    /// <summary>
    /// The longest 429 wait retried in place. Default 30 s; a longer one fails the call with the wait in the error,
    /// so the caller (an outbox) reschedules instead of holding a request open.
    /// </summary>
    [Range(1, 600)]
    public int MaxRetryAfterSeconds { get; set; } = 30;

    public TimeSpan MaxRetryAfter => TimeSpan.FromSeconds(MaxRetryAfterSeconds);

    /// <summary>What is wrong with <see cref="ApiBaseUrl"/>, naming the setting in <paramref name="section"/>; null when it is an absolute http(s) URL.</summary>
    public string? ApiBaseUrlProblem(string section, string example) =>
        Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) && api.Scheme is "https" or "http"
            ? null
            : $"{section}:{nameof(ApiBaseUrl)} must be an absolute http(s) URL such as {example}.";

    internal PlatformApiSettings Settings(string userAgent) =>
        new(new Uri(ApiBaseUrl.TrimEnd('/') + "/"), userAgent, ApiMaxRetries, TimeSpan.FromSeconds(ApiAttemptTimeoutSeconds), MaxRetryAfter);
}
