using System.Globalization;
using System.Text;
using TalentBot.Core;

namespace TalentBot.Discord.Messages;

/// <summary>
/// Text made safe and short enough for Discord: markdown escaped, and shortened only between user-perceived
/// characters (an emoji or a CJK character with its marks is never split), with an ellipsis. Stateless.
/// </summary>
public static class DiscordText
{
    public const string Ellipsis = "…";

    // Characters that start markdown, masked links, spoilers, mentions (<@id>) or timestamps (<t:…>) in Discord.
    private static readonly SearchValues<char> Special = SearchValues.Create("\\*_~`|[]()<>#");

    /// <summary>Escapes markdown in text from articles or users, so it shows as typed and cannot forge a link.</summary>
    public static string Escape(string text)
    {
        text = TextFolding.WellFormed(text);
        if (text.AsSpan().IndexOfAny(Special) < 0 && !StartsList(text)) return text;
        var escaped = new StringBuilder(text.Length + 8);
        // A leading "-" or "+" would make a list item, and Discord trims leading spaces before looking.
        var listMarker = StartsList(text) ? text.Length - text.AsSpan().TrimStart().Length : -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i == listMarker || Special.Contains(c)) escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>The longest prefix of <paramref name="text"/> that fits <paramref name="max"/> with an ellipsis, whole text if it fits.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max) return text;
        if (max < Ellipsis.Length) return "";
        return text[..PrefixLength(text, max - Ellipsis.Length)].TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// <paramref name="raw"/> escaped and shortened to <paramref name="max"/>: shortened before escaping, so an
    /// escape is never cut from the character it protects.
    /// </summary>
    public static string EscapeWithin(string raw, int max)
    {
        var escaped = Escape(raw);
        if (escaped.Length <= max) return escaped;
        raw = TextFolding.WellFormed(raw);
        int low = 0, high = raw.Length;
        var best = "";
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var cut = PrefixLength(raw, mid);
            var candidate = Escape(raw[..cut].TrimEnd()) + Ellipsis;
            if (candidate.Length <= max)
            {
                best = candidate;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return best;
    }

    /// <summary>The length of the longest run of whole text elements from the start that is at most <paramref name="max"/> units.</summary>
    private static int PrefixLength(string text, int max)
    {
        var length = 0;
        while (length < text.Length)
        {
            var next = StringInfo.GetNextTextElementLength(text, length);
            if (length + next > max) break;
            length += next;
        }
        return length;
    }

    private static bool StartsList(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '-' or '+';
    }
}
