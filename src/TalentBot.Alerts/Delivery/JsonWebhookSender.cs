using System.Net.Http.Headers;
using System.Text;
using TalentBot.Answering;
using TalentBot.Answering.Links;
using TalentBot.Core.Alerts;

namespace TalentBot.Alerts.Delivery;

/// <summary>
/// Posts alerts and digests to any HTTP endpoint as JSON (<see cref="ReplyJson.SerializeDelivery"/>), with the
/// delivery's id in an <c>Idempotency-Key</c> header and in the body, so a receiver can drop a retried duplicate.
/// Each citation carries its link from <paramref name="links"/> (articles' own pages only when not given).
/// </summary>
public sealed class JsonWebhookSender(IHttpClientFactory httpClients, TimeProvider time, CitationLinks? links = null) : IDeliverySender
{
    public const string HttpClientName = "TalentBot.Webhooks";

    public bool CanSend(DeliveryTarget target) =>
        target is { Kind: TargetKind.Webhook, Format: DeliveryFormat.Json };

    public async Task<DeliveryResult> SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var delivery = notification.Delivery;
        var body = ReplyJson.SerializeDelivery(notification.Reply, delivery.Id, notification.Subscription.Id, delivery.Created, delivery.WindowStart, delivery.WindowEnd, links);
        using var request = new HttpRequestMessage(HttpMethod.Post, notification.Subscription.Target.Address)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", notification.IdempotencyKey);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("TalentBot", "1.0"));
        using var response = await httpClients.CreateClient(HttpClientName)
            .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        return HttpDeliveryResults.From(response, time);
    }

    /// <summary>A webhook has no one to read a notice: the pause is in the log and in <c>talentbot deliveries</c>.</summary>
    public Task<DeliveryResult> SendNoticeAsync(DeliveryTarget target, string text, CancellationToken cancellationToken) =>
        Task.FromResult<DeliveryResult>(new DeliveryResult.Permanent("webhooks take no notices"));
}
