using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using TalentBot.Alerts.Delivery;
using TalentBot.Core.Alerts;
using TalentBot.Discord.Messages;
using TalentBot.Discord.Rest;

namespace TalentBot.Discord.Delivery;

/// <summary>
/// Posts alerts and digests to Discord incoming webhooks (webhook targets in the Discord format): each page of the
/// rendered reply as one message, in order, with mentions off and no buttons, since a webhook not owned by the app
/// cannot carry interactive components. Needs no bot token: the URL is the credential, so no log line and no reason
/// ever holds it, only the target's <see cref="DeliveryTarget.Display"/>. Each post waits for the webhook's rate-limit
/// bucket, learned from Discord's headers, so the pages of a digest do not trip a 429. The caller's token bounds an
/// attempt. Thread-safe.
/// </summary>
public sealed class DiscordWebhookSender(
    IHttpClientFactory httpClients,
    ReplyRenderer renderer,
    TimeProvider time,
    ILogger<DiscordWebhookSender> logger) : IDeliverySender
{
    public const string HttpClientName = "discord-webhook";

    /// <summary>Longest piece of Discord's error message kept in a reason.</summary>
    private const int MaxDetail = 200;

    public bool CanSend(DeliveryTarget target) => target is { Kind: TargetKind.Webhook, Format: DeliveryFormat.Discord };

    public async Task<DeliveryResult> SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var target = Checked(notification.Subscription.Target);
        var messages = renderer.Messages(notification.Reply);
        // Executing a webhook takes no nonce: a retry after a lost response, or after a later page failed, posts the
        // pages that did arrive again. Pacing by the bucket keeps the second case rare.
        foreach (var message in messages)
        {
            var result = await PostAsync(target, message, notification.IdempotencyKey, cancellationToken).ConfigureAwait(false);
            if (result is not DeliveryResult.Accepted) return result;
        }
        DiscordLog.Delivered(logger, notification.IdempotencyKey, target.Display, messages.Count);
        return DeliveryResult.Delivered;
    }

    public Task<DeliveryResult> SendNoticeAsync(DeliveryTarget target, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var notice = new MessageData { Content = DiscordText.EscapeWithin(text, DiscordLimits.Content) };
        return PostAsync(Checked(target), notice, "notice", cancellationToken);
    }

    private async Task<DeliveryResult> PostAsync(DeliveryTarget target, MessageData message, string deliveryId, CancellationToken cancellationToken)
    {
        // wait=true makes Discord answer with the message, or with an error; without it a message that was not saved does not fail.
        var url = WithWait(target.Address);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(message, DiscordJson.Default.MessageData),
        };
        request.Options.Set(DiscordRoute.Key, DiscordRoute.ExecuteWebhook(url));
        DeliveryResult result;
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode) return DeliveryResult.Delivered;
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            result = Classify(response, await DiscordErrors.ReadAsync(response, cancellationToken).ConfigureAwait(false));
            if (result is DeliveryResult.Permanent malformed && response.StatusCode == HttpStatusCode.BadRequest)
            {
                DiscordLog.DeliveryMalformed(logger, deliveryId, target.Display, malformed.Reason);
                return result;
            }
        }
        catch (Exception e) when (HttpDeliveryResults.IsUnanswered(e))
        {
            result = HttpDeliveryResults.FromException(e);
        }
        DiscordLog.DeliveryFailed(logger, deliveryId, target.Display, result.Describe());
        return result;
    }

    private DeliveryResult Classify(HttpResponseMessage response, DiscordError? error)
    {
        var result = HttpDeliveryResults.From(response, time);
        var detail = error?.Message is { Length: > 0 } text
            ? DiscordText.Truncate(error.Code is { } code ? $"{code} {text}" : text, MaxDetail)
            : response.ReasonPhrase ?? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        return (result, response.StatusCode) switch
        {
            // Discord's body says to the millisecond; the header rounds up to seconds.
            (DeliveryResult.Transient limited, HttpStatusCode.TooManyRequests) =>
                limited with { RetryAfter = DiscordErrors.RetryAfter(response, error) ?? limited.RetryAfter },
            (DeliveryResult.Transient transient, _) => transient,
            (_, HttpStatusCode.NotFound) => new DeliveryResult.Permanent($"the webhook no longer exists ({detail})"),
            (_, HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) =>
                new DeliveryResult.Permanent($"the webhook's token is no longer accepted ({detail})"),
            _ => new DeliveryResult.Permanent($"Discord refused the message: HTTP {(int)response.StatusCode} ({detail})"),
        };
    }

    private DeliveryTarget Checked(DeliveryTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return CanSend(target) ? target : throw new ArgumentException($"{target.Display} is not a Discord webhook.", nameof(target));
    }

    private static Uri WithWait(string address)
    {
        var url = new UriBuilder(address);
        var query = url.Query.TrimStart('?');
        url.Query = query.Length == 0 ? "wait=true" : query + "&wait=true";
        return url.Uri;
    }
}
