using System.Globalization;
using TalentBot.Core;

namespace TalentBot.Knowledge.Loading;

/// <summary>
/// Reads what a document declares about itself (an HTML meta tag, a Markdown front matter field), where a value that
/// does not parse is no value rather than an error: the article is still worth reading. Stateless; safe to share.
/// </summary>
internal static class DeclaredMetadata
{
    /// <summary>
    /// The day the publisher wrote, as precise as written: "2025-07-15T23:30:00-04:00" is 15 July 2025 (the
    /// publisher's day, not UTC's), "2025-07" is July 2025; other common forms ("15 July 2025", RFC 1123) as parsed.
    /// </summary>
    public static PartialDate? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        var datePart = trimmed.Split('T', ' ')[0];
        if (PartialDate.TryParse(datePart, out var date)) return date;
        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
               && parsed.Year is >= 1900 and <= 2200
            ? new PartialDate(parsed.Year, parsed.Month, parsed.Day)
            : null;
    }

    /// <summary>One of our languages from a code such as "fr", "fr-FR" or "ja_JP"; null for any other.</summary>
    public static Language? Language(string? code)
    {
        var primary = code?.Trim().Split('-', '_')[0];
        return LanguageCodes.TryParse(primary, out var language) ? language : null;
    }

    /// <summary>An absolute http(s) URL, or null: a relative one cannot be resolved against a file.</summary>
    public static string? HttpUrl(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
}
