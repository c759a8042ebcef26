using System.Net;
using Microsoft.Extensions.Logging;
using TalentBot.Alerts.Delivery;
using TalentBot.Chat.Delivery;
using TalentBot.Core.Alerts;
using TalentBot.Slack.Messages;
using TalentBot.Slack.WebApi;

namespace TalentBot.Slack.Delivery;

/// <summary>
/// Alerts and digests in Slack channels through <c>chat.postMessage</c> with the bot token, on
/// <see cref="SlackWebApiClient"/> (5xx and short 429s retried, one message a second per channel). Final: a channel
/// not found, not joined or archived, a rejected token, a missing scope.
/// </summary>
public sealed class SlackChannelSender(SlackWebApiClient web, ReplyRenderer renderer, ILogger<SlackChannelSender> logger)
    : ChatDeliverySender<SlackMessage>("Slack", TargetKind.SlackChannel, DeliveryFormat.Slack, logger)
{
    /// <summary>The metadata event type that marks TalentBot's alert and digest posts.</summary>
    public const string MetadataEventType = "talentbot_delivery";

    protected override IReadOnlyList<SlackMessage> Render(Notification notification) => renderer.Messages(notification.Reply);

    protected override SlackMessage Notice(string text) => ReplyMessages.Text(text, isPrivate: false);

    /// <summary>A stored address that is not a Slack conversation id (saved before ids were checked) fails for good, unsent.</summary>
    protected override string? Unusable(DeliveryTarget target) =>
        ChannelIds.IsValid(target) ? null : "the address is not a Slack channel id (C, G or D, then capitals and digits); nothing was sent";

    protected override async Task<Posted> PostAsync(DeliveryTarget target, SlackMessage message, MessagePart part, CancellationToken cancellationToken)
    {
        // chat.postMessage takes no idempotency key: a retry after a lost response posts the message again. The delivery
        // id in the metadata at least lets a duplicate be recognised as one.
        var metadata = part.IsNotice ? null : new MessageMetadata(MetadataEventType, new Dictionary<string, string> { ["id"] = part.DeliveryId });
        try
        {
            await web.PostMessageAsync(target.Address, message, threadTs: null, metadata, cancellationToken).ConfigureAwait(false);
            return Posted.Delivered;
        }
        catch (SlackApiException e)
        {
            if (TargetGone(e.Error) is { } gone) return new Posted(gone);
            var result = Failure(e);
            return new Posted(result, Malformed: result is DeliveryResult.Permanent);
        }
    }
    /// <summary>The errors that say the bot can no longer post there, or null for any other.</summary>
    private static DeliveryResult.Permanent? TargetGone(string error) => error switch
    {
        "channel_not_found" => new("the channel no longer exists, or the bot cannot see it (channel_not_found)"),
        "not_in_channel" => new("the bot is not a member of this channel (not_in_channel)"),
        "is_archived" => new("the channel is archived (is_archived)"),
        "invalid_auth" or "not_authed" or "account_inactive" or "token_revoked" or "token_expired" =>
            new($"Slack no longer accepts the bot's token ({error})"),
        "missing_scope" => new("the bot lacks the chat:write scope (missing_scope)"),
        _ => null,
    };

    /// <summary>
    /// Any other error: rate limits and Slack's own failures are worth retrying; the rest (<c>invalid_blocks</c>,
    /// <c>msg_blocks_too_long</c>) mean the message was wrong, which retrying cannot mend.
    /// </summary>
    private static DeliveryResult Failure(SlackApiException e) => e.Error switch
    {
        "ratelimited" or "rate_limited" => new DeliveryResult.Transient($"Slack rate limited the channel ({e.Error})", e.RetryAfter),
        // An ok without the message's ts: the post may well be there, and a possible duplicate is a lesser harm than a pause.
        "invalid_response" or "internal_error" or "fatal_error" or "service_unavailable" or "request_timeout" =>
            new DeliveryResult.Transient($"Slack failed ({e.Error})", e.RetryAfter),
        _ when e.Status == HttpStatusCode.TooManyRequests || (int)e.Status >= 500 =>
            new DeliveryResult.Transient($"Slack answered {(int)e.Status} ({e.Error})", e.RetryAfter),
        _ => new DeliveryResult.Permanent($"Slack refused the message ({e.Error})"),
    };
}
