using TalentBot.Chat.Replies;
using TalentBot.Core;

namespace TalentBot.Slack.Messages;

/// <summary>
/// Slack's mrkdwn. It needs exactly three characters escaped (&amp;, &lt;, &gt;): escaped, text from articles and
/// users cannot forge a link, a mention or <c>&lt;!channel&gt;</c>. Links are <c>&lt;url|text&gt;</c>, with the
/// characters that would end them (<c>|</c>, <c>&lt;</c>, <c>&gt;</c>) percent-encoded. Stateless.
/// </summary>
public sealed class SlackMarkup : ChatMarkup
{
    public static SlackMarkup Instance { get; } = new();

    private SlackMarkup()
    {
    }

    public override int MaxUrl => SlackLimits.LinkUrl;

    public override int LinkFrame => "<|>".Length;

    public override string Escape(string text)
    {
        text = TextFolding.WellFormed(text);
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0) return text;
        return string.Concat(text.Select(c => EscapeOf(c) ?? c.ToString()));
    }

    public override string Link(string url, string escapedText) => $"<{url}|{escapedText}>";

    public override string Bold(string escapedText) => "*" + escapedText + "*";

    protected override int EscapedLength(string raw, int index) => EscapeOf(raw[index])?.Length ?? 1;

    protected override string EncodeForLink(string absoluteUri) =>
        absoluteUri.Replace("|", "%7C", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal)
                   .Replace(">", "%3E", StringComparison.Ordinal);

    private static string? EscapeOf(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        _ => null,
    };
}

/// <summary>Text made safe and short enough for Block Kit, for the adapter's callers: <see cref="SlackMarkup"/> as functions.</summary>
public static class SlackText
{
    public const string Ellipsis = ChatMarkup.Ellipsis;

    /// <summary>Escapes <paramref name="text"/> for mrkdwn.</summary>
    public static string Escape(string text) => SlackMarkup.Instance.Escape(text);

    /// <summary><paramref name="raw"/> escaped and shortened to <paramref name="max"/> (<see cref="ChatMarkup.EscapeWithin"/>).</summary>
    public static string EscapeWithin(string raw, int max) => SlackMarkup.Instance.EscapeWithin(raw, max);

    /// <summary>Plain text (a header, a button label) shortened to <paramref name="max"/> with an ellipsis; whole if it fits.</summary>
    public static string Truncate(string text, int max) => ChatMarkup.Truncate(text, max);

    /// <summary>An absolute http(s) link short enough to keep whole, encoded for mrkdwn; null when there is no such link.</summary>
    public static string? SafeUrl(string? url) => SlackMarkup.Instance.SafeUrl(url);
}
