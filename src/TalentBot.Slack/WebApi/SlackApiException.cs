using System.Globalization;
using System.Net;

namespace TalentBot.Slack.WebApi;

/// <summary>
/// Slack refused a call (<c>ok:false</c> with its error code, or an HTTP error), or kept failing after the retries:
/// nothing is dropped silently. <see cref="Method"/> names the method (never a token or a <c>response_url</c>);
/// <see cref="RetryAfter"/> is set for a 429 whose wait was too long to hold the call open.
/// </summary>
public sealed class SlackApiException(string method, HttpStatusCode status, string error, TimeSpan? retryAfter = null)
    : Exception(Describe(method, status, error, retryAfter))
{
    public string Method { get; } = method;

    public HttpStatusCode Status { get; } = status;

    /// <summary>Slack's error code (<c>channel_not_found</c>, <c>ratelimited</c>, <c>invalid_auth</c> …).</summary>
    public string Error { get; } = error;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The token is not accepted: retrying or reconnecting with it cannot help.</summary>
    public bool IsAuthenticationFailure => Error is "invalid_auth" or "not_authed" or "token_revoked" or "token_expired"
        or "account_inactive" or "not_allowed_token_type" or "missing_scope";

    private static string Describe(string method, HttpStatusCode status, string error, TimeSpan? retryAfter)
    {
        var wait = retryAfter is { } after ? $", retry after {after.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s" : "";
        return $"Slack answered {(int)status} to {method}: {error}{wait}.";
    }
}
