using System.Text;
using System.Text.RegularExpressions;

namespace TalentBot.Slack.Requests;

/// <summary>
/// Turns text as Slack sends it into what the user meant: <c>&amp;amp;</c>, <c>&amp;lt;</c> and <c>&amp;gt;</c>
/// decoded, the bot's own mention removed, other mentions, channels and links reduced to their labels, and special
/// mentions (<c>&lt;!here&gt;</c>) dropped. Stateless.
/// </summary>
public static partial class IncomingText
{
    public static string Plain(string? text, string? botUserId = null)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var plain = Markup().Replace(text, match => Label(match, botUserId));
        return Decode(plain).Trim();
    }

    private static string Label(Match match, string? botUserId)
    {
        var target = match.Groups["target"].Value;
        var label = match.Groups["label"].Success ? match.Groups["label"].Value : null;
        return target[0] switch
        {
            // The mention that addressed the bot is not part of the question.
            '@' when target[1..] == botUserId => "",
            '@' => label is { Length: > 0 } ? "@" + label : "",
            '#' => label is { Length: > 0 } ? "#" + label : "",
            '!' => "",
            _ => label ?? target,
        };
    }

    private static string Decode(string text) =>
        text.Contains('&', StringComparison.Ordinal)
            ? new StringBuilder(text).Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&").ToString()
            : text;

    // <@U123>, <@U123|name>, <#C123|general>, <!here>, <!subteam^S1|@team>, <https://x.com|label>, <mailto:a@b.c>.
    [GeneratedRegex(@"<(?<target>[^<>|]+)(?:\|(?<label>[^<>]*))?>", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();
}
