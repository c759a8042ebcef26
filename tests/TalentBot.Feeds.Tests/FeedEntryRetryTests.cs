using System.Text;
using TalentBot.Feeds.Tests.Support;
using TalentBot.Testing;

namespace TalentBot.Feeds.Tests;

/// <summary>
/// Issue item 9: feeds do not drop articles. An entry whose page could not be fetched is not marked seen; it waits,
/// with the feed's backoff, and is fetched again, even after it leaves the feed, until it succeeds or runs out of tries.
/// </summary>
public sealed class FeedEntryRetryTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);
    private static readonly DateTimeOffset Monday = new(2025, 2, 24, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(503)]
    [InlineData(404)]
    [InlineData(429)]

    public async Task PollDueAsync_EntryPageAnsweringAnErrorThatMayPass_IsNotMarkedSeenAndIsFetchedAtTheNextPoll(int status)
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/feed.xml", FeedXml.Rss(new Item("1", server.Url("/1.html").AbsoluteUri, "One", Monday)));
        server.ServeStatus("/1.html", status);
        await using var feeds = FeedsHarness.AllowingLoopback();
        var feed = feeds.AddFeed(server.Url("/feed.xml"));

        var failed = (await feeds.Poller.PollDueAsync()).Feeds.Single();

        failed.Status.ShouldBe(FeedPollStatus.Read);
        failed.Entries.Single().Error.ShouldNotBeNull();
        failed.Entries.Single().RetryAt.ShouldBe(FeedsHarness.Start + Interval);
        var waiting = feeds.Book.Get(feed.Id);
        waiting.SeenEntries.ShouldBeEmpty();
        waiting.Retries!.Single().EntryId.ShouldBe("1");
        waiting.Failures.ShouldBe(0);
        feeds.Sink.Batches.ShouldBeEmpty();

        server.ServePage("/1.html", Pages.Article("One", "Ada Byron has joined Anthropic as chief scientist."));
        var recovered = (await feeds.PollWhenDueAsync(feed.Id)).Feeds.Single();

        recovered.Entries.Single().Ingested.ShouldNotBeNull();
        feeds.Sink.Articles.Single().Text.ShouldContain("Ada Byron has joined Anthropic");
        feeds.Book.Get(feed.Id).SeenEntries.ShouldBe(["1"]);
        feeds.Book.Get(feed.Id).Retries.ShouldBeEmpty();
    }

    [Fact]
    public async Task PollDueAsync_EntryPageFailingAgain_WaitsTwiceAsLongBeforeItsNextTry()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/feed.xml", FeedXml.Rss(new Item("1", server.Url("/1.html").AbsoluteUri, "One", Monday)));
        server.ServeStatus("/1.html", 503);
        await using var feeds = FeedsHarness.AllowingLoopback();
        var feed = feeds.AddFeed(server.Url("/feed.xml"));

        await feeds.Poller.PollDueAsync();
        var second = (await feeds.PollWhenDueAsync(feed.Id)).Feeds.Single();
        var third = (await feeds.PollWhenDueAsync(feed.Id)).Feeds.Single();

        // The feed itself answers 304 from the second poll on; the waiting entry is fetched all the same.
        second.Status.ShouldBe(FeedPollStatus.NotModified);
        second.Entries.Single().RetryAt.ShouldBe(FeedsHarness.Start + Interval + 2 * Interval);
        third.Entries.ShouldBeEmpty();
        server.RequestsTo("/1.html").Count.ShouldBe(2);

        var fourth = (await feeds.PollWhenDueAsync(feed.Id)).Feeds.Single();

        fourth.Entries.Single().RetryAt.ShouldBe(FeedsHarness.Start + 3 * Interval + 4 * Interval);
        server.RequestsTo("/1.html").Count.ShouldBe(3);
        feeds.Book.Get(feed.Id).Retries!.Single().Failures.ShouldBe(3);
    }

    [Fact]
    public async Task PollDueAsync_EntryPageFailingEveryTry_IsGivenUpAfterEntryAttemptsAndSaysSo()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/feed.xml", FeedXml.Rss(new Item("1", server.Url("/1.html").AbsoluteUri, "One", Monday)));
        server.ServeStatus("/1.html", 503);
        await using var feeds = FeedsHarness.AllowingLoopback(("EntryAttempts", "2"));
        var feed = feeds.AddFeed(server.Url("/feed.xml"));

        await feeds.Poller.PollDueAsync();
        var last = (await feeds.PollWhenDueAsync(feed.Id)).Feeds.Single();
        await feeds.PollWhenDueAsync(feed.Id);

        last.Entries.Single().Error.ShouldBe("HTTP 503 Service Unavailable; given up after 2 tries");
        last.Entries.Single().RetryAt.ShouldBeNull();
        feeds.Book.Get(feed.Id).SeenEntries.ShouldBe(["1"]);
        feeds.Book.Get(feed.Id).Retries.ShouldBeEmpty();
        server.RequestsTo("/1.html").Count.ShouldBe(2);
    }

    [Fact]
    public async Task PollDueAsync_EntryThatLeftTheFeedWhileWaiting_IsStillFetched()
    {
        await using var server = await FeedServer.StartAsync();
        var first = new Item("1", server.Url("/1.html").AbsoluteUri, "Ada Byron joins Anthropic", Monday);
        server.ServeFeed("/feed.xml", FeedXml.Rss(first));
        server.ServeStatus("/1.html", 500);
        await using var feeds = FeedsHarness.AllowingLoopback();
        var feed = feeds.AddFeed(server.Url("/feed.xml"));
        await feeds.Poller.PollDueAsync();

        server.ServeFeed("/feed.xml", FeedXml.Rss(new Item("2", server.Url("/2.html").AbsoluteUri, "Two", Monday.AddDays(1))));
        server.ServePage("/1.html", Pages.Untitled("Ada Byron has joined Anthropic as chief scientist."));
        server.ServePage("/2.html", Pages.Article("Two", "Alan Kay has left OpenAI to found a startup."));
        var report = await feeds.PollWhenDueAsync(feed.Id);

        report.Feeds.Single().Entries.Select(e => (e.EntryId, e.Error)).ShouldBe([("1", null), ("2", null)]);
        // What the entry said is kept with it: the page has no title, the entry's is used.
        feeds.Sink.Articles.Single(a => a.Url == first.Link).Title.ShouldBe("Ada Byron joins Anthropic");
        feeds.Book.Get(feed.Id).SeenEntries.ShouldBe(["1", "2"]);
    }

    [Fact]
    public async Task PollDueAsync_EntryPageWithACorruptCompressedBody_IsReportedAndNotTriedAgain()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/feed.xml", FeedXml.Rss(new Item("1", server.Url("/1.html").AbsoluteUri, "One", Monday)));
        server.Serve("/1.html", context =>
        {
            context.Response.ContentType = "text/html";
            context.Response.Headers.ContentEncoding = "gzip";
            return context.Response.Body.WriteAsync(Encoding.ASCII.GetBytes("this is not gzip at all, just some bytes")).AsTask();
        });
        await using var feeds = FeedsHarness.AllowingLoopback();
        var feed = feeds.AddFeed(server.Url("/feed.xml"));

        var result = (await feeds.Poller.PollDueAsync()).Feeds.Single();

        result.Entries.Single().Error!.ShouldStartWith("the response's compressed body is corrupt");
        result.Entries.Single().RetryAt.ShouldBeNull();
        feeds.Book.Get(feed.Id).SeenEntries.ShouldBe(["1"]);
    }

    [Fact]
    public async Task PollDueAsync_EntryPageCutOffHalfWay_IsFetchedAgainAtTheNextPoll()
    {
        await using var server = await FeedServer.StartAsync();
        await using var page = new CutOffServer("text/html", Pages.Article("One", "Ada Byron has joined Anthropic as chief scientist."));
        server.ServeFeed("/feed.xml", FeedXml.Rss(new Item("1", page.Url.AbsoluteUri, "One", Monday)));
        await using var feeds = FeedsHarness.AllowingLoopback();
        var feed = feeds.AddFeed(server.Url("/feed.xml"));

        var failed = (await feeds.Poller.PollDueAsync()).Feeds.Single();

        failed.Entries.Single().Error!.ShouldStartWith("the download broke off: ");
        failed.Entries.Single().RetryAt.ShouldBe(FeedsHarness.Start + Interval);
        feeds.Book.Get(feed.Id).SeenEntries.ShouldBeEmpty();

        page.CutOff = false;
        var recovered = (await feeds.PollWhenDueAsync(feed.Id)).Feeds.Single();

        recovered.Entries.Single().Ingested.ShouldNotBeNull();
        feeds.Sink.Articles.Single().Text.ShouldContain("Ada Byron has joined Anthropic");
        page.Requests.ShouldBe(2);
    }

    [Fact]
    public async Task PollDueAsync_FeedWhoseBodyIsCutOff_FailsThatFeedOnly()
    {
        await using var server = await FeedServer.StartAsync();
        await using var cutFeed = new CutOffServer("application/rss+xml", FeedXml.Rss(new Item("9", "https://news.example/9", "Nine", Monday)));
        server.ServeFeed("/good.xml", FeedXml.Rss(new Item("1", server.Url("/1.html").AbsoluteUri, "One", Monday)));
        server.ServePage("/1.html", Pages.Article("One", "Story one."));
        await using var feeds = FeedsHarness.AllowingLoopback();
        var cut = feeds.AddFeed(cutFeed.Url);
        feeds.AddFeed(server.Url("/good.xml"));

        var report = await feeds.Poller.PollDueAsync();

        report.Feeds.Select(f => f.Status).ShouldBe([FeedPollStatus.Failed, FeedPollStatus.Read]);
        report.Feeds[0].Error!.ShouldStartWith("the download broke off: ");
        feeds.Book.Get(cut.Id).Failures.ShouldBe(1);
        feeds.Sink.Articles.Count.ShouldBe(1);
    }
}
