using System.Buffers;
using System.Globalization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TalentBot.Chat.Requests;

/// <summary>What a platform's signed requests must satisfy besides their signature.</summary>
/// <param name="Platform">Names the platform in log lines.</param>
/// <param name="MaxBodyBytes">The largest body read; a larger one is refused as soon as it is seen, never buffered whole.</param>
/// <param name="TimestampWindow">How far the signed timestamp (Unix seconds) may be from now, either side.</param>
public sealed record SignedRequestPolicy(string Platform, int MaxBodyBytes, TimeSpan TimestampWindow);

/// <summary>
/// Verifies before anything is parsed: the signature headers must be there, the raw body is read once under the
/// size cap, the signature is checked over exactly those bytes, the timestamp against the injected clock, and the
/// bytes must be UTF-8 (JSON and form readers leave the bytes of a string they are not asked for unchecked). The
/// result is a <see cref="VerifiedRequest"/> or a typed <see cref="RefusedRequest"/>, never an exception for
/// anything a client sends; <see cref="RefuseAsync"/> answers a refusal and logs it in one line. Typed by its
/// platform's signature, so each adapter's endpoints get their own reader from one container. Thread-safe.
/// </summary>
public sealed class SignedRequestReader<TSignature>(TSignature signature, SignedRequestPolicy policy, TimeProvider time)
    where TSignature : IRequestSignature
{
    public async Task<SignedRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var signed = request.Headers[TSignature.SignatureHeader].ToString();
        var timestamp = request.Headers[TSignature.TimestampHeader].ToString();
        if (signed.Length == 0 || timestamp.Length == 0)
            return new RefusedRequest(Refusal.Unsigned, StatusCodes.Status401Unauthorized, "missing signature headers");

        byte[]? body;
        try
        {
            body = request.ContentLength > policy.MaxBodyBytes ? null : await ReadBodyAsync(request, policy.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own verdict on the body (too slow, cut short): the client's fault, answered and logged in one line.
            return new RefusedRequest(Refusal.Unreadable, e.StatusCode, "unreadable body: " + e.Message);
        }
        catch (Exception e) when (e is IOException || (e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return new RefusedRequest(Refusal.ConnectionClosed, StatusCodes.Status400BadRequest, "the connection closed before the body was read");
        }
        if (body is null) return new RefusedRequest(Refusal.TooLarge, StatusCodes.Status413PayloadTooLarge, "body over the size limit");
        if (!signature.Verify(timestamp, body, signed)) return new RefusedRequest(Refusal.BadSignature, StatusCodes.Status401Unauthorized, "invalid signature");
        if (!IsFresh(timestamp))
            return new RefusedRequest(Refusal.Stale, StatusCodes.Status401Unauthorized, $"timestamp more than {policy.TimestampWindow.TotalSeconds:0} s from now");
        if (!Utf8.IsValid(body)) return new RefusedRequest(Refusal.NotUtf8, StatusCodes.Status400BadRequest, "not UTF-8");
        return new VerifiedRequest(body);
    }

    /// <summary>
    /// Answers <paramref name="refused"/> with its status and reason (only "invalid request signature" for a 401: a
    /// forger learns nothing) and logs one line, under <paramref name="logger"/>'s category, without a stack trace:
    /// a flood of bad requests cannot flood the error log.
    /// </summary>
    public async Task RefuseAsync(HttpContext context, RefusedRequest refused, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(refused);
        RequestLog.Refused(logger, policy.Platform, context.Request.Path.Value ?? "", refused.Status, refused.Reason);
        // A client that has gone has no one to read the answer.
        if (context.RequestAborted.IsCancellationRequested) return;
        context.Response.StatusCode = refused.Status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(refused.IsUnauthenticated ? "invalid request signature" : refused.Reason,
            context.RequestAborted).ConfigureAwait(false);
    }

    private bool IsFresh(string timestamp) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - seconds) <= policy.TimestampWindow.TotalSeconds;

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
