using System.Globalization;
using System.Text;
using TalentBot.Core;

namespace TalentBot.Slack.Messages;

/// <summary>
/// Text made safe and short enough for Block Kit. mrkdwn needs exactly three characters escaped (&amp;, &lt;, &gt;):
/// escaped, text from articles and users cannot forge a link, a mention or <c>&lt;!channel&gt;</c>. Shortening
/// happens only between user-perceived characters, with an ellipsis. Stateless.
/// </summary>
public static class SlackText
{
    public const string Ellipsis = "…";

    /// <summary>Escapes <paramref name="text"/> for mrkdwn.</summary>
    public static string Escape(string text)
    {
        text = TextFolding.WellFormed(text);
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0) return text;
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text) escaped.Append(EscapeOf(c) ?? c.ToString());
        return escaped.ToString();
    }

    /// <summary>
    /// <paramref name="raw"/> escaped and shortened to <paramref name="max"/>: shortened before escaping, so an
    /// entity such as <c>&amp;amp;</c> is never cut in half.
    /// </summary>
    public static string EscapeWithin(string raw, int max)
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
            for (var i = cut; i < cut + next; i++) cost += EscapeOf(raw[i])?.Length ?? 1;
            if (used + cost > budget) break;
            used += cost;
            cut += next;
        }
        return Escape(raw[..cut].TrimEnd()) + Ellipsis;
    }

    /// <summary>Plain text (a header, a button label) shortened to <paramref name="max"/> with an ellipsis; whole if it fits.</summary>
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

    /// <summary>
    /// An absolute http(s) link short enough to keep whole, with the characters that would end a mrkdwn link
    /// (<c>|</c>, <c>&lt;</c>, <c>&gt;</c>) and spaces percent-encoded; null when there is no such link.
    /// </summary>
    public static string? SafeUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        var text = uri.AbsoluteUri.Replace("|", "%7C", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal)
                      .Replace(">", "%3E", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);
        return text.Length <= SlackLimits.LinkUrl ? text : null;
    }

    private static string? EscapeOf(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        _ => null,
    };
}
