using TalentBot.Core;
using TalentBot.Feeds.Tests.Support;
using TalentBot.Testing;

namespace TalentBot.Feeds.Tests;

/// <summary>Feeds on a loopback server, polled end to end: feed, conditional GET, entry pages, sink, saved state.</summary>
public sealed class FeedPollerTests
{
    private static readonly DateTimeOffset Monday = new(2025, 2, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PollDueAsync_Rss_HandsEachEntrysArticleToTheSinkWithItsLink()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/rss.xml", FeedXml.Rss(
            new Item("guid-1", server.Url("/articles/1.html").AbsoluteUri, "Ada Byron joins Anthropic", Monday),
            new Item("guid-2", server.Url("/articles/2.html").AbsoluteUri, "Alan Kay leaves OpenAI", Monday.AddHours(2))));
        server.ServePage("/articles/1.html", Pages.Article("Ada Byron joins Anthropic", "Ada Byron has joined Anthropic as chief scientist."));
        server.ServePage("/articles/2.html", Pages.Article("Alan Kay leaves OpenAI", "Alan Kay has left OpenAI to found a startup."));
        await using var feeds = FeedsHarness.AllowingLoopback();
        var feed = feeds.AddFeed(server.Url("/rss.xml"));

        var report = await feeds.Poller.PollDueAsync();

        var result = report.Feeds.Single();
        result.Status.ShouldBe(FeedPollStatus.Read);
        result.Entries.Select(e => e.EntryId).ShouldBe(["guid-2", "guid-1"]);
        result.Entries.ShouldAllBe(e => e.Error == null && e.Ingested != null);
        var articles = feeds.Sink.Batches.Single();
        articles.Select(a => a.Url).ShouldBe([server.Url("/articles/2.html").AbsoluteUri, server.Url("/articles/1.html").AbsoluteUri]);
        articles[0].Text.ShouldContain("Alan Kay has left OpenAI to found a startup.");
        articles[1].Text.ShouldContain("Ada Byron has joined Anthropic as chief scientist.");
        articles[1].Title.ShouldBe("Ada Byron joins Anthropic");

        var saved = feeds.Book.Get(feed.Id);
        saved.SeenEntries.ShouldBe(["guid-2", "guid-1"]);
        saved.ETag.ShouldNotBeNull();
        saved.LastPolled.ShouldBe(FeedsHarness.Start);
        saved.NextPoll.ShouldBe(FeedsHarness.Start + TimeSpan.FromMinutes(15));
        result.NextPoll.ShouldBe(saved.NextPoll);
    }

    [Fact]
    public async Task PollDueAsync_Atom_HandsEachEntrysArticleToTheSinkWithItsLink()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/atom.xml", FeedXml.Atom(
            new Item("urn:uuid:1", server.Url("/a/1").AbsoluteUri, "Grace Hopper joins DeepMind", Monday)), "application/atom+xml");
        server.ServePage("/a/1", Pages.Article("Grace Hopper joins DeepMind", "Grace Hopper has joined DeepMind in London."));
        await using var feeds = FeedsHarness.AllowingLoopback();
        feeds.AddFeed(server.Url("/atom.xml"));

        var report = await feeds.Poller.PollDueAsync();

        report.Feeds.Single().Entries.Single().EntryId.ShouldBe("urn:uuid:1");
        var article = feeds.Sink.Articles.Single();
        article.Url.ShouldBe(server.Url("/a/1").AbsoluteUri);
        article.Text.ShouldContain("Grace Hopper has joined DeepMind in London.");
        report.Ingested.Single().Status.ShouldBe(TalentBot.Knowledge.IngestStatus.Added);
    }

    [Theory]
    [InlineData(Validator.ETag)]
    [InlineData(Validator.LastModified)]
    public async Task PollDueAsync_FeedUnchanged_IsAConditionalGetAnsweredNotModified(Validator validator)
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/feed.xml", FeedXml.Rss(new Item("1", server.Url("/1.html").AbsoluteUri, "One", Monday)), validator: validator);
        server.ServePage("/1.html", Pages.Article("One", "Story one."));
        await using var feeds = FeedsHarness.AllowingLoopback();
        var feed = feeds.AddFeed(server.Url("/feed.xml"));
        await feeds.Poller.PollDueAsync();

        var report = await feeds.PollWhenDueAsync(feed.Id);

        report.Feeds.Single().Status.ShouldBe(FeedPollStatus.NotModified);
        var second = server.RequestsTo("/feed.xml")[1];
        if (validator == Validator.ETag) second.IfNoneMatch.ShouldNotBeNull();
        else second.IfModifiedSince.ShouldNotBeNull();
        server.RequestsTo("/1.html").Count.ShouldBe(1);
        feeds.Sink.Batches.Count.ShouldBe(1);
        feeds.Book.Get(feed.Id).NextPoll.ShouldBe(FeedsHarness.Start + TimeSpan.FromMinutes(30));
    }

    [Fact]
    public async Task PollDueAsync_NewEntryAdded_FetchesOnlyIt()
    {
        await using var server = await FeedServer.StartAsync();
        var first = new Item("1", server.Url("/1.html").AbsoluteUri, "One", Monday);
        var second = new Item("2", server.Url("/2.html").AbsoluteUri, "Two", Monday.AddDays(1));
        server.ServeFeed("/feed.xml", FeedXml.Rss(first));
        server.ServePage("/1.html", Pages.Article("One", "Story one."));
        server.ServePage("/2.html", Pages.Article("Two", "Story two."));
        await using var feeds = FeedsHarness.AllowingLoopback();
        var feed = feeds.AddFeed(server.Url("/feed.xml"));
        await feeds.Poller.PollDueAsync();

        server.ServeFeed("/feed.xml", FeedXml.Rss(second, first));
        var report = await feeds.PollWhenDueAsync(feed.Id);

        report.Feeds.Single().Entries.Select(e => e.EntryId).ShouldBe(["2"]);
        server.RequestsTo("/1.html").Count.ShouldBe(1);
        server.RequestsTo("/2.html").Count.ShouldBe(1);
        feeds.Sink.Batches.Last().Single().Text.ShouldContain("Story two.");
        feeds.Book.Get(feed.Id).SeenEntries.ShouldBe(["2", "1"]);
    }

    [Fact]
    public async Task PollDueAsync_EntryLinksOnLoopback_AreRefusedWithTheReasonAndMarkedSeen()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/feed.xml", FeedXml.Rss(new Item("1", server.Url("/1.html").AbsoluteUri, "One", Monday)));
        server.ServePage("/1.html", Pages.Article("One", "Story one."));
        await using var feeds = FeedsHarness.Create();
        var feed = feeds.AddFeed(server.Url("/feed.xml"));

        var report = await feeds.Poller.PollDueAsync();

        var result = report.Feeds.Single();
        result.Status.ShouldBe(FeedPollStatus.Read);
        result.Entries.Single().Error.ShouldBe("the link points at a loopback address (127.0.0.1); set Feeds:AllowPrivateAddresses to true to allow private addresses");
        server.RequestsTo("/1.html").ShouldBeEmpty();
        feeds.Sink.Batches.ShouldBeEmpty();
        feeds.Book.Get(feed.Id).SeenEntries.ShouldBe(["1"]);
        feeds.Book.Get(feed.Id).Failures.ShouldBe(0);
    }

    [Fact]
    public async Task PollDueAsync_EntryPagesThatFail_AreReportedWithWhyAndNotFetchedAgain()
    {
        await using var server = await FeedServer.StartAsync();
        var gone = new Item("gone", server.Url("/gone.html").AbsoluteUri, "Gone", Monday);
        var picture = new Item("picture", server.Url("/photo.png").AbsoluteUri, "Photo", Monday.AddHours(1));
        var script = new Item("script", "javascript:alert(1)", "Script", Monday.AddHours(2));
        var ftp = new Item("ftp", "ftp://files.example/story.txt", "FTP", Monday.AddHours(3));
        var linkless = new Item("linkless", null, "No link", Monday.AddHours(4));
        server.ServeFeed("/feed.xml", FeedXml.Rss(gone, picture, script, ftp, linkless));
        server.ServeStatus("/gone.html", 410);
        server.ServePage("/photo.png", "not really a png", "image/png");
        await using var feeds = FeedsHarness.AllowingLoopback();
        var feed = feeds.AddFeed(server.Url("/feed.xml"));

        var report = await feeds.Poller.PollDueAsync();

        report.Feeds.Single().Entries.Select(e => (e.EntryId, e.Error)).ShouldBe(
        [
            ("linkless", "the entry has no link to an article page"),
            ("ftp", "the link uses ftp:, and only http and https are fetched"),
            ("script", "the link uses javascript:, and only http and https are fetched"),
            ("picture", "content type 'image/png' is not text, Markdown or HTML"),
            ("gone", "HTTP 410 Gone"),
        ]);
        feeds.Sink.Batches.ShouldBeEmpty();

        server.ServeFeed("/feed.xml", FeedXml.Rss(gone, picture, script, ftp, linkless, new Item("new", null, "New", Monday.AddDays(1))));
        var again = await feeds.PollWhenDueAsync(feed.Id);

        again.Feeds.Single().Entries.Select(e => e.EntryId).ShouldBe(["new"]);
        server.RequestsTo("/gone.html").Count.ShouldBe(1);
        server.RequestsTo("/photo.png").Count.ShouldBe(1);
    }

    [Fact]
    public async Task PollDueAsync_EntryPageOverTheCap_IsReportedAndNotIngested()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/feed.xml", FeedXml.Rss(new Item("1", server.Url("/huge.html").AbsoluteUri, "Huge", Monday)));
        server.ServePage("/huge.html", Pages.Article("Huge", string.Concat(Enumerable.Repeat("A very long sentence. ", 500))));
        await using var feeds = FeedsHarness.AllowingLoopback(("MaxPageBytes", "2048"));
        feeds.AddFeed(server.Url("/feed.xml"));

        var report = await feeds.Poller.PollDueAsync();

        report.Feeds.Single().Entries.Single().Error.ShouldBe("response is over the 2 KiB cap");
        feeds.Sink.Batches.ShouldBeEmpty();
    }

    [Fact]
    public async Task PollDueAsync_PageWithoutTitleOrDate_TakesThemFromTheEntry()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/feed.xml", FeedXml.Rss(new Item("1", server.Url("/1.html").AbsoluteUri, "Edsger Dijkstra joins xAI", Monday)));
        server.ServePage("/1.html", Pages.Untitled("Edsger Dijkstra has joined xAI."));
        await using var feeds = FeedsHarness.AllowingLoopback();
        feeds.AddFeed(server.Url("/feed.xml"));

        await feeds.Poller.PollDueAsync();

        var article = feeds.Sink.Articles.Single();
        article.Title.ShouldBe("Edsger Dijkstra joins xAI");
        article.Published.ShouldBe(new PartialDate(2025, 2, 24));
    }

    [Fact]
    public async Task PollDueAsync_MoreNewEntriesThanTheCap_TakesTheNewestAndLeavesTheRestForTheNextPolls()
    {
        await using var server = await FeedServer.StartAsync();
        var items = Enumerable.Range(1, 5)
                              .Select(i => new Item($"{i}", server.Url($"/{i}.html").AbsoluteUri, $"Story {i}", Monday.AddDays(i)))
                              .ToArray();
        server.ServeFeed("/feed.xml", FeedXml.Rss(items));
        foreach (var item in items) server.ServePage($"/{item.Id}.html", Pages.Article(item.Title, $"Story number {item.Id}."));
        await using var feeds = FeedsHarness.AllowingLoopback(("MaxEntriesPerPoll", "2"));
        var feed = feeds.AddFeed(server.Url("/feed.xml"));

        var first = await feeds.Poller.PollDueAsync();
        feeds.Book.Get(feed.Id).ETag.ShouldBeNull();
        var second = await feeds.PollWhenDueAsync(feed.Id);
        var third = await feeds.PollWhenDueAsync(feed.Id);
        var fourth = await feeds.PollWhenDueAsync(feed.Id);

        first.Feeds.Single().Entries.Select(e => e.EntryId).ShouldBe(["5", "4"]);
        first.Feeds.Single().EntriesLeft.ShouldBe(3);
        second.Feeds.Single().Entries.Select(e => e.EntryId).ShouldBe(["3", "2"]);
        third.Feeds.Single().Entries.Select(e => e.EntryId).ShouldBe(["1"]);
        third.Feeds.Single().EntriesLeft.ShouldBe(0);
        fourth.Feeds.Single().Status.ShouldBe(FeedPollStatus.NotModified);
        feeds.Sink.Articles.Count.ShouldBe(5);
    }

    [Fact]
    public async Task PollDueAsync_LongHistory_KeepsTheMostRecentFiveHundredSeenEntriesAndAllStillListed()
    {
        await using var server = await FeedServer.StartAsync();
        var listed = new Item("old-599", server.Url("/old.html").AbsoluteUri, "Old but still listed", Monday);
        var fresh = new Item("new", server.Url("/new.html").AbsoluteUri, "New", Monday.AddDays(1));
        server.ServeFeed("/feed.xml", FeedXml.Rss(fresh, listed));
        server.ServePage("/new.html", Pages.Article("New", "Story new."));
        await using var feeds = FeedsHarness.AllowingLoopback();
        var feed = feeds.AddFeed(server.Url("/feed.xml"));
        feeds.Book.Save(feed with { SeenEntries = Enumerable.Range(0, 600).Select(i => $"old-{i}").ToList() });

        await feeds.Poller.PollDueAsync();

        var seen = feeds.Book.Get(feed.Id).SeenEntries!;
        seen.Count.ShouldBe(500);
        seen.Take(3).ShouldBe(["new", "old-599", "old-0"]);
        server.RequestsTo("/old.html").ShouldBeEmpty();
    }

    [Fact]
    public async Task PollDueAsync_SinkThrows_FailsTheFeedAndOffersTheEntriesAgain()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/feed.xml", FeedXml.Rss(new Item("1", server.Url("/1.html").AbsoluteUri, "One", Monday)));
        server.ServePage("/1.html", Pages.Article("One", "Story one."));
        await using var feeds = FeedsHarness.AllowingLoopback();
        var feed = feeds.AddFeed(server.Url("/feed.xml"));
        feeds.Sink.Failure = new IOException("the store is locked");

        var failed = await feeds.Poller.PollDueAsync();

        failed.Feeds.Single().Status.ShouldBe(FeedPollStatus.Failed);
        failed.Feeds.Single().Error.ShouldBe("the articles could not be ingested: the store is locked");
        feeds.Book.Get(feed.Id).SeenEntries.ShouldBeNull();
        feeds.Logs.All.ShouldContain("its articles could not be ingested");

        feeds.Sink.Failure = null;
        var recovered = await feeds.PollWhenDueAsync(feed.Id);

        recovered.Feeds.Single().Entries.Single().Ingested.ShouldNotBeNull();
        feeds.Book.Get(feed.Id).Failures.ShouldBe(0);
    }

    [Fact]
    public async Task PollDueAsync_OneFeedFailing_DoesNotStopTheOthers()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeStatus("/broken.xml", 500);
        server.ServeFeed("/good.xml", FeedXml.Rss(new Item("1", server.Url("/1.html").AbsoluteUri, "One", Monday)));
        server.ServePage("/1.html", Pages.Article("One", "Story one."));
        await using var feeds = FeedsHarness.AllowingLoopback();
        var broken = feeds.AddFeed(server.Url("/broken.xml"));
        var good = feeds.AddFeed(server.Url("/good.xml"));

        var report = await feeds.Poller.PollDueAsync();

        report.Feeds.Select(f => (f.FeedId, f.Status)).ShouldBe([(broken.Id, FeedPollStatus.Failed), (good.Id, FeedPollStatus.Read)]);
        report.Feeds[0].Error.ShouldBe("HTTP 500 Internal Server Error");
        feeds.Sink.Articles.Count.ShouldBe(1);
    }

    [Fact]
    public async Task PollDueAsync_Logs_NameFeedsByHostAndPathNeverTheQuery()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/private.xml", FeedXml.Rss(new Item("1", server.Url("/1.html?session=s3cr3t-page").AbsoluteUri, "One", Monday)));
        server.ServeStatus("/broken.xml", 503);
        await using var feeds = FeedsHarness.Create();
        feeds.AddFeed(server.Url("/private.xml?token=s3cr3t-feed"));
        feeds.AddFeed(server.Url("/broken.xml?token=s3cr3t-broken"));

        await feeds.Poller.PollDueAsync();

        var logs = feeds.Logs.All;
        logs.ShouldContain($"127.0.0.1:{server.BaseUrl.Port}/private.xml");
        logs.ShouldContain($"127.0.0.1:{server.BaseUrl.Port}/1.html");
        logs.ShouldContain($"127.0.0.1:{server.BaseUrl.Port}/broken.xml");
        logs.ShouldNotContain("s3cr3t");
        server.RequestsTo("/private.xml?token=s3cr3t-feed").Count.ShouldBe(1);
    }
}
