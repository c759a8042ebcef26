using TalentBot.Alerts.Delivery;

namespace TalentBot.Chat.Delivery;

/// <summary>
/// How a chat platform's incoming webhook answers, read once for all of them: 2xx delivered; anything else has its
/// body buffered and is handed, with what its status means (<see cref="HttpDeliveryResults.From"/>: 408, 425, 429 and
/// 5xx transient with the Retry-After, the rest permanent), to the platform's reading of its error.
/// </summary>
public static class WebhookPost
{
    /// <param name="refused">Puts the platform's error in words, and says whether it refused the message as malformed.</param>
    public static async Task<Posted> SendAsync(
        HttpClient client, HttpRequestMessage request, TimeProvider time,
        Func<HttpResponseMessage, DeliveryResult, CancellationToken, Task<Posted>> refused, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(refused);
        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode) return Posted.Delivered;
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        return await refused(response, HttpDeliveryResults.From(response, time), cancellationToken).ConfigureAwait(false);
    }
}
