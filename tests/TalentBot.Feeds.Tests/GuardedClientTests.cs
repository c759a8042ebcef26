using System.Net;
using TalentBot.Feeds.Tests.Support;
using TalentBot.Testing;

namespace TalentBot.Feeds.Tests;

/// <summary>The page and feed clients as registered: each hop checked, redirects counted, addresses checked at connection.</summary>
public sealed class GuardedClientTests
{
    private const string Page = FeedsServiceCollectionExtensions.PageClientName;

    [Fact]
    public async Task PageClient_LoopbackLink_IsRefusedBeforeAnyRequest()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServePage("/story", Pages.Article("Story", "A story."));
        await using var feeds = FeedsHarness.Create();

        var refusal = await Should.ThrowAsync<HttpRequestException>(() => feeds.Client(Page).GetAsync(server.Url("/story")));

        refusal.Message.ShouldBe("the link points at a loopback address (127.0.0.1); set Feeds:AllowPrivateAddresses to true to allow private addresses");
        server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task PageClient_RedirectChainWithinTheLimit_IsFollowed()
    {
        await using var server = await FeedServer.StartAsync();
        for (var i = 0; i < 5; i++) server.ServeRedirect($"/hop{i}", $"/hop{i + 1}");
        server.ServePage("/hop5", Pages.Article("Arrived", "Arrived."));
        await using var feeds = FeedsHarness.AllowingLoopback();

        using var response = await feeds.Client(Page).GetAsync(server.Url("/hop0"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        server.Requests.Select(r => r.Path).ShouldBe(["/hop0", "/hop1", "/hop2", "/hop3", "/hop4", "/hop5"]);
    }

    [Fact]
    public async Task PageClient_OneRedirectTooMany_IsRefused()
    {
        await using var server = await FeedServer.StartAsync();
        for (var i = 0; i < 6; i++) server.ServeRedirect($"/hop{i}", $"/hop{i + 1}", StatusCodes301Or308(i));
        server.ServePage("/hop6", Pages.Article("Arrived", "Arrived."));
        await using var feeds = FeedsHarness.AllowingLoopback();

        var refusal = await Should.ThrowAsync<HttpRequestException>(() => feeds.Client(Page).GetAsync(server.Url("/hop0")));

        refusal.Message.ShouldBe("too many redirects (more than 5)");
        server.RequestsTo("/hop6").ShouldBeEmpty();
    }

    [Fact]
    public async Task PageClient_RedirectToAnotherScheme_IsRefused()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeRedirect("/download", "ftp://files.example/article.txt");
        await using var feeds = FeedsHarness.AllowingLoopback();

        var refusal = await Should.ThrowAsync<HttpRequestException>(() => feeds.Client(Page).GetAsync(server.Url("/download")));

        refusal.Message.ShouldBe("the redirect uses ftp:, and only http and https are fetched");
    }

    [Fact]
    public async Task FeedClient_OperatorsLoopbackUrl_IsTrustedButItsRedirectToLoopbackIsNot()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeRedirect("/old-feed", "/feed.xml", StatusCodes301Or308(0));
        server.ServeFeed("/feed.xml", FeedXml.Rss());
        await using var feeds = FeedsHarness.Create();
        var feed = feeds.AddFeed(server.Url("/old-feed"));

        var report = await feeds.Poller.PollDueAsync();

        report.Feeds.Single().Error.ShouldBe("the redirect points at a loopback address (127.0.0.1); set Feeds:AllowPrivateAddresses to true to allow private addresses");
        feeds.Book.Get(feed.Id).Failures.ShouldBe(1);
        server.RequestsTo("/feed.xml").ShouldBeEmpty();
    }

    [Fact]
    public async Task PageClient_HostThatRebindsToLoopbackAfterTheCheck_IsRefusedWhenConnecting()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServePage("/story", Pages.Article("Story", "A story."));
        await using var feeds = FeedsHarness.Create();
        // Public for the check before the request, loopback for the connection (DNS rebinding).
        feeds.Resolver.Answer("rebind.test", "93.184.216.34", "127.0.0.1");

        var refusal = await Should.ThrowAsync<HttpRequestException>(
            () => feeds.Client(Page).GetAsync(new Uri($"http://rebind.test:{server.BaseUrl.Port}/story")));

        refusal.Message.ShouldBe("the host rebind.test resolved to a loopback address (127.0.0.1) when connecting; set Feeds:AllowPrivateAddresses to true to allow private addresses");
        feeds.Resolver.Lookups.ShouldBe(["rebind.test", "rebind.test"]);
        server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task PageClient_HostName_IsConnectedToAtTheAddressItResolvedTo()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServePage("/story", Pages.Article("Story", "A story."));
        await using var feeds = FeedsHarness.AllowingLoopback();
        feeds.Resolver.Answer("intranet.test", "127.0.0.1");

        using var response = await feeds.Client(Page).GetAsync(new Uri($"http://intranet.test:{server.BaseUrl.Port}/story"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        feeds.Resolver.Lookups.ShouldBe(["intranet.test"]);
    }

    [Fact]
    public async Task FeedAndPageRequests_CarryTheConfiguredUserAgent()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/feed.xml", FeedXml.Rss(new Item("a", server.Url("/a.html").AbsoluteUri, "A")));
        server.ServePage("/a.html", Pages.Article("A", "A story."));
        await using var feeds = FeedsHarness.AllowingLoopback(("UserAgent", "TalentBotTest/2.0 (+https://example.com/bot)"));
        feeds.AddFeed(server.Url("/feed.xml"));

        await feeds.Poller.PollDueAsync();

        server.Requests.Select(r => (r.Path, r.UserAgent)).ShouldBe(
        [
            ("/feed.xml", "TalentBotTest/2.0 (+https://example.com/bot)"),
            ("/a.html", "TalentBotTest/2.0 (+https://example.com/bot)"),
        ]);
    }

    /// <summary>Mixes the permanent codes in, so both are seen followed.</summary>
    private static int StatusCodes301Or308(int hop) => hop % 2 == 0 ? 301 : 308;
}
