using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;

namespace TalentBot.Feeds.Reading;

/// <summary>Reads the entries of an RSS 2.0 or Atom 1.0 document, newest first. Stateless; thread-safe.</summary>
internal static class FeedDocument
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // No DTDs and no external resources: a feed is untrusted XML (entity expansion, XXE).
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The entries of <paramref name="body"/>, relative links resolved against <paramref name="feedUrl"/>; or a one-line reason.</summary>
    public static bool TryRead(byte[] body, Uri feedUrl, out IReadOnlyList<FeedEntry> entries, out string error)
    {
        entries = [];
        error = "";
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            using var reader = XmlReader.Create(stream, Settings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = new Atom10FeedFormatter();
            if (!formatter.CanRead(reader)) formatter = new Rss20FeedFormatter();
            if (!formatter.CanRead(reader))
            {
                error = $"the document is not an RSS 2.0 or Atom feed (its root element is <{reader.LocalName}>)";
                return false;
            }
            formatter.DateTimeParser = Lenient(formatter.DateTimeParser);
            formatter.ReadFrom(reader);
            entries = formatter.Feed.Items
                                .Select(item => EntryOf(item, feedUrl))
                                .OfType<FeedEntry>()
                                .DistinctBy(entry => entry.Id, StringComparer.Ordinal)
                                .OrderByDescending(entry => entry.Published ?? DateTimeOffset.MinValue)
                                .ToList();
            return true;
        }
        catch (Exception ex) when (ex is XmlException or FormatException)
        {
            error = $"the feed is not valid XML: {ex.Message}";
            return false;
        }
    }

    /// <summary>An entry with neither an id nor a link cannot be told apart from the next one, so it is skipped.</summary>
    private static FeedEntry? EntryOf(SyndicationItem item, Uri feedUrl)
    {
        var link = LinkOf(item, feedUrl);
        var id = string.IsNullOrWhiteSpace(item.Id) ? link?.AbsoluteUri : item.Id.Trim();
        if (id is null) return null;
        var title = item.Title?.Text?.Trim();
        return new FeedEntry(id, link, string.IsNullOrEmpty(title) ? null : title, DateOf(item.PublishDate) ?? DateOf(item.LastUpdatedTime));
    }

    private static Uri? LinkOf(SyndicationItem item, Uri feedUrl)
    {
        var alternate = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate");
        if (alternate?.Uri is { } uri)
        {
            if (uri.IsAbsoluteUri) return uri;
            var baseUri = alternate.BaseUri is { IsAbsoluteUri: true } xmlBase ? xmlBase : feedUrl;
            return Uri.TryCreate(baseUri, uri, out var resolved) ? resolved : null;
        }
        // Without a link, an id that is an http(s) URL is the page: an RSS guid is a permalink by default, and an
        // Atom id is often the article's address.
        return Uri.TryCreate(item.Id, UriKind.Absolute, out var id) && (id.Scheme == Uri.UriSchemeHttp || id.Scheme == Uri.UriSchemeHttps)
            ? id
            : null;
    }

    private static DateTimeOffset? DateOf(DateTimeOffset value) => value == default ? null : value;

    /// <summary>A date in an odd format costs that date (the entry sorts last), not the whole feed.</summary>
    private static TryParseDateTimeCallback Lenient(TryParseDateTimeCallback strict) =>
        (XmlDateTimeData data, out DateTimeOffset value) =>
        {
            if (strict(data, out value)) return true;
            if (!DateTimeOffset.TryParse(data.DateTimeString, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
                value = default;
            return true;
        };
}
