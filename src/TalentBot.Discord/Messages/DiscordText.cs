using System.Buffers;
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
        if (max < Ellipsis.Length) return "";
        raw = TextFolding.WellFormed(raw);
        var budget = max - Ellipsis.Length;
        var listMarker = ListMarkerIndex(raw);
        int cut = 0, used = 0;
        while (cut < raw.Length)
        {
            var next = StringInfo.GetNextTextElementLength(raw, cut);
            var cost = next;
            for (var i = cut; i < cut + next; i++)
                if (i == listMarker || Special.Contains(raw[i])) cost++;
            if (used + cost > budget) break;
            used += cost;
            cut += next;
        }
        return Escape(raw[..cut].TrimEnd()) + Ellipsis;
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

    /// <summary>Where a leading "-" or "+" would start a list item (Discord ignores leading spaces), or -1.</summary>
    private static int ListMarkerIndex(string text)
    {
        var start = text.Length - text.AsSpan().TrimStart().Length;
        return start < text.Length && text[start] is '-' or '+' ? start : -1;
    }
}
