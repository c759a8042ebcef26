namespace TalentBot.Slack.Requests;

/// <summary>The Events API's outer envelope: <c>url_verification</c> with its challenge, or an <c>event_callback</c>.</summary>
public sealed record EventEnvelope(
    string? Type,
    string? Challenge,
    string? EventId,
    string? TeamId,
    SlackEvent? Event,
    IReadOnlyList<EventAuthorization>? Authorizations)
{
    public const string UrlVerification = "url_verification";
    public const string EventCallback = "event_callback";

    /// <summary>The bot user this installation runs as, whose mention addresses TalentBot.</summary>
    /// <remarks>A list in a payload may hold nulls, whatever its declared type: each item is tested.</remarks>
    public string? BotUserId => Authorizations?.FirstOrDefault(a => a is { IsBot: true })?.UserId;
}

/// <summary>The inner event. For <c>app_mention</c>: who, where, the text, and the thread it is in, if any.</summary>
public sealed record SlackEvent(string? Type, string? User, string? Text, string? Ts, string? ThreadTs, string? Channel, string? BotId)
{
    public const string AppMention = "app_mention";

    /// <summary>Replies go to the thread's parent: the mention's own thread, or a new thread under the mention.</summary>
    public string? ReplyThread => ThreadTs ?? Ts;
}

public sealed record EventAuthorization(string? UserId, bool? IsBot);
