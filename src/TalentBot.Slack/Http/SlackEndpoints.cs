using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TalentBot.Slack.Conversations;
using TalentBot.Slack.Messages;
using TalentBot.Slack.Requests;
using TalentBot.Answering;
using TalentBot.Chat.Requests;

namespace TalentBot.Slack.Http;

/// <summary>The Events API's answer to <c>url_verification</c>.</summary>
public sealed record UrlVerificationResponse(string Challenge);

/// <summary>
/// Slack's three request URLs in HTTP mode. Each verifies before it parses (<see cref="SignedRequestReader{TSignature}"/>: 401,
/// 413, 400 for bytes that are not UTF-8), then reads its body (400 if malformed), hands the delivery to <see cref="SlackDispatcher"/>, and answers 200
/// with the acknowledgement; work that follows starts once the response has gone. Never a 500: a bug is logged and,
/// where someone is waiting, answered with a polite private message. Thread-safe.
/// </summary>
public sealed class SlackEndpoints(
    SignedRequestReader<RequestSignature> reader,
    SlackDispatcher dispatcher,
    FollowUps followUps,
    IHostApplicationLifetime lifetime,
    ILogger<SlackEndpoints> logger)
{
    public const string CommandsPath = "/slack/commands";
    public const string EventsPath = "/slack/events";
    public const string InteractivityPath = "/slack/interactivity";

    private const string RetryNumHeader = "X-Slack-Retry-Num";
    private const string RetryReasonHeader = "X-Slack-Retry-Reason";

    /// <summary><c>POST /slack/commands</c>: a slash command as form fields.</summary>
    public async Task CommandsAsync(HttpContext context)
    {
        if (await VerifiedBodyAsync(context).ConfigureAwait(false) is not { } body) return;
        if (!FormBody.TryParse(body.Body, out var fields))
        {
            await RefuseAsync(context, "malformed form body").ConfigureAwait(false);
            return;
        }
        // Slack's certificate probe for distributed apps: an empty 200 is the whole answer.
        if (fields.TryGetValue("ssl_check", out var probe) && probe == "1")
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }
        if (SlashCommand.From(fields) is not { } command)
        {
            await RefuseAsync(context, "not a slash command").ConfigureAwait(false);
            return;
        }

        SlackAck ack;
        try
        {
            ack = await dispatcher.CommandAsync(command, lifetime.ApplicationStopping).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            SlackLog.AnswerFailed(logger, e, command.TriggerId ?? command.Command);
            ack = SlackAck.Now(ReplyMessages.Notice(AskedInput.Of(command.Input, command.Text).Fallback, Phrase.ChatFailed));
        }
        await AcknowledgeAsync(context, ack).ConfigureAwait(false);
    }

    /// <summary><c>POST /slack/events</c>: <c>url_verification</c> and <c>event_callback</c> as JSON.</summary>
    public async Task EventsAsync(HttpContext context)
    {
        if (await VerifiedBodyAsync(context).ConfigureAwait(false) is not { } body) return;
        if (body.ReadJson(SlackJson.Default.EventEnvelope) is not { Type: { Length: > 0 } type } envelope)
        {
            await RefuseAsync(context, "malformed event").ConfigureAwait(false);
            return;
        }
        if (type == EventEnvelope.UrlVerification)
        {
            if (envelope.Challenge is not { Length: > 0 } challenge)
            {
                await RefuseAsync(context, "url_verification without a challenge").ConfigureAwait(false);
                return;
            }
            SlackLog.UrlVerified(logger);
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/json";
            await JsonSerializer.SerializeAsync(context.Response.Body, new UrlVerificationResponse(challenge),
                SlackJson.Default.UrlVerificationResponse, context.RequestAborted).ConfigureAwait(false);
            return;
        }
        if (context.Request.Headers[RetryNumHeader].ToString() is { Length: > 0 } retry)
            SlackLog.Redelivered(logger, retry, context.Request.Headers[RetryReasonHeader].ToString());

        await AcknowledgeAsync(context, Safely(() => dispatcher.Event(envelope), envelope.EventId)).ConfigureAwait(false);
    }

    /// <summary><c>POST /slack/interactivity</c>: a <c>payload</c> form field holding the JSON of a click.</summary>
    public async Task InteractivityAsync(HttpContext context)
    {
        if (await VerifiedBodyAsync(context).ConfigureAwait(false) is not { } body) return;
        if (!FormBody.TryParse(body.Body, out var fields) || !fields.TryGetValue("payload", out var json)
            || VerifiedRequest.ReadJson(Encoding.UTF8.GetBytes(json), SlackJson.Default.InteractionPayload) is not { Type: { Length: > 0 } } payload)
        {
            await RefuseAsync(context, "malformed interaction payload").ConfigureAwait(false);
            return;
        }
        await AcknowledgeAsync(context, Safely(() => dispatcher.Interaction(payload), payload.TriggerId)).ConfigureAwait(false);
    }

    private async Task<VerifiedRequest?> VerifiedBodyAsync(HttpContext context)
    {
        switch (await reader.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false))
        {
            case VerifiedRequest verified:
                return verified;
            case RefusedRequest refused:
                await reader.RefuseAsync(context, refused, logger).ConfigureAwait(false);
                return null;
            default:
                throw new InvalidOperationException("A signed request is verified or refused.");
        }
    }

    private Task RefuseAsync(HttpContext context, string reason) => reader.RefuseAsync(context, RefusedRequest.Malformed(reason), logger);

    /// <summary>The one 200 a delivery gets, then the work that follows it, once the response has reached Slack.</summary>
    private async Task AcknowledgeAsync(HttpContext context, SlackAck ack)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        if (ack.Response is { } reply)
        {
            // Serialised whole, so the response carries a Content-Length instead of chunked framing: replies are small.
            var json = JsonSerializer.SerializeToUtf8Bytes(reply, SlackJson.Default.CommandResponse);
            response.ContentType = "application/json";
            response.ContentLength = json.Length;
            await response.Body.WriteAsync(json, context.RequestAborted).ConfigureAwait(false);
        }
        if (ack.Then is { } then)
        {
            await response.CompleteAsync().ConfigureAwait(false);
            followUps.Start(then);
        }
    }

    /// <summary>Events and clicks have no one waiting on the acknowledgement: a bug is logged and acknowledged, never a 500.</summary>
    private SlackAck Safely(Func<SlackAck> dispatch, string? id)
    {
        try
        {
            return dispatch();
        }
        catch (Exception e)
        {
            SlackLog.AnswerFailed(logger, e, id ?? "");
            return SlackAck.Empty;
        }
    }
}
