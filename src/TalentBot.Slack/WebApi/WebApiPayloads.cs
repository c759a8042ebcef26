using TalentBot.Slack.Messages;

namespace TalentBot.Slack.WebApi;

/// <summary>
/// A reply to a slash command or a click: the HTTP response body, a Socket Mode acknowledgement's payload, or a post
/// to a <c>response_url</c>. <see cref="ResponseType"/> is <c>in_channel</c> or <c>ephemeral</c>.
/// </summary>
public sealed record CommandResponse(string ResponseType, string? Text, IReadOnlyList<Block>? Blocks, bool? ReplaceOriginal = null)
{
    public const string InChannel = "in_channel";
    public const string Ephemeral = "ephemeral";

    /// <summary>Shows the user's command in the channel while its answer is prepared; the answer follows.</summary>
    public static CommandResponse Acknowledged { get; } = new(InChannel, null, null);

    /// <summary>
    /// <paramref name="message"/> as a response. Responses through a click's <c>response_url</c> say
    /// <c>replace_original: false</c> so the message clicked on stays as it was.
    /// </summary>
    public static CommandResponse Of(SlackMessage message, bool keepOriginal = false) =>
        new(message.IsPrivate ? Ephemeral : InChannel, message.Text, message.Blocks, keepOriginal ? false : null);
}

/// <summary><c>chat.postMessage</c>'s arguments. Link previews are off: a reply's sources would unfurl into a wall.</summary>
public sealed record PostMessageRequest(
    string Channel,
    string Text,
    IReadOnlyList<Block> Blocks,
    string? ThreadTs,
    bool UnfurlLinks = false,
    bool UnfurlMedia = false,
    MessageMetadata? Metadata = null);

/// <summary>
/// Data Slack keeps with a message, unseen by readers: an event type and a flat payload. TalentBot marks each alert and
/// digest post with its delivery id, so a duplicate can be told apart.
/// </summary>
public sealed record MessageMetadata(string EventType, IReadOnlyDictionary<string, string> EventPayload);

/// <summary>What an incoming webhook takes: the notification text and the blocks (channel, name and icon are the webhook's own).</summary>
public sealed record IncomingWebhookMessage(string Text, IReadOnlyList<Block> Blocks);

/// <summary><c>chat.postEphemeral</c>'s arguments: seen only by <see cref="User"/>.</summary>
public sealed record PostEphemeralRequest(string Channel, string User, string Text, IReadOnlyList<Block> Blocks, string? ThreadTs);

/// <summary><c>views.publish</c>'s arguments: whose Home tab, and what it shows.</summary>
public sealed record PublishViewRequest(string UserId, HomeView View);

/// <summary>A Home tab view: at most 100 blocks.</summary>
public sealed record HomeView(IReadOnlyList<Block> Blocks)
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Type => "home";
}

/// <summary>What every Web API response has (<c>ok</c>, <c>error</c>), and the fields TalentBot reads.</summary>
public sealed record ApiResponse(bool Ok, string? Error, string? Warning, string? Ts, string? Channel, string? Url)
{
    /// <summary>files.getUploadURLExternal: where the bytes go, and the file's id for files.completeUploadExternal.</summary>
    public string? UploadUrl { get; init; }

    public string? FileId { get; init; }
}

/// <summary>A file in <c>files.completeUploadExternal</c>'s <c>files</c> list.</summary>
public sealed record UploadedFile(string Id, string Title);

/// <summary>A message <c>chat.postMessage</c> created: its channel and timestamp (its id).</summary>
public sealed record PostedMessage(string Channel, string Ts);
