using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.Logging;
using TalentBot.Alerts.Delivery;
using TalentBot.Chat.Delivery;
using TalentBot.Core.Alerts;
using TalentBot.Slack.Messages;
using TalentBot.Slack.WebApi;

namespace TalentBot.Slack.Delivery;

/// <summary>
/// Alerts and digests through Slack incoming webhooks (webhook targets in the Slack format), at most one a second per
/// webhook. Slack answers 200 <c>ok</c> or an HTTP error with a plain-text code, which says why: a removed webhook, an
/// archived channel or a disabled workspace is final, and <c>invalid_payload</c> is logged as the bug it is. The URL
/// is the credential: only the target's <see cref="DeliveryTarget.Display"/> is ever logged.
/// </summary>
public sealed class SlackWebhookSender(
    IHttpClientFactory httpClients,
    ReplyRenderer renderer,
    TimeProvider time,
    ILogger<SlackWebhookSender> logger) : ChatDeliverySender<IncomingWebhookMessage>("Slack", TargetKind.Webhook, DeliveryFormat.Slack, logger)
{
    public const string HttpClientName = "slack-webhook";

    /// <summary>Slack's error codes are short words; a longer body is not one.</summary>
    private const int MaxErrorCode = 64;

    // Incoming webhooks take no idempotency key: a retry after a lost response, or after a later page failed, posts
    // the pages that did arrive again.
    protected override IReadOnlyList<IncomingWebhookMessage> Render(Notification notification) =>
        renderer.Messages(notification.Reply).Select(m => new IncomingWebhookMessage(m.Text, m.Blocks)).ToList();

    protected override IncomingWebhookMessage Notice(string text)
    {
        var notice = ReplyMessages.Text(text, isPrivate: false);
        return new IncomingWebhookMessage(notice.Text, notice.Blocks);
    }

    protected override async Task<Posted> PostAsync(
        DeliveryTarget target, IncomingWebhookMessage message, MessagePart part, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Address)
        {
            Content = JsonContent.Create(message, SlackJson.Default.IncomingWebhookMessage),
        };
        request.Options.Set(SlackCall.Key, SlackCall.IncomingWebhook(target.Address));
        return await WebhookPost.SendAsync(httpClients.CreateClient(HttpClientName), request, time, RefusedAsync, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Posted> RefusedAsync(HttpResponseMessage response, DeliveryResult byStatus, CancellationToken cancellationToken)
    {
        var error = ErrorCode(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
        var result = Classify(byStatus, error);
        return new Posted(result, Malformed: result is DeliveryResult.Permanent && IsMalformed(error));
    }

    /// <summary>Slack's codes put in words; the status decides what is retried (429 and 5xx), the code only says why.</summary>
    private static DeliveryResult Classify(DeliveryResult byStatus, string? error) => (byStatus, error) switch
    {
        (DeliveryResult.Transient transient, null) => transient,
        (DeliveryResult.Transient transient, _) => transient with { Reason = $"{transient.Reason}: {error}" },
        _ when IsMalformed(error) => new DeliveryResult.Permanent($"Slack refused the message as malformed ({error})"),
        (_, "no_service" or "no_service_id" or "invalid_token" or "no_active_hooks") =>
            new DeliveryResult.Permanent($"the webhook was removed or disabled ({error})"),
        (_, "channel_not_found") => new DeliveryResult.Permanent("the webhook's channel no longer exists (channel_not_found)"),
        (_, "channel_is_archived") => new DeliveryResult.Permanent("the webhook's channel is archived (channel_is_archived)"),
        (_, "action_prohibited" or "posting_to_general_channel_denied") =>
            new DeliveryResult.Permanent($"the workspace does not let this webhook post there ({error})"),
        (_, "no_team" or "team_disabled") => new DeliveryResult.Permanent($"the workspace is gone or disabled ({error})"),
        (DeliveryResult.Permanent permanent, null) => permanent,
        (DeliveryResult.Permanent permanent, _) => permanent with { Reason = $"{permanent.Reason}: {error}" },
        _ => byStatus,
    };

    /// <summary>Codes that mean our message was wrong, not the target: a bug in rendering, which retrying cannot mend either.</summary>
    private static bool IsMalformed(string? error) => error is "invalid_payload" or "no_text" or "too_many_attachments";

    /// <summary>The plain-text error code Slack sent (<c>no_service</c>), or null when the body is not one.</summary>
    private static string? ErrorCode(byte[] body)
    {
        if (body.Length is 0 or > MaxErrorCode) return null;
        var text = Encoding.UTF8.GetString(body).Trim();
        return text.Length > 0 && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_') ? text : null;
    }
}
