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

/// <summary>
/// The inner event. For <c>app_mention</c> and a direct message (<c>message</c> in a conversation of type <c>im</c>):
/// who, where, the text, and the thread it is in, if any; a message's <see cref="Subtype"/> says it is not a person's
/// new message (an edit, a bot's post, a join). For <c>app_home_opened</c>: who opened which <see cref="Tab"/>.
/// </summary>
public sealed record SlackEvent(string? Type, string? User, string? Text, string? Ts, string? ThreadTs, string? Channel, string? BotId)
{
    public const string AppMention = "app_mention";
    public const string Message = "message";
    public const string AppHomeOpened = "app_home_opened";

    /// <summary>The <see cref="ChannelType"/> of a direct message between a person and the bot.</summary>
    public const string DirectMessageChannel = "im";

    /// <summary>The <see cref="Tab"/> of the App Home's Home tab (the other is <c>messages</c>).</summary>
    public const string HomeTab = "home";

    public string? ChannelType { get; init; }

    public string? Subtype { get; init; }

    public string? Tab { get; init; }

    public bool IsDirectMessage => Type == Message && ChannelType == DirectMessageChannel;

    /// <summary>
    /// Replies go to the thread's parent: in a channel, the mention's own thread or a new thread under the mention; in a
    /// direct message, the conversation itself unless the question was asked in a thread.
    /// </summary>
    public string? ReplyThread => IsDirectMessage ? ThreadTs : ThreadTs ?? Ts;
}

public sealed record EventAuthorization(string? UserId, bool? IsBot);
