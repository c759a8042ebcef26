using System.Globalization;
using System.Security;

namespace TalentBot.Testing;

/// <summary>One item of a test feed; <see cref="Link"/> null leaves the link out.</summary>
public sealed record Item(string Id, string? Link, string Title, DateTimeOffset? Published = null);

/// <summary>Builds small RSS 2.0 and Atom 1.0 documents.</summary>
public static class FeedXml
{
    public static string Rss(params Item[] items) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0">
          <channel>
            <title>AI talent news</title>
            <link>https://news.example/</link>
            <description>Who moved where</description>
            {string.Concat(items.Select(RssItem))}
          </channel>
        </rss>
        """;

    public static string Atom(params Item[] items) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>AI talent news</title>
          <id>urn:talentbot:test-feed</id>
          <updated>2025-03-01T08:00:00Z</updated>
          {string.Concat(items.Select(AtomEntry))}
        </feed>
        """;

    private static string RssItem(Item item) =>
        $"""
        <item>
          <title>{Escape(item.Title)}</title>
          {(item.Link is null ? "" : $"<link>{Escape(item.Link)}</link>")}
          <guid isPermaLink="false">{Escape(item.Id)}</guid>
          {(item.Published is { } published ? $"<pubDate>{published.ToString("R", CultureInfo.InvariantCulture)}</pubDate>" : "")}
        </item>
        """;

    private static string AtomEntry(Item item) =>
        $"""
        <entry>
          <title>{Escape(item.Title)}</title>
          <id>{Escape(item.Id)}</id>
          {(item.Link is null ? "" : $"<link rel=\"alternate\" href=\"{Escape(item.Link)}\"/>")}
          <updated>{(item.Published ?? new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}</updated>
        </entry>
        """;

    private static string Escape(string text) => SecurityElement.Escape(text);
}
