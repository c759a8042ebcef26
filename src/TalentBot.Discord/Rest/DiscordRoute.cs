namespace TalentBot.Discord.Rest;

/// <summary>
/// A REST call's route as rate limits see it. <see cref="Template"/> names the route with its ids as placeholders
/// (safe to log: no token in it); <see cref="TopLevel"/> is the top-level resource (channel, guild or webhook) that
/// Discord limits separately, which the bucket header leaves out.
/// </summary>
/// <param name="NeedsBot">Whether the call carries the bot token; interaction webhooks and callbacks authenticate by their own token.</param>
/// <param name="Global">Whether the call counts toward the global limit; interaction endpoints do not.</param>
public sealed record DiscordRoute(HttpMethod Method, string Template, string TopLevel, bool NeedsBot, bool Global)
{
    public static readonly HttpRequestOptionsKey<DiscordRoute> Key = new("TalentBot.Discord.Route");

    public string Name => $"{Method.Method} {Template}";

    /// <summary>What the learned bucket is shared by until Discord names the bucket: the route itself.</summary>
    public string RouteKey => $"{Method.Method} {Template}";

    public static DiscordRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, "/channels/{channel_id}/messages", "channel:" + channelId, NeedsBot: true, Global: true);

    public static DiscordRoute OverwriteCommands(string applicationId, string? guildId) => guildId is null
        ? new(HttpMethod.Put, "/applications/{application_id}/commands", "application:" + applicationId, NeedsBot: true, Global: true)
        : new(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands", "guild:" + guildId, NeedsBot: true, Global: true);

    public static DiscordRoute GatewayBot() =>
        new(HttpMethod.Get, "/gateway/bot", "", NeedsBot: true, Global: true);

    public static DiscordRoute InteractionCallback(string interactionId) =>
        new(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback", "interaction:" + interactionId, NeedsBot: false, Global: false);

    public static DiscordRoute Original(HttpMethod method, string applicationId, string interactionToken) =>
        new(method, "/webhooks/{application_id}/{interaction_token}/messages/@original", Webhook(applicationId, interactionToken), NeedsBot: false, Global: false);

    public static DiscordRoute FollowUp(string applicationId, string interactionToken) =>
        new(HttpMethod.Post, "/webhooks/{application_id}/{interaction_token}", Webhook(applicationId, interactionToken), NeedsBot: false, Global: false);

    /// <summary>
    /// Executing an incoming webhook (<c>…/webhooks/{id}/{token}</c>), which authenticates by the token in its URL. A URL
    /// of another shape is its own resource.
    /// </summary>
    public static DiscordRoute ExecuteWebhook(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(segments, "webhooks");
        var resource = at >= 0 && segments.Length > at + 2 ? Webhook(segments[at + 1], segments[at + 2]) : "webhook:" + url.AbsolutePath;
        return new(HttpMethod.Post, "/webhooks/{webhook_id}/{webhook_token}", resource, NeedsBot: false, Global: false);
    }

    // A webhook's top-level resource is its id with its token; the token only keys a bucket in memory, never a log.
    private static string Webhook(string id, string token) => $"webhook:{id}/{token}";
}
