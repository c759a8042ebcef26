namespace TalentBot.Slack.WebApi;

/// <summary>Which token a Web API method takes.</summary>
public enum SlackToken
{
    /// <summary>No token: a <c>response_url</c> carries its own authority.</summary>
    None,

    /// <summary><c>SLACK_BOT_TOKEN</c> (<c>xoxb-…</c>).</summary>
    Bot,

    /// <summary><c>SLACK_APP_TOKEN</c> (<c>xapp-…</c>), for <c>apps.connections.open</c>.</summary>
    App,
}

/// <summary>
/// One outgoing call as the handlers see it: the method's name (safe to log), the token it needs, and for
/// <c>chat.postMessage</c> the channel, whose one-message-per-second lane it waits in.
/// </summary>
public sealed record SlackCall(string Method, SlackToken Token, string? Channel = null)
{
    public static readonly HttpRequestOptionsKey<SlackCall> Key = new("TalentBot.Slack.Call");

    public static SlackCall PostMessage(string channel) => new("chat.postMessage", SlackToken.Bot, channel);

    public static SlackCall PostEphemeral { get; } = new("chat.postEphemeral", SlackToken.Bot);

    public static SlackCall PublishView { get; } = new("views.publish", SlackToken.Bot);

    public static SlackCall OpenConnection { get; } = new("apps.connections.open", SlackToken.App);

    public static SlackCall GetUploadUrl { get; } = new("files.getUploadURLExternal", SlackToken.Bot);

    /// <summary>The file's bytes to the upload URL Slack gave: the URL is its own authority, and a credential, so logs name only this.</summary>
    public static SlackCall UploadBytes { get; } = new("file-upload", SlackToken.None);

    public static SlackCall CompleteUpload { get; } = new("files.completeUploadExternal", SlackToken.Bot);

    /// <summary>
    /// A post to an incoming webhook. Its URL is a credential: it only names the webhook's lane (Slack's one message
    /// per second covers webhooks too) and is never logged; logs name only the method.
    /// </summary>
    public static SlackCall IncomingWebhook(string url) => new("incoming-webhook", SlackToken.None, url);

    /// <summary>A reply through a <c>response_url</c>; its path is a credential, so logs name only this.</summary>
    public static SlackCall ResponseUrl { get; } = new("response_url", SlackToken.None);
}
