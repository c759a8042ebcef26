using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using TalentBot.Alerts.Delivery;
using TalentBot.Chat.Delivery;
using TalentBot.Core.Alerts;
using TalentBot.Discord.Messages;
using TalentBot.Discord.Rest;

namespace TalentBot.Discord.Delivery;

/// <summary>
/// Alerts and digests through Discord incoming webhooks (webhook targets in the Discord format), mentions off and no
/// buttons: a webhook the app does not own cannot carry components. The URL is the credential, so only the target's
/// <see cref="DeliveryTarget.Display"/> is ever logged; each post waits for the webhook's rate-limit bucket, learned
/// from Discord's headers, so a digest's pages do not trip a 429.
/// </summary>
public sealed class DiscordWebhookSender(
    IHttpClientFactory httpClients,
    ReplyRenderer renderer,
    TimeProvider time,
    ILogger<DiscordWebhookSender> logger) : ChatDeliverySender<MessageData>("Discord", TargetKind.Webhook, DeliveryFormat.Discord, logger)
{
    public const string HttpClientName = "discord-webhook";

    /// <summary>Longest piece of Discord's error message kept in a reason.</summary>
    private const int MaxDetail = 200;

    // Executing a webhook takes no nonce: a retry after a lost response, or after a later page failed, posts the
    // pages that did arrive again. Pacing by the bucket keeps the second case rare.
    protected override IReadOnlyList<MessageData> Render(Notification notification) => renderer.Messages(notification.Reply);

    protected override MessageData Notice(string text) => new() { Content = DiscordText.EscapeWithin(text, DiscordLimits.Content) };

    protected override async Task<Posted> PostAsync(DeliveryTarget target, MessageData message, MessagePart part, CancellationToken cancellationToken)
    {
        // wait=true makes Discord answer with the message, or with an error; without it a message that was not saved does not fail.
        var url = WithWait(target.Address);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(message, DiscordJson.Default.MessageData) };
        request.Options.Set(DiscordRoute.Key, DiscordRoute.ExecuteWebhook(url));
        return await WebhookPost.SendAsync(httpClients.CreateClient(HttpClientName), request, time, RefusedAsync, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Posted> RefusedAsync(HttpResponseMessage response, DeliveryResult byStatus, CancellationToken cancellationToken)
    {
        var result = Classify(response, byStatus, await DiscordErrors.ReadAsync(response, cancellationToken).ConfigureAwait(false));
        return new Posted(result, Malformed: result is DeliveryResult.Permanent && response.StatusCode == HttpStatusCode.BadRequest);
    }

    private static DeliveryResult Classify(HttpResponseMessage response, DeliveryResult byStatus, DiscordError? error)
    {
        var detail = error?.Message is { Length: > 0 } text
            ? DiscordText.Truncate(error.Code is { } code ? $"{code} {text}" : text, MaxDetail)
            : response.ReasonPhrase ?? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        return (byStatus, response.StatusCode) switch
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

    private static Uri WithWait(string address)
    {
        var url = new UriBuilder(address);
        var query = url.Query.TrimStart('?');
        url.Query = query.Length == 0 ? "wait=true" : query + "&wait=true";
        return url.Uri;
    }
}
