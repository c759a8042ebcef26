using Microsoft.AspNetCore.Http;
using TalentBot.Feeds.Reading;
using TalentBot.Feeds.Tests.Support;
using TalentBot.Testing;

namespace TalentBot.Feeds.Tests;

public sealed class FeedReaderTests
{
    [Fact]
    public async Task ReadAsync_FeedOverTheCapWithContentLength_FailsWithoutReadingIt()
    {
        await using var server = await FeedServer.StartAsync();
        var xml = LargeFeed();
        server.Serve("/feed.xml", context =>
        {
            context.Response.ContentType = "application/rss+xml";
            context.Response.ContentLength = xml.Length;
            return context.Response.WriteAsync(xml);
        });
        await using var feeds = FeedsHarness.Create(("MaxFeedBytes", "2048"));

        var fetch = await feeds.Reader.ReadAsync(feeds.AddFeed(server.Url("/feed.xml")), CancellationToken.None);

        fetch.Status.ShouldBe(FeedFetchStatus.NotAFeed);
        fetch.Error.ShouldStartWith("the feed is ");
        fetch.Error.ShouldEndWith(" KiB, over the 2 KiB cap");
    }

    [Fact]
    public async Task ReadAsync_ChunkedFeedOverTheCap_FailsOnceTheCapIsPassed()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/feed.xml", LargeFeed());
        await using var feeds = FeedsHarness.Create(("MaxFeedBytes", "2048"));

        var fetch = await feeds.Reader.ReadAsync(feeds.AddFeed(server.Url("/feed.xml")), CancellationToken.None);

        fetch.Error.ShouldBe("the feed is over the 2 KiB cap");
    }

    [Fact]
    public async Task ReadAsync_ServerSilentPastTheFetchTimeout_FailsAsTimedOut()
    {
        await using var server = await FeedServer.StartAsync();
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Serve("/slow.xml", async context =>
        {
            arrived.TrySetResult();
            try { await Task.Delay(Timeout.Infinite, context.RequestAborted); }
            catch (OperationCanceledException) { }
        });
        await using var feeds = FeedsHarness.Create(("FetchTimeout", "00:00:20"));

        var reading = feeds.Reader.ReadAsync(feeds.AddFeed(server.Url("/slow.xml")), CancellationToken.None);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(5));
        feeds.Time.Advance(TimeSpan.FromSeconds(20));
        var fetch = await reading.WaitAsync(TimeSpan.FromSeconds(5));

        fetch.Error.ShouldBe("timed out after 20 s");
    }

    [Fact]
    public async Task ReadAsync_KnownValidators_AreSentBackAsTheServerGaveThem()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/feed.xml", FeedXml.Rss());
        await using var feeds = FeedsHarness.Create();
        var feed = feeds.AddFeed(server.Url("/feed.xml")) with { ETag = "W/\"abc\"", LastModified = "Sat, 01 Mar 2025 07:00:00 GMT" };

        await feeds.Reader.ReadAsync(feed, CancellationToken.None);

        var request = server.Requests.Single();
        request.IfNoneMatch.ShouldBe("W/\"abc\"");
        request.IfModifiedSince.ShouldBe("Sat, 01 Mar 2025 07:00:00 GMT");
    }

    [Fact]
    public async Task ReadAsync_Atom_ResolvesRelativeLinksAgainstTheFeedAndSortsNewestFirst()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/news/atom.xml", FeedXml.Atom(
            new Item("urn:a", "older.html", "Older", new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero)),
            new Item("urn:b", "/newer.html", "Newer", new DateTimeOffset(2025, 2, 20, 0, 0, 0, TimeSpan.Zero))), "application/atom+xml");
        await using var feeds = FeedsHarness.Create();

        var fetch = await feeds.Reader.ReadAsync(feeds.AddFeed(server.Url("/news/atom.xml")), CancellationToken.None);

        fetch.Entries.Select(e => e.Id).ShouldBe(["urn:b", "urn:a"]);
        fetch.Entries.Select(e => e.Link).ShouldBe([server.Url("/newer.html"), server.Url("/news/older.html")]);
    }

    [Fact]
    public async Task ReadAsync_EntryWithoutId_IsKnownByItsLink()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/feed.xml", """
            <rss version="2.0"><channel><title>t</title><link>https://news.example/</link><description>d</description>
              <item><title>No guid</title><link>https://news.example/no-guid</link></item>
              <item><title>Neither</title><description>Nothing to tell it apart by</description></item>
            </channel></rss>
            """);
        await using var feeds = FeedsHarness.Create();

        var fetch = await feeds.Reader.ReadAsync(feeds.AddFeed(server.Url("/feed.xml")), CancellationToken.None);

        fetch.Entries.Single().Id.ShouldBe("https://news.example/no-guid");
    }

    [Fact]
    public async Task ReadAsync_DateInAnOddFormat_CostsTheDateNotTheFeed()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/feed.xml", """
            <rss version="2.0"><channel><title>t</title><link>https://news.example/</link><description>d</description>
              <item><title>Odd date</title><link>https://news.example/odd</link><guid>odd</guid><pubDate>the day before yesterday</pubDate></item>
              <item><title>Good date</title><link>https://news.example/good</link><guid>good</guid><pubDate>Sat, 01 Mar 2025 07:00:00 GMT</pubDate></item>
            </channel></rss>
            """);
        await using var feeds = FeedsHarness.Create();

        var fetch = await feeds.Reader.ReadAsync(feeds.AddFeed(server.Url("/feed.xml")), CancellationToken.None);

        fetch.Status.ShouldBe(FeedFetchStatus.Read);
        fetch.Entries.Select(e => (e.Id, e.Published)).ShouldBe([("good", new DateTimeOffset(2025, 3, 1, 7, 0, 0, TimeSpan.Zero)), ("odd", (DateTimeOffset?)null)]);
    }

    [Fact]
    public async Task ReadAsync_DocumentWithAnEntityBomb_IsReadWithoutExpandingIt()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/feed.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <rss version="2.0"><channel><title>&c;</title><link>https://news.example/</link><description>d</description></channel></rss>
            """);
        await using var feeds = FeedsHarness.Create();

        var fetch = await feeds.Reader.ReadAsync(feeds.AddFeed(server.Url("/feed.xml")), CancellationToken.None);

        fetch.Status.ShouldBe(FeedFetchStatus.NotAFeed);
        fetch.Error.ShouldStartWith("the feed is not valid XML: ");
    }

    private static string LargeFeed() =>
        FeedXml.Rss(Enumerable.Range(0, 100).Select(i => new Item($"id-{i}", $"https://news.example/{i}", $"Story number {i}")).ToArray());
}
