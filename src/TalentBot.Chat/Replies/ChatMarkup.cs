using System.Globalization;
using TalentBot.Core;

namespace TalentBot.Chat.Replies;

/// <summary>
/// A chat platform's text markup, as much of it as a reply needs: escaping text from articles and users so it shows
/// as typed and cannot forge a link or a mention, links, bold, and how long a link may be. Shortening is the same on
/// every platform and lives here: only between user-perceived characters (an emoji or a CJK character with its marks
/// is never split), with an ellipsis, and before escaping, so an escape is never cut from what it protects. Stateless.
/// </summary>
public abstract class ChatMarkup
{
    public const string Ellipsis = "…";

    /// <summary>The longest link kept whole; a longer one is left out rather than cut.</summary>
    public abstract int MaxUrl { get; }

    /// <summary>The characters a link adds around its text and URL (<c>[]()</c>, <c>&lt;|&gt;</c>).</summary>
    public abstract int LinkFrame { get; }

    /// <summary><paramref name="text"/> escaped, so it shows as typed.</summary>
    public abstract string Escape(string text);

    /// <summary><paramref name="escapedText"/> as a link to <paramref name="url"/> (already safe: <see cref="SafeUrl"/> or a citation link).</summary>
    public abstract string Link(string url, string escapedText);

    /// <summary><paramref name="escapedText"/> in bold.</summary>
    public abstract string Bold(string escapedText);

    /// <summary>How many characters <paramref name="raw"/>[<paramref name="index"/>] takes once escaped.</summary>
    protected abstract int EscapedLength(string raw, int index);

    /// <summary>An absolute URL with the characters that would end a link in this markup percent-encoded.</summary>
    protected abstract string EncodeForLink(string absoluteUri);

    /// <summary>
    /// <paramref name="raw"/> escaped and shortened to <paramref name="max"/>: shortened before escaping, so an
    /// escape is never cut from the character it protects.
    /// </summary>
    public string EscapeWithin(string raw, int max)
    {
        var escaped = Escape(raw);
        if (escaped.Length <= max) return escaped;
        if (max < Ellipsis.Length) return "";
        raw = TextFolding.WellFormed(raw);
        var budget = max - Ellipsis.Length;
        int cut = 0, used = 0;
        while (cut < raw.Length)
        {
            var next = StringInfo.GetNextTextElementLength(raw, cut);
            var cost = 0;
            for (var i = cut; i < cut + next; i++) cost += EscapedLength(raw, i);
            if (used + cost > budget) break;
            used += cost;
            cut += next;
        }
        return Escape(raw[..cut].TrimEnd()) + Ellipsis;
    }

    /// <summary>Plain text (a title, a footer, a button label) shortened to <paramref name="max"/> with an ellipsis; whole if it fits.</summary>
    public static string Truncate(string text, int max)
    {
        text = TextFolding.WellFormed(text);
        if (text.Length <= max) return text;
        if (max < Ellipsis.Length) return "";
        var length = 0;
        while (length < text.Length)
        {
            var next = StringInfo.GetNextTextElementLength(text, length);
            if (length + next > max - Ellipsis.Length) break;
            length += next;
        }
        return text[..length].TrimEnd() + Ellipsis;
    }

    /// <summary>An absolute http(s) link short enough to keep whole, encoded for this markup; null when there is no such link.</summary>
    public string? SafeUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        var text = EncodeForLink(uri.AbsoluteUri).Replace(" ", "%20", StringComparison.Ordinal);
        return text.Length <= MaxUrl ? text : null;
    }
}
