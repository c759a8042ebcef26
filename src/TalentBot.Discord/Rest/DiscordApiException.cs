using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TalentBot.Discord.Rest;

/// <summary>Discord's error body: a JSON code, a message, and on a 429 how long to wait and whether the limit is global.</summary>
public sealed record DiscordError(
    int? Code,
    string? Message,
    [property: JsonPropertyName("retry_after")] double? RetryAfter,
    bool? Global);

/// <summary>The part of a created message TalentBot keeps: its id.</summary>
public sealed record CreatedMessage(string Id);

/// <summary>
/// Discord refused a call, or kept failing after the retries: nothing is dropped silently. <see cref="Route"/> is
/// the route template (no token); <see cref="Code"/> is Discord's JSON error code when it sent one;
/// <see cref="RetryAfter"/> is set for a 429 whose wait was too long to hold the call open.
/// </summary>
public sealed class DiscordApiException(string route, HttpStatusCode status, int? code, string? discordMessage, TimeSpan? retryAfter)
    : Exception(Describe(route, status, code, discordMessage))
{
    public string Route { get; } = route;

    public HttpStatusCode Status { get; } = status;

    public int? Code { get; } = code;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The target will not accept anything more (unknown channel, webhook or interaction; no access).</summary>
    public bool IsPermanent => Status is HttpStatusCode.NotFound or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

    private static string Describe(string route, HttpStatusCode status, int? code, string? message)
    {
        var detail = code is null ? message : $"{code.Value.ToString(CultureInfo.InvariantCulture)} {message}";
        return $"Discord answered {(int)status} {status} to {route}" + (string.IsNullOrWhiteSpace(detail) ? "." : $": {detail.Trim()}.");
    }
}

/// <summary>Reads Discord's error bodies and rate-limit waits. Stateless.</summary>
internal static class DiscordErrors
{
    /// <summary>The error body, or null when there is none or it is not Discord's JSON. The content must be buffered.</summary>
    public static async Task<DiscordError?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, DiscordJson.Default.DiscordError);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>How long a 429 says to wait: the body's <c>retry_after</c> (fractional seconds) first, else <c>Retry-After</c>.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DiscordError? error)
    {
        if (error?.RetryAfter is { } seconds and >= 0) return TimeSpan.FromSeconds(seconds);
        if (response.Headers.RetryAfter?.Delta is { } delta) return delta;
        if (response.Headers.TryGetValues("Retry-After", out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var header))
            return TimeSpan.FromSeconds(header);
        return null;
    }
}
