using System.Text.Json.Serialization;

namespace TalentBot.Discord.Messages;

/// <summary>
/// A message as TalentBot sends it: in an interaction response, a webhook edit or a channel post. Mentions are
/// never parsed, so quoted article text cannot ping anyone. Immutable.
/// </summary>
public sealed record MessageData
{
    /// <summary>EPHEMERAL: only the user who asked sees the message.</summary>
    public const int EphemeralFlag = 1 << 6;

    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    public int? Flags { get; init; }

    public IReadOnlyList<ActionRow>? Components { get; init; }

    /// <summary>For channel posts: with <see cref="EnforceNonce"/>, Discord drops a retried duplicate.</summary>
    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }

    /// <summary>The uploaded files' metadata, <see cref="AttachmentInfo.Id"/> matching each file's index in <see cref="Files"/>.</summary>
    public IReadOnlyList<AttachmentInfo>? Attachments { get; init; }

    /// <summary>Files sent with the message as multipart <c>files[n]</c>; an embed shows one as <c>attachment://NAME</c>.</summary>
    [JsonIgnore]
    public IReadOnlyList<FileUpload>? Files { get; init; }

    [JsonIgnore]
    public bool IsEphemeral => Flags is { } flags && (flags & EphemeralFlag) != 0;
}

/// <summary>A file to upload with a message: its bytes, name and content type.</summary>
public sealed record FileUpload(string FileName, byte[] Content, string ContentType);

/// <summary>An uploaded file as the message's JSON names it: its index among the files, its name and its alt text.</summary>
public sealed record AttachmentInfo(int Id, string Filename, string? Description);

public sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static AllowedMentions None { get; } = new([]);
}

public sealed record Embed
{
    public string? Title { get; init; }

    /// <summary>Where the title links to. Discord merges embeds of one message that share a URL, so at most one carries it.</summary>
    public string? Url { get; init; }

    /// <summary>Shown beside the footer, in the reader's time zone; sent as ISO 8601.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    public EmbedAuthor? Author { get; init; }

    public string? Description { get; init; }

    public int? Color { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }

    public EmbedFooter? Footer { get; init; }

    public EmbedImage? Image { get; init; }

    /// <summary>What counts toward the 6000-character total of a message.</summary>
    [JsonIgnore]
    public int Length =>
        (Title?.Length ?? 0) + (Description?.Length ?? 0) + (Footer?.Text.Length ?? 0) + (Author?.Name.Length ?? 0)
        + (Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
}

public sealed record EmbedField(string Name, string Value, bool Inline = false);

public sealed record EmbedFooter(string Text);

/// <summary>The line above an embed's title: here, the outlet of the one article a reply rests on.</summary>
public sealed record EmbedAuthor(string Name);

/// <summary>An embed's image: a URL, or <c>attachment://NAME</c> for a file uploaded with the message.</summary>
public sealed record EmbedImage(string Url);

public sealed record ActionRow(IReadOnlyList<Button> Components)
{
    public int Type => 1;
}

public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
}

public sealed record Button(ButtonStyle Style, string Label, string CustomId)
{
    public int Type => 2;
}

/// <summary>One autocomplete suggestion: what the user sees and what the option receives.</summary>
public sealed record AutocompleteChoice(string Name, string Value);

public sealed record AutocompleteResult(IReadOnlyList<AutocompleteChoice> Choices);

/// <summary>Interaction callback types (Discord's numbering).</summary>
public enum CallbackType
{
    Pong = 1,
    ChannelMessageWithSource = 4,
    DeferredChannelMessageWithSource = 5,
    AutocompleteResult = 8,
}

/// <summary>
/// The one initial response an interaction gets: the HTTP response body in endpoint mode, the callback body in
/// Gateway mode. <see cref="Data"/> is a <see cref="MessageData"/> or an <see cref="AutocompleteResult"/>.
/// </summary>
public sealed record InteractionCallback(CallbackType Type, object? Data)
{
    public static InteractionCallback Pong { get; } = new(CallbackType.Pong, null);

    public static InteractionCallback Message(MessageData message) => new(CallbackType.ChannelMessageWithSource, message);

    /// <summary>"Thinking…"; only the ephemeral flag may be set on a deferral.</summary>
    public static InteractionCallback Deferred(bool ephemeral) =>
        new(CallbackType.DeferredChannelMessageWithSource, new MessageData { Flags = ephemeral ? MessageData.EphemeralFlag : null });

    public static InteractionCallback Choices(IReadOnlyList<AutocompleteChoice> choices) =>
        new(CallbackType.AutocompleteResult, new AutocompleteResult(choices));
}
