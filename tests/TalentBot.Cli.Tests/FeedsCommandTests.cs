using TalentBot.Testing;

namespace TalentBot.Cli.Tests;

/// <summary><c>feeds add</c> end to end: a feed on loopback brings an article, its move alerts a subscriber.</summary>
public sealed class FeedsCommandTests : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private FeedServer _feeds = null!;
    private WebhookReceiver _webhook = null!;

    public async Task InitializeAsync()
    {
        _feeds = await FeedServer.StartAsync();
        _webhook = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _feeds.DisposeAsync();
        await _webhook.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task FeedsAdd_ReadsTheFeedNow_IngestsItsArticles_AndAlertsTheSubscriber()
    {
        ServeFeed();
        await Cli.RunAsync("subscribe", "--db", _temp.Database, "--webhook", _webhook.Url.AbsoluteUri, "--company", "meta");

        // The entry links point at loopback too: only an explicit setting lets the bot follow them there.
        var added = await Cli.RunAsync([new("Feeds:AllowPrivateAddresses", "true")], "feeds", "add", "--db", _temp.Database, _feeds.Url("/feed.xml").AbsoluteUri);

        added.ExitCode.ShouldBe(0, added.Error);
        added.Output.ShouldContain("Read 1 new article(s) with 1 new move(s)");
        added.Output.ShouldContain("Delivered 1 alert(s)");
        _webhook.Accepted.Single().Body!["moves"]![0]!["person"]!.GetValue<string>().ShouldBe("Ines Moreau");
        var listed = await Cli.RunAsync("feeds", "list", "--db", _temp.Database);
        listed.Output.ShouldContain("/feed.xml");
        listed.Output.ShouldContain("last read");
    }

    [Fact]
    public async Task FeedsAdd_EntryLinksOnAPrivateAddress_AreRefusedWithTheReason()
    {
        ServeFeed();

        var added = await Cli.RunAsync("feeds", "add", "--db", _temp.Database, _feeds.Url("/feed.xml").AbsoluteUri);

        added.ExitCode.ShouldBe(0, added.Error);
        added.Output.ShouldContain("loopback address");
        added.Output.ShouldContain("Read 0 new article(s)");
        added.ShouldHaveNoStackTrace();
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public async Task FeedsAdd_NotAnHttpUrl_IsRefused(string url)
    {
        var added = await Cli.RunAsync("feeds", "add", "--db", _temp.Database, url);

        added.ExitCode.ShouldBe(1);
        added.Error.ShouldContain("http(s) URL");
    }

    [Fact]
    public async Task FeedsAdd_PageWithoutAFeedLink_IsRefusedAndNothingIsAdded()
    {
        _feeds.ServePage("/about", Pages.Article("About us", "We write about people in AI."));

        var added = await Cli.RunAsync("feeds", "add", "--db", _temp.Database, _feeds.Url("/about").AbsoluteUri);

        added.ExitCode.ShouldBe(1);
        added.Error.ShouldContain($"Not added: {_feeds.Url("/about")} is not an RSS or Atom feed (it is a web page that links to no RSS or Atom feed).");
        (await Cli.RunAsync("feeds", "list", "--db", _temp.Database)).Output.ShouldContain("No feeds.");
    }

    [Fact]
    public async Task FeedsAdd_UrlAnswering404_IsRefusedAndNothingIsAdded()
    {
        var added = await Cli.RunAsync("feeds", "add", "--db", _temp.Database, _feeds.Url("/no-such-feed.xml").AbsoluteUri);

        added.ExitCode.ShouldBe(1);
        added.Error.ShouldContain("is not an RSS or Atom feed (HTTP 404 Not Found)");
        (await Cli.RunAsync("feeds", "list", "--db", _temp.Database)).Output.ShouldContain("No feeds.");
    }

    [Fact]
    public async Task FeedsAdd_PageThatNamesItsFeed_AddsThatFeed()
    {
        ServeFeed();
        _feeds.ServePage("/news/", "<!doctype html><html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\"></head><body>News</body></html>");

        var added = await Cli.RunAsync([new("Feeds:AllowPrivateAddresses", "true")], "feeds", "add", "--db", _temp.Database, _feeds.Url("/news/").AbsoluteUri);

        added.ExitCode.ShouldBe(0, added.Error);
        added.Output.ShouldContain($"{_feeds.Url("/news/")} is a web page; adding the feed it names.");
        added.Output.ShouldContain("Read 1 new article(s)");
        var listed = await Cli.RunAsync("feeds", "list", "--db", _temp.Database);
        listed.Output.ShouldContain(_feeds.Url("/feed.xml").AbsoluteUri);
        listed.Output.ShouldNotContain("/news/");
    }

    [Fact]
    public async Task FeedsAdd_EntryPageThatFails_IsReportedWithWhenItIsTriedAgain()
    {
        _feeds.ServeFeed("/feed.xml", FeedXml.Rss(new Item("urn:1", _feeds.Url("/a/1").AbsoluteUri, "Meta hires again")));
        _feeds.ServeStatus("/a/1", 503);

        var added = await Cli.RunAsync([new("Feeds:AllowPrivateAddresses", "true")], "feeds", "add", "--db", _temp.Database, _feeds.Url("/feed.xml").AbsoluteUri);

        added.ExitCode.ShouldBe(0, added.Error);
        added.Output.ShouldContain($"✗ {_feeds.Url("/a/1")}: HTTP 503 Service Unavailable; tried again after ");
        (await Cli.RunAsync("feeds", "list", "--db", _temp.Database)).Output.ShouldContain("1 article page(s) to try again");
    }

    [Fact]
    public async Task FeedsRemove_UnknownId_SaysSo()
    {
        var removed = await Cli.RunAsync("feeds", "remove", "--db", _temp.Database, "nope");

        removed.ExitCode.ShouldBe(1);
        removed.Error.ShouldContain("no feed 'nope'");
    }

    private void ServeFeed()
    {
        _feeds.ServeFeed("/feed.xml", FeedXml.Rss(new Item("urn:1", _feeds.Url("/a/1").AbsoluteUri, "Meta hires again")));
        _feeds.ServePage("/a/1", Pages.Article("Meta hires again", "Ines Moreau has left Google to join Meta."));
    }
}
