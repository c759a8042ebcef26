using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TalentBot.Chat.Requests;

/// <summary>A request's raw body once its signature checked out, or why it was refused.</summary>
public abstract record SignedRequest;

/// <summary>Signed by the platform, within the window, under the size cap and valid UTF-8: the body may now be parsed.</summary>
public sealed record VerifiedRequest(byte[] Body) : SignedRequest
{
    /// <summary>
    /// The body as <typeparamref name="T"/>, or null for anything that is not its JSON: never an exception, whatever
    /// a signed body holds (the caller refuses the null as a malformed request).
    /// </summary>
    public T? ReadJson<T>(JsonTypeInfo<T> type) where T : class => ReadJson(Body, type);

    /// <inheritdoc cref="ReadJson{T}(JsonTypeInfo{T})"/>
    public static T? ReadJson<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> type) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(json, type);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }
}

/// <summary>Why a request was refused; each is the client's doing, answered with its status and logged in one line.</summary>
public enum Refusal
{
    /// <summary>The signature or timestamp header is missing (401).</summary>
    Unsigned,

    /// <summary>The signature does not sign the timestamp and body (401).</summary>
    BadSignature,

    /// <summary>Correctly signed, but the timestamp is outside the window: a replay, or a clock far off (401).</summary>
    Stale,

    /// <summary>The body is over the size cap (413).</summary>
    TooLarge,

    /// <summary>Kestrel gave up on the body (too slow, cut short): its own status, 408 or 400.</summary>
    Unreadable,

    /// <summary>The connection closed before the body was read (400).</summary>
    ConnectionClosed,

    /// <summary>Signed, but bytes that are not UTF-8 (400).</summary>
    NotUtf8,

    /// <summary>Signed and UTF-8, but not the shape the platform sends: the adapter's own verdict (400).</summary>
    Malformed,
}

/// <summary>A refused request: its <see cref="Refusal"/>, the HTTP status that answers it, and a short reason for the log and the client.</summary>
public sealed record RefusedRequest(Refusal Refusal, int Status, string Reason) : SignedRequest
{
    /// <summary>A signed body the adapter could not read as what its platform sends.</summary>
    public static RefusedRequest Malformed(string reason) => new(Refusal.Malformed, 400, reason);

    /// <summary>True for the refusals that mean the request is not the platform's: the client is told no more than that.</summary>
    public bool IsUnauthenticated => Refusal is Refusal.Unsigned or Refusal.BadSignature or Refusal.Stale;
}
