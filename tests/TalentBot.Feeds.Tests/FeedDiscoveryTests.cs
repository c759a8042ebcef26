using Microsoft.Extensions.DependencyInjection;
using TalentBot.Feeds.Tests.Support;
using TalentBot.Testing;

namespace TalentBot.Feeds.Tests;

/// <summary>Issue item 9: <c>feeds add</c> takes a feed, follows a page to the feed it names, and refuses anything else.</summary>
public sealed class FeedDiscoveryTests
{
    [Fact]
    public async Task CheckAsync_Feed_IsTheFeed()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/feed.xml", FeedXml.Rss());
        await using var feeds = FeedsHarness.Create();

        var check = await Discovery(feeds).CheckAsync(server.Url("/feed.xml"));

        check.ShouldBe(new FeedCheck(FeedCheckStatus.Feed, server.Url("/feed.xml")));
    }

    [Theory]
    [InlineData("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"News\" href=\"/feeds/news.xml\">", "/feeds/news.xml")]
    [InlineData("<link rel=\"Alternate\" type=\"application/atom+xml; charset=utf-8\" href=\"atom.xml\">", "/blog/atom.xml")]
    [InlineData("<base href=\"/elsewhere/\"><link rel=\"alternate feed\" type=\"application/rss+xml\" href=\"rss\">", "/elsewhere/rss")]
    [InlineData("<link rel=\"stylesheet\" href=\"/site.css\"><link rel=\"alternate\" type=\"text/html\" href=\"/fr/\"><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/second.xml\">", "/second.xml")]
    public async Task CheckAsync_PageThatNamesItsFeed_IsFollowedToThatFeed(string head, string feedPath)
    {
        await using var server = await FeedServer.StartAsync();
        server.ServePage("/blog/", $"<!doctype html><html><head><title>Blog</title>{head}</head><body><p>Hello</p></body></html>");
        server.ServeFeed(feedPath, FeedXml.Atom(), "application/atom+xml");
        await using var feeds = FeedsHarness.Create();

        var check = await Discovery(feeds).CheckAsync(server.Url("/blog/"));

        check.ShouldBe(new FeedCheck(FeedCheckStatus.Feed, server.Url(feedPath)));
    }

    [Fact]
    public async Task CheckAsync_PageWithoutAFeedLink_IsNotAFeed()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServePage("/about", Pages.Article("About us", "We write about people in AI."));
        await using var feeds = FeedsHarness.Create();

        var check = await Discovery(feeds).CheckAsync(server.Url("/about"));

        check.Status.ShouldBe(FeedCheckStatus.NotAFeed);
        check.Reason.ShouldBe("it is a web page that links to no RSS or Atom feed");
    }

    [Theory]
    [InlineData(404, "HTTP 404 Not Found")]
    [InlineData(410, "HTTP 410 Gone")]
    [InlineData(401, "HTTP 401 Unauthorized")]
    public async Task CheckAsync_ClientError_IsNotAFeed(int status, string reason)
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeStatus("/feed.xml", status);
        await using var feeds = FeedsHarness.Create();

        var check = await Discovery(feeds).CheckAsync(server.Url("/feed.xml"));

        check.ShouldBe(new FeedCheck(FeedCheckStatus.NotAFeed, server.Url("/feed.xml"), reason));
    }

    [Fact]
    public async Task CheckAsync_OtherXml_IsNotAFeedNamingItsRoot()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServePage("/sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://news.example/</loc></url></urlset>", "application/xml");
        await using var feeds = FeedsHarness.Create();

        var check = await Discovery(feeds).CheckAsync(server.Url("/sitemap.xml"));

        check.Status.ShouldBe(FeedCheckStatus.NotAFeed);
        check.Reason.ShouldBe("the document is not an RSS 2.0 or Atom feed (its root element is <urlset>)");
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task CheckAsync_ServerUnavailable_IsUnavailableNotRefused(int status)
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeStatus("/feed.xml", status);
        await using var feeds = FeedsHarness.Create();

        var check = await Discovery(feeds).CheckAsync(server.Url("/feed.xml"));

        check.Status.ShouldBe(FeedCheckStatus.Unavailable);
    }

    [Fact]
    public async Task CheckAsync_PageNamingAFeedThatIsAnotherPage_IsNotAFeedAndSaysWhich()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServePage("/", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss\"></head><body>Home</body></html>");
        server.ServePage("/rss", "<html><head></head><body>Moved</body></html>");
        await using var feeds = FeedsHarness.Create();

        var check = await Discovery(feeds).CheckAsync(server.Url("/"));

        check.Status.ShouldBe(FeedCheckStatus.NotAFeed);
        check.Reason.ShouldBe($"the page names {server.Url("/rss")} as its feed, but it is a web page that links to no RSS or Atom feed");
    }

    [Fact]
    public async Task CheckAsync_PageNamingAFeedOnAnotherHostThatIsInternal_IsRefusedByTheGuard()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServePage("/", $"<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"http://metadata.test:{server.BaseUrl.Port}/feed.xml\"></head><body>Home</body></html>");
        server.ServeFeed("/feed.xml", FeedXml.Rss());
        await using var feeds = FeedsHarness.Create();
        feeds.Resolver.Answer("metadata.test", "127.0.0.1");

        var check = await Discovery(feeds).CheckAsync(server.Url("/"));

        check.Status.ShouldBe(FeedCheckStatus.NotAFeed);
        check.Reason.ShouldBe(
            $"the page names http://metadata.test:{server.BaseUrl.Port}/feed.xml as its feed, but the link points at a loopback address (127.0.0.1); " +
            "set Feeds:AllowPrivateAddresses to true to allow private addresses");
        server.RequestsTo("/feed.xml").ShouldBeEmpty();
    }

    private static FeedDiscovery Discovery(FeedsHarness feeds) => feeds.Services.GetRequiredService<FeedDiscovery>();
}
