using TalentBot.Feeds.Tests.Support;
using TalentBot.Testing;

namespace TalentBot.Feeds.Tests;

/// <summary>When feeds are polled: on the interval when healthy, backing off when failing, as the server asks when it asks.</summary>
public sealed class PollScheduleTests
{
    private static readonly DateTimeOffset Monday = new(2025, 2, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PollDueAsync_Repeated500s_DoubleTheWaitUpToTheCap()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeStatus("/feed.xml", 500);
        await using var feeds = FeedsHarness.Create();
        var feed = feeds.AddFeed(server.Url("/feed.xml"));

        var waits = new List<TimeSpan>();
        for (var poll = 0; poll < 7; poll++)
        {
            await feeds.PollWhenDueAsync(feed.Id);
            var saved = feeds.Book.Get(feed.Id);
            waits.Add(saved.NextPoll - feeds.Time.GetUtcNow());
            saved.Failures.ShouldBe(poll + 1);
            saved.LastError.ShouldBe("HTTP 500 Internal Server Error");
        }

        waits.Select(w => w.TotalMinutes).ShouldBe([15, 30, 60, 120, 240, 360, 360]);
    }

    [Theory]
    [InlineData(429, "7200", 120)]
    [InlineData(503, "60", 15)]
    public async Task PollDueAsync_RetryAfter_IsHonouredWhenLongerThanTheBackoff(int status, string retryAfter, int expectedMinutes)
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeStatus("/feed.xml", status, ("Retry-After", retryAfter));
        await using var feeds = FeedsHarness.Create();
        var feed = feeds.AddFeed(server.Url("/feed.xml"));

        var report = await feeds.Poller.PollDueAsync();

        report.Feeds.Single().NextPoll.ShouldBe(FeedsHarness.Start + TimeSpan.FromMinutes(expectedMinutes));
        feeds.Book.Get(feed.Id).NextPoll.ShouldBe(FeedsHarness.Start + TimeSpan.FromMinutes(expectedMinutes));
    }

    [Fact]
    public async Task PollDueAsync_RetryAfterAsADate_IsMeasuredOnTheInjectedClock()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeStatus("/feed.xml", 429, ("Retry-After", (FeedsHarness.Start + TimeSpan.FromHours(3)).ToString("R")));
        await using var feeds = FeedsHarness.Create();
        feeds.AddFeed(server.Url("/feed.xml"));

        var report = await feeds.Poller.PollDueAsync();

        report.Feeds.Single().NextPoll.ShouldBe(FeedsHarness.Start + TimeSpan.FromHours(3));
    }

    [Fact]
    public async Task PollDueAsync_SuccessAfterFailures_ResetsTheFailuresAndTheInterval()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeStatus("/feed.xml", 502);
        await using var feeds = FeedsHarness.Create();
        var feed = feeds.AddFeed(server.Url("/feed.xml"));
        await feeds.PollWhenDueAsync(feed.Id);
        await feeds.PollWhenDueAsync(feed.Id);
        feeds.Book.Get(feed.Id).Failures.ShouldBe(2);

        server.ServeFeed("/feed.xml", FeedXml.Rss());
        await feeds.PollWhenDueAsync(feed.Id);

        var saved = feeds.Book.Get(feed.Id);
        saved.Failures.ShouldBe(0);
        saved.LastError.ShouldBeNull();
        saved.NextPoll.ShouldBe(feeds.Time.GetUtcNow() + TimeSpan.FromMinutes(15));
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><title>Broken", "the feed is not valid XML: ")]
    [InlineData("<!doctype html><html><body>Not a feed</body></html>", "the feed is not valid XML: ")]
    [InlineData("<html><body><p>Moved</p></body></html>", "the document is not an RSS 2.0 or Atom feed (its root element is <html>)")]
    public async Task PollDueAsync_DocumentThatIsNotAFeed_FailsWithAReason(string body, string reason)
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/feed.xml", body);
        await using var feeds = FeedsHarness.Create();
        var feed = feeds.AddFeed(server.Url("/feed.xml"));

        var report = await feeds.Poller.PollDueAsync();

        report.Feeds.Single().Status.ShouldBe(FeedPollStatus.Failed);
        report.Feeds.Single().Error.ShouldStartWith(reason);
        feeds.Book.Get(feed.Id).Failures.ShouldBe(1);
        feeds.Book.Get(feed.Id).LastError.ShouldStartWith(reason);
    }

    [Fact]
    public async Task PollDueAsync_UnreachableFeed_FailsWithAReason()
    {
        await using var feeds = FeedsHarness.Create();
        feeds.AddFeed(new Uri("http://feeds.unresolvable.test/rss"));

        var report = await feeds.Poller.PollDueAsync();

        report.Feeds.Single().Error.ShouldStartWith("unreachable: ");
    }

    [Fact]
    public async Task PollDueAsync_FeedNotYetDue_IsLeftAlone()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeFeed("/feed.xml", FeedXml.Rss());
        await using var feeds = FeedsHarness.Create();
        var feed = feeds.AddFeed(server.Url("/feed.xml"));
        feeds.Book.Save(feed with { NextPoll = FeedsHarness.Start + TimeSpan.FromMinutes(5) });

        var report = await feeds.Poller.PollDueAsync();

        report.Feeds.ShouldBeEmpty();
        server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task NextDue_IsTheEarliestNextPoll_OrNullWithoutFeeds()
    {
        await using var feeds = FeedsHarness.Create();
        feeds.Poller.NextDue().ShouldBeNull();

        var a = feeds.AddFeed(new Uri("https://a.example/feed"));
        var b = feeds.AddFeed(new Uri("https://b.example/feed"));
        feeds.Book.Save(a with { NextPoll = Monday.AddHours(2) });
        feeds.Book.Save(b with { NextPoll = Monday.AddHours(1) });

        feeds.Poller.NextDue().ShouldBe(Monday.AddHours(1));
    }
}
