using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TalentBot.Answering;
using TalentBot.Chat.Requests;
using TalentBot.Discord.Messages;

namespace TalentBot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c>. Verifies before it parses (<see cref="SignedRequestReader{TSignature}"/> with
/// the Ed25519 <see cref="InteractionSignature"/>: 401, 413, Kestrel's status for a body it gave up on, 400 for bytes
/// that are not UTF-8), and only then is the JSON read (400 if malformed: <see cref="InteractionShape"/>); each
/// refusal is one log line. The interaction's one initial response is the HTTP response; a deferred reply is finished
/// after it has gone. Never a 500: a bug is logged and answered with a polite private message. Thread-safe.
/// </summary>
public sealed class InteractionEndpoint(
    SignedRequestReader<InteractionSignature> reader,
    InteractionDispatcher dispatcher,
    FollowUps followUps,
    ILogger<InteractionEndpoint> logger)
{
    public const string Path = "/discord/interactions";

    public async Task HandleAsync(HttpContext context)
    {
        var (interaction, refused) = Interpret(await reader.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false));
        if (interaction is null)
        {
            await reader.RefuseAsync(context, refused!, logger).ConfigureAwait(false);
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

    /// <summary>The interaction, or why the request is not one: never an exception, whatever a signed body holds.</summary>
    private static (Interaction? Interaction, RefusedRequest? Refused) Interpret(SignedRequest request) => request switch
    {
        RefusedRequest refused => (null, refused),
        VerifiedRequest verified => verified.ReadJson(DiscordJson.Default.Interaction) switch
        {
            null => (null, RefusedRequest.Malformed("malformed interaction: not an interaction's JSON")),
            var interaction when InteractionShape.Problem(interaction) is { } problem => (null, RefusedRequest.Malformed("malformed interaction: " + problem)),
            var interaction => (interaction, null),
        },
        _ => throw new InvalidOperationException("A signed request is verified or refused."),
    };
}
