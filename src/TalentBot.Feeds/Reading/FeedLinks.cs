using AngleSharp.Html.Parser;

namespace TalentBot.Feeds.Reading;

/// <summary>
/// The feeds an HTML page names for itself: <c>&lt;link rel="alternate" type="application/rss+xml" href="…"&gt;</c>
/// (or <c>application/atom+xml</c>), in document order, resolved against the page's <c>&lt;base href&gt;</c> or its
/// address. Stateless; thread-safe.
/// </summary>
internal static class FeedLinks
{
    private static readonly string[] FeedMediaTypes = ["application/rss+xml", "application/atom+xml"];

    /// <summary>Whether a body that is not a feed is a web page: by its media type, else by how it starts.</summary>
    public static bool IsHtml(string? mediaType, ReadOnlySpan<byte> body)
    {
        if (mediaType is not null)
            return mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) || mediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
        var start = System.Text.Encoding.UTF8.GetString(body[..Math.Min(body.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Each http(s) feed <paramref name="body"/> links to, once; AngleSharp finds the page's charset itself.</summary>
    public static IReadOnlyList<Uri> In(byte[] body, Uri pageUrl)
    {
        using var stream = new MemoryStream(body, writable: false);
        using var document = new HtmlParser().ParseDocument(stream);
        var baseUrl = document.QuerySelector("base[href]")?.GetAttribute("href") is { } href && Uri.TryCreate(pageUrl, href, out var declared)
            ? declared
            : pageUrl;
        return document.QuerySelectorAll("link[href]")
                       .Where(link => IsAlternate(link.GetAttribute("rel")) && IsFeedType(link.GetAttribute("type")))
                       .Select(link => Uri.TryCreate(baseUrl, link.GetAttribute("href")!.Trim(), out var url) ? url : null)
                       .OfType<Uri>()
                       .Where(url => url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                       .Distinct()
                       .ToList();
    }

    private static bool IsAlternate(string? rel) =>
        rel?.Split(' ', '\t', '\n', '\r', '\f').Contains("alternate", StringComparer.OrdinalIgnoreCase) == true;

    /// <summary>The media type without parameters ("application/rss+xml; charset=utf-8").</summary>
    private static bool IsFeedType(string? type) =>
        type?.Split(';')[0].Trim() is { } mediaType && FeedMediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase);
}
