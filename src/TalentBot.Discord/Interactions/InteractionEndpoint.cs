using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentBot.Discord.Messages;
using TalentBot.Answering;

namespace TalentBot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c>. Verifies before it parses: the body is read raw under a size cap (413),
/// the Ed25519 signature and the timestamp window are checked (401 on any failure), and only then is the JSON read
/// (400 if malformed: <see cref="InteractionShape"/>). A body Kestrel gives up on (too slow, cut off) is the client's
/// fault: answered with Kestrel's status and one log line. The interaction's one initial response is the HTTP
/// response; a deferred reply is finished after it has gone. Never a 500: a bug is logged and answered with a polite private message. Thread-safe.
/// </summary>
public sealed class InteractionEndpoint(
    InteractionSignature signature,
    InteractionDispatcher dispatcher,
    FollowUps followUps,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<InteractionEndpoint> logger)
{
    public const string Path = "/discord/interactions";
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var signed = request.Headers[SignatureHeader].ToString();
        var timestamp = request.Headers[TimestampHeader].ToString();
        if (signed.Length == 0 || timestamp.Length == 0)
        {
            await RejectAsync(context, StatusCodes.Status401Unauthorized, "missing signature headers").ConfigureAwait(false);
            return;
        }

        var limit = options.Value.MaxRequestBytes;
        byte[]? body;
        try
        {
            body = request.ContentLength > limit ? null : await ReadBodyAsync(request, limit, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own verdict on the body (too slow, cut short): the client's fault, answered and logged in one line.
            await RejectAsync(context, e.StatusCode, "unreadable body: " + e.Message).ConfigureAwait(false);
            return;
        }
        catch (Exception e) when (e is IOException || (e is OperationCanceledException && context.RequestAborted.IsCancellationRequested))
        {
            await RejectAsync(context, StatusCodes.Status400BadRequest, "the connection closed before the body was read").ConfigureAwait(false);
            return;
        }
        if (body is null)
        {
            await RejectAsync(context, StatusCodes.Status413PayloadTooLarge, "body over the size limit").ConfigureAwait(false);
            return;
        }
        if (!signature.Verify(timestamp, body, signed))
        {
            await RejectAsync(context, StatusCodes.Status401Unauthorized, "invalid signature").ConfigureAwait(false);
            return;
        }
        if (!IsFresh(timestamp))
        {
            await RejectAsync(context, StatusCodes.Status401Unauthorized, "timestamp outside the window").ConfigureAwait(false);
            return;
        }

        var (interaction, problem) = Parse(body);
        if (interaction is null)
        {
            await RejectAsync(context, StatusCodes.Status400BadRequest, "malformed interaction: " + problem).ConfigureAwait(false);
            return;
        }

        InteractionReply reply;
        try
        {
            reply = await dispatcher.DispatchAsync(interaction, followUps.Abandoned).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            DiscordLog.AnswerFailed(logger, e, interaction.Id, interaction.Data?.Name ?? "");
            reply = InteractionReply.Now(ReplyMessages.Notice(Locales.LanguageOf(interaction), Phrase.ChatFailed));
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        // Serialized first, so the response goes out in one write with a Content-Length instead of in chunks.
        var json = JsonSerializer.SerializeToUtf8Bytes(reply.Initial, DiscordJson.Default.InteractionCallback);
        response.ContentLength = json.Length;
        await response.Body.WriteAsync(json, context.RequestAborted).ConfigureAwait(false);
        if (reply.FollowUp is { } followUp)
        {
            // The deferral must reach Discord before the edit that completes it.
            await response.CompleteAsync().ConfigureAwait(false);
            followUps.Start(interaction.Id, followUp);
        }
    }

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

    private bool IsFresh(string timestamp)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return false;
        var age = Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - seconds);
        return age <= options.Value.SignatureWindowSeconds;
    }

    /// <summary>The interaction, or why the body is not one: never an exception, whatever a signed body holds.</summary>
    private static (Interaction? Interaction, string Problem) Parse(byte[] body)
    {
        // Checked whole first: the reader leaves the bytes of a string it is not asked to read unchecked.
        if (!Utf8.IsValid(body)) return (null, "not UTF-8");
        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJson.Default.Interaction);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            return (null, "not an interaction's JSON");
        }
        if (interaction is null) return (null, "null");
        return InteractionShape.Problem(interaction) is { } problem ? (null, problem) : (interaction, "");
    }

    private async Task RejectAsync(HttpContext context, int status, string reason)
    {
        DiscordLog.Rejected(logger, status, reason);
        // A client that has gone has no one to read the answer.
        if (context.RequestAborted.IsCancellationRequested) return;
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(status == StatusCodes.Status401Unauthorized ? "invalid request signature" : reason,
            context.RequestAborted).ConfigureAwait(false);
    }
}
