using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using TalentBot.Alerts.Delivery;
using TalentBot.Chat.Delivery;
using TalentBot.Core.Alerts;
using TalentBot.Discord.Messages;
using TalentBot.Discord.Rest;

namespace TalentBot.Discord.Delivery;

/// <summary>
/// Alerts and digests in Discord channels, posted with the bot's token through <see cref="DiscordRestClient"/>, which
/// retries 5xx and short 429s within the channel's bucket. A nonce derived from the delivery's key, with
/// <c>enforce_nonce</c>, lets Discord drop the repeat of an attempt whose response was lost. Unknown channel, missing
/// access or permission, and a rejected token are final.
/// </summary>
public sealed class DiscordChannelSender(DiscordRestClient rest, ReplyRenderer renderer, ILogger<DiscordChannelSender> logger)
    : ChatDeliverySender<MessageData>("Discord", TargetKind.DiscordChannel, DeliveryFormat.Discord, logger)
{
    private const int UnknownChannel = 10003;
    private const int MissingAccess = 50001;
    private const int MissingPermissions = 50013;

    /// <summary>Discord's limit on a nonce.</summary>
    private const int NonceLength = 25;

    protected override IReadOnlyList<MessageData> Render(Notification notification) => renderer.Messages(notification.Reply);

    protected override MessageData Notice(string text) => new() { Content = DiscordText.EscapeWithin(text, DiscordLimits.Content) };

    /// <summary>
    /// A stored address that is not a snowflake (saved before ids were checked, or edited by hand) fails for good
    /// without a request: it would otherwise carry the bot's token to whatever route it spells.
    /// </summary>
    protected override string? Unusable(DeliveryTarget target) =>
        ChannelIds.IsValid(target) ? null : "the address is not a Discord channel id (17 to 20 digits); nothing was sent";

    /// <summary>
    /// The nonce of one message of a delivery: the same on every attempt, different for each page, within 25
    /// characters whatever the key's length. Discord only remembers nonces for a few minutes, so a retry much later
    /// than that can still post twice.
    /// </summary>
    internal static string Nonce(string idempotencyKey, int part) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{idempotencyKey}/{part}")))[..NonceLength];

    protected override async Task<Posted> PostAsync(DeliveryTarget target, MessageData message, MessagePart part, CancellationToken cancellationToken)
    {
        try
        {
            var nonce = part.Page is { } page ? Nonce(part.DeliveryId, page) : null;
            await rest.CreateMessageAsync(target.Address, message, nonce, cancellationToken).ConfigureAwait(false);
            return Posted.Delivered;
        }
        catch (DiscordApiException e)
        {
            return new Posted(Classify(e), Malformed: e.Status == HttpStatusCode.BadRequest);
        }
    }

    private static DeliveryResult Classify(DiscordApiException e)
    {
        var status = (int)e.Status;
        return e switch
        {
            { Status: HttpStatusCode.TooManyRequests } => new DeliveryResult.Transient("Discord rate limited the channel (429)", e.RetryAfter),
            _ when status is 408 or 425 or >= 500 => new DeliveryResult.Transient($"Discord answered {status} {e.Status}"),
            { Code: UnknownChannel } => new DeliveryResult.Permanent("the channel no longer exists (Unknown Channel)"),
            { Code: MissingAccess } => new DeliveryResult.Permanent("the bot can no longer post in this channel (Missing Access)"),
            { Code: MissingPermissions } => new DeliveryResult.Permanent("the bot can no longer post in this channel (Missing Permissions)"),
            { Status: HttpStatusCode.Unauthorized } => new DeliveryResult.Permanent("Discord no longer accepts the bot's token (401 Unauthorized)"),
            _ => new DeliveryResult.Permanent($"Discord refused the message: {status} {e.Status}" + (e.Code is { } code ? $" (code {code})" : "")),
        };
    }
}
