using System.Buffers;
using System.Text;
using TalentBot.Chat.Replies;
using TalentBot.Core;

namespace TalentBot.Discord.Messages;

/// <summary>
/// Discord's markdown: the characters that start markdown, masked links, spoilers, mentions (<c>&lt;@id&gt;</c>) or
/// timestamps (<c>&lt;t:…&gt;</c>) escaped with a backslash, and a leading "-" or "+" that would start a list item;
/// links masked as <c>[text](url)</c> with the characters that would end them encoded. Stateless.
/// </summary>
public sealed class DiscordMarkup : ChatMarkup
{
    public static DiscordMarkup Instance { get; } = new();

    private static readonly SearchValues<char> Special = SearchValues.Create("\\*_~`|[]()<>#");

    private DiscordMarkup()
    {
    }

    public override int MaxUrl => DiscordLimits.Url;

    public override int LinkFrame => "[]()".Length;

    public override string Escape(string text)
    {
        text = TextFolding.WellFormed(text);
        var listMarker = ListMarkerIndex(text);
        if (listMarker < 0 && text.AsSpan().IndexOfAny(Special) < 0) return text;
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i == listMarker || Special.Contains(c)) escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    public override string Link(string url, string escapedText) => $"[{escapedText}]({url})";

    public override string Bold(string escapedText) => "**" + escapedText + "**";

    protected override int EscapedLength(string raw, int index) => index == ListMarkerIndex(raw) || Special.Contains(raw[index]) ? 2 : 1;

    protected override string EncodeForLink(string absoluteUri) =>
        absoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);

    /// <summary>Where a leading "-" or "+" would start a list item (Discord ignores leading spaces), or -1.</summary>
    private static int ListMarkerIndex(string text)
    {
        var start = text.Length - text.AsSpan().TrimStart().Length;
        return start < text.Length && text[start] is '-' or '+' ? start : -1;
    }
}

/// <summary>Text made safe and short enough for Discord, for the adapter's callers: <see cref="DiscordMarkup"/> as functions.</summary>
public static class DiscordText
{
    public const string Ellipsis = ChatMarkup.Ellipsis;

    /// <summary>Escapes markdown in text from articles or users, so it shows as typed and cannot forge a link.</summary>
    public static string Escape(string text) => DiscordMarkup.Instance.Escape(text);

    /// <summary><paramref name="raw"/> escaped and shortened to <paramref name="max"/> (<see cref="ChatMarkup.EscapeWithin"/>).</summary>
    public static string EscapeWithin(string raw, int max) => DiscordMarkup.Instance.EscapeWithin(raw, max);

    /// <summary>The longest prefix of <paramref name="text"/> that fits <paramref name="max"/> with an ellipsis, whole text if it fits.</summary>
    public static string Truncate(string text, int max) => ChatMarkup.Truncate(text, max);
}
