namespace TalentBot.Core.Alerts;

/// <summary>Where a subscription's alerts and digests go.</summary>
public enum TargetKind
{
    /// <summary>An HTTP endpoint: a Discord or Slack incoming webhook, or any service that takes JSON.</summary>
    Webhook,
    /// <summary>A Discord channel the bot posts to with its own token.</summary>
    DiscordChannel,
    /// <summary>A Slack channel the bot posts to with its own token.</summary>
    SlackChannel,
}

/// <summary>What a delivery's body looks like: the JSON contract, Discord embeds, or Slack Block Kit.</summary>
public enum DeliveryFormat
{
    Json,
    Discord,
    Slack,
}

/// <summary>
/// A delivery address. <see cref="Address"/> is a webhook URL or a channel id. A webhook URL is a credential
/// (Discord and Slack put the secret in its path), so only <see cref="Display"/> may be shown or logged.
/// </summary>
public sealed record DeliveryTarget(TargetKind Kind, string Address, DeliveryFormat Format)
{
    public static DeliveryTarget Webhook(Uri url, DeliveryFormat format)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException("A webhook must be an absolute http(s) URL.", nameof(url));
        return new DeliveryTarget(TargetKind.Webhook, url.AbsoluteUri, format);
    }

    /// <summary>A Discord channel by its snowflake; anything else is refused, so no path or query can reach a route.</summary>
    public static DeliveryTarget DiscordChannel(string channelId) =>
        new(TargetKind.DiscordChannel, RequireId(channelId, ChannelIds.IsDiscordSnowflake, "a Discord channel id (17 to 20 digits)"),
            DeliveryFormat.Discord);

    /// <summary>A Slack conversation by its id (C…, G… or D…); anything else is refused.</summary>
    public static DeliveryTarget SlackChannel(string channelId) =>
        new(TargetKind.SlackChannel, RequireId(channelId, ChannelIds.IsSlackConversation, "a Slack channel id (C, G or D and capitals or digits)"),
            DeliveryFormat.Slack);

    /// <summary>The target without its secret: a webhook's scheme, host and first path segment; a channel as is.</summary>
    public string Display => Kind switch
    {
        TargetKind.Webhook when Uri.TryCreate(Address, UriKind.Absolute, out var url) =>
            $"{url.Scheme}://{url.Authority}/{url.Segments.Skip(1).FirstOrDefault()?.TrimEnd('/')}…",
        TargetKind.Webhook => "webhook",
        TargetKind.DiscordChannel => "discord:" + Address,
        _ => "slack:" + Address,
    };

    public override string ToString() => Display;

    private static string RequireId(string id, Func<string, bool> isValid, string what)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var trimmed = id.Trim();
        return isValid(trimmed) ? trimmed : throw new ArgumentException($"This is not {what}.", nameof(id));
    }
}
