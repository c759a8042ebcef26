using TalentBot.Core.Replies;
using System.Text.Json.Serialization;

namespace TalentBot.Slack.Messages;

/// <summary>A Block Kit text object: <c>plain_text</c> is shown as is, <c>mrkdwn</c> is formatted (and must be escaped).</summary>
public sealed record TextObject(string Type, string Text)
{
    public static TextObject Plain(string text) => new("plain_text", text);

    public static TextObject Markdown(string text) => new("mrkdwn", text);
}

/// <summary>A layout block. <see cref="TextLength"/> counts what it carries toward a message's text budget.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
public abstract record Block
{
    internal abstract int TextLength { get; }
}

/// <summary>Large bold plain text, at most <see cref="SlackLimits.HeaderText"/> characters.</summary>
public sealed record HeaderBlock(TextObject Text) : Block
{
    internal override int TextLength => Text.Text.Length;
}

/// <summary>A paragraph of mrkdwn, at most <see cref="SlackLimits.SectionText"/> characters.</summary>
public sealed record SectionBlock(TextObject Text) : Block
{
    internal override int TextLength => Text.Text.Length;
}

/// <summary>Small grey text, at most <see cref="SlackLimits.ContextElements"/> elements.</summary>
public sealed record ContextBlock(IReadOnlyList<TextObject> Elements) : Block
{
    internal override int TextLength => Elements.Sum(e => e.Text.Length);
}

/// <summary>A row of buttons, at most <see cref="SlackLimits.ActionsElements"/>.</summary>
public sealed record ActionsBlock(IReadOnlyList<ButtonElement> Elements) : Block
{
    internal override int TextLength => Elements.Sum(e => e.Text.Text.Length);
}

public sealed record DividerBlock : Block
{
    internal override int TextLength => 0;
}

/// <summary>
/// A button: <see cref="ActionId"/> says what it does, <see cref="Value"/> carries what it needs, so a click needs
/// no server state. <see cref="Style"/> is <c>primary</c>, <c>danger</c> or null.
/// </summary>
public sealed record ButtonElement(TextObject Text, string ActionId, string Value, string? Style = null)
{
    [JsonPropertyOrder(-1)]
    public string Type => "button";
}

/// <summary>
/// A message as TalentBot composes it, before it is addressed: <see cref="Text"/> is the notification fallback,
/// <see cref="IsPrivate"/> that only the asker should see it.
/// </summary>
public sealed record SlackMessage(string Text, IReadOnlyList<Block> Blocks, bool IsPrivate)
{
    /// <summary>A picture to share in the channel before the message (the flows chart); never part of the blocks.</summary>
    public ReplyPicture? Picture { get; init; }
}
