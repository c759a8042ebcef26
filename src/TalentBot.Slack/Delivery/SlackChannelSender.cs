using System.Net;
using Microsoft.Extensions.Logging;
using TalentBot.Alerts.Delivery;
using TalentBot.Core.Alerts;
using TalentBot.Slack.Messages;
using TalentBot.Slack.WebApi;

namespace TalentBot.Slack.Delivery;

/// <summary>
/// Posts alerts and digests to Slack channels with the bot token, through <c>chat.postMessage</c> on
/// <see cref="SlackWebApiClient"/> (which retries 5xx and short 429s and keeps to one message a second per channel):
/// each page of the rendered reply as one message, in order. A channel the bot cannot post in any more (not found,
/// not a member, archived, a rejected token or a missing scope) fails for good. Registered only when a bot token is
/// configured. Thread-safe.
/// </summary>
public sealed class SlackChannelSender(SlackWebApiClient web, ReplyRenderer renderer, ILogger<SlackChannelSender> logger) : IDeliverySender
{
    /// <summary>The metadata event type that marks TalentBot's alert and digest posts.</summary>
    public const string MetadataEventType = "talentbot_delivery";

    public bool CanSend(DeliveryTarget target) => target is { Kind: TargetKind.SlackChannel };

    public async Task<DeliveryResult> SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var target = Checked(notification.Subscription.Target);
        if (NotAChannelId(target, notification.IdempotencyKey) is { } refused) return refused;
        var messages = renderer.Messages(notification.Reply);
        // chat.postMessage takes no idempotency key: a retry after a lost response posts the message again. The delivery
        // id in the metadata at least lets a duplicate be recognised as one.
        var metadata = new MessageMetadata(MetadataEventType, new Dictionary<string, string> { ["id"] = notification.IdempotencyKey });
        foreach (var message in messages)
        {
            var result = await PostAsync(target, message, metadata, notification.IdempotencyKey, cancellationToken).ConfigureAwait(false);
            if (result is not DeliveryResult.Accepted) return result;
        }
        SlackLog.Delivered(logger, notification.IdempotencyKey, target.Display, messages.Count);
        return DeliveryResult.Delivered;
    }

    public Task<DeliveryResult> SendNoticeAsync(DeliveryTarget target, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (NotAChannelId(Checked(target), "notice") is { } refused) return Task.FromResult(refused);
        return PostAsync(target, ReplyMessages.Text(text, isPrivate: false), metadata: null, "notice", cancellationToken);
    }

    /// <summary>A stored address that is not a Slack conversation id (saved before ids were checked) fails for good, unsent.</summary>
    private DeliveryResult? NotAChannelId(DeliveryTarget target, string deliveryId)
    {
        if (ChannelIds.IsValid(target)) return null;
        var result = new DeliveryResult.Permanent("the address is not a Slack channel id (C, G or D, then capitals and digits); nothing was sent");
        SlackLog.DeliveryFailed(logger, deliveryId, target.Display, result.Describe());
        return result;
    }

    private async Task<DeliveryResult> PostAsync(
        DeliveryTarget target, SlackMessage message, MessageMetadata? metadata, string deliveryId, CancellationToken cancellationToken)
    {
        DeliveryResult result;
        try
        {
            await web.PostMessageAsync(target.Address, message, threadTs: null, metadata, cancellationToken).ConfigureAwait(false);
            return DeliveryResult.Delivered;
        }
        catch (SlackApiException e)
        {
            if (TargetGone(e.Error) is { } gone)
            {
                result = gone;
            }
            else
            {
                result = Failure(e);
                if (result is DeliveryResult.Permanent malformed)
                {
                    SlackLog.DeliveryMalformed(logger, deliveryId, target.Display, malformed.Reason);
                    return result;
                }
            }
        }
        catch (Exception e) when (HttpDeliveryResults.IsUnanswered(e))
        {
            result = HttpDeliveryResults.FromException(e);
        }
        SlackLog.DeliveryFailed(logger, deliveryId, target.Display, result.Describe());
        return result;
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

    private DeliveryTarget Checked(DeliveryTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return CanSend(target) ? target : throw new ArgumentException($"{target.Display} is not a Slack channel.", nameof(target));
    }
}
