using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace TalentBot.Slack.Http;

/// <summary>A request's raw body once its signature checked out, or why it was refused.</summary>
public abstract record SignedRequest;

/// <summary>Signed by Slack, within the window: the body may now be parsed.</summary>
public sealed record VerifiedRequest(byte[] Body) : SignedRequest;

/// <summary>
/// Refused before any parsing: 401 for a missing or bad signature or a stale timestamp, 413 for a body over the cap,
/// Kestrel's status (408, 400) for a body that arrived too slowly or was cut off. All are the client's doing: the
/// caller answers and logs one line, never a stack trace.
/// </summary>
public sealed record RefusedRequest(int Status, string Reason) : SignedRequest;

/// <summary>
/// Verifies before anything is parsed: the headers must be there, the raw body is read once under
/// <see cref="SlackOptions.MaxRequestBytes"/>, then the signature is checked over exactly those bytes and the
/// timestamp against the injected clock. Thread-safe.
/// </summary>
public sealed class SignedRequestReader(RequestSignature signature, int maxRequestBytes, TimeProvider time)
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    public async Task<SignedRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var signed = request.Headers[SignatureHeader].ToString();
        var timestamp = request.Headers[TimestampHeader].ToString();
        if (signed.Length == 0 || timestamp.Length == 0) return new RefusedRequest(StatusCodes.Status401Unauthorized, "missing signature headers");

        byte[]? body;
        try
        {
            body = request.ContentLength > maxRequestBytes ? null : await ReadBodyAsync(request, maxRequestBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own verdict on the body (too slow, cut short): the client's fault, answered and logged in one line.
            return new RefusedRequest(e.StatusCode, "unreadable body: " + e.Message);
        }
        catch (Exception e) when (e is IOException || (e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return new RefusedRequest(StatusCodes.Status400BadRequest, "the connection closed before the body was read");
        }
        if (body is null) return new RefusedRequest(StatusCodes.Status413PayloadTooLarge, "body over the size limit");
        if (!signature.Verify(timestamp, body, signed)) return new RefusedRequest(StatusCodes.Status401Unauthorized, "invalid signature");
        if (!RequestSignature.IsFresh(timestamp, time.GetUtcNow()))
            return new RefusedRequest(StatusCodes.Status401Unauthorized, "timestamp outside the five-minute window");
        return new VerifiedRequest(body);
    }

    /// <summary>The whole body, or null as soon as it grows past <paramref name="limit"/>: a flood is not buffered.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }
            if (read.IsCompleted)
            {
                var bytes = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return bytes;
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
