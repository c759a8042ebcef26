using TalentBot.Feeds.Tests.Support;
using TalentBot.Testing;

namespace TalentBot.Feeds.Tests;

public sealed class FeedPollingServiceTests
{
    [Fact]
    public async Task PollOnceAsync_NoFeeds_WaitsThePollInterval()
    {
        await using var feeds = FeedsHarness.Create();

        var wait = await feeds.Service.PollOnceAsync(CancellationToken.None);

        wait.ShouldBe(TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task PollOnceAsync_FeedDueSooner_WaitsUntilItIsDue()
    {
        await using var feeds = FeedsHarness.Create();
        var feed = feeds.AddFeed(new Uri("https://news.example/feed"));
        feeds.Book.Save(feed with { NextPoll = FeedsHarness.Start + TimeSpan.FromMinutes(4) });

        var wait = await feeds.Service.PollOnceAsync(CancellationToken.None);

        wait.ShouldBe(TimeSpan.FromMinutes(4));
    }

    [Fact]
    public async Task PollOnceAsync_FeedBackingOffForHours_StillWakesEveryPollIntervalForTheFolders()
    {
        await using var feeds = FeedsHarness.Create();
        var feed = feeds.AddFeed(new Uri("https://news.example/feed"));
        feeds.Book.Save(feed with { NextPoll = FeedsHarness.Start + TimeSpan.FromHours(6) });

        var wait = await feeds.Service.PollOnceAsync(CancellationToken.None);

        wait.ShouldBe(TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task PollOnceAsync_BrokenFeedBook_IsLoggedAndTheLoopGoesOn()
    {
        await using var feeds = FeedsHarness.Create();
        feeds.Book.Failure = new InvalidOperationException("the store file is locked");

        var wait = await feeds.Service.PollOnceAsync(CancellationToken.None);

        wait.ShouldBe(TimeSpan.FromMinutes(15));
        feeds.Logs.All.ShouldContain("Polling feeds failed; trying again at the next poll");
    }

    [Fact]
    public async Task Service_PollsDueFeedsAtStartAndStopsCleanly()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/feed.xml", FeedXml.Rss(new Item("1", server.Url("/1.html").AbsoluteUri, "One")));
        server.ServePage("/1.html", Pages.Article("One", "Story one."));
        await using var feeds = FeedsHarness.AllowingLoopback();
        var feed = feeds.AddFeed(server.Url("/feed.xml"));

        await feeds.Service.StartAsync(CancellationToken.None);
        await feeds.Sink.FirstBatch.WaitAsync(TimeSpan.FromSeconds(10));
        await feeds.Service.StopAsync(CancellationToken.None);

        feeds.Sink.Articles.Single().Text.ShouldContain("Story one.");
        feeds.Book.Get(feed.Id).SeenEntries.ShouldBe(["1"]);
    }
}
