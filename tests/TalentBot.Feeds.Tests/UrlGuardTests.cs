using TalentBot.Feeds.Tests.Support;
using TalentBot.Testing;

namespace TalentBot.Feeds.Tests;

public sealed class UrlGuardTests
{
    [Theory]
    [InlineData("ftp://files.example/article.txt", "ftp")]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("data:text/html,<p>hi</p>", "data")]
    [InlineData("gopher://example.com/", "gopher")]
    public async Task RejectionAsync_SchemeOtherThanHttp_IsRefusedEvenWhenPrivateAddressesAreAllowed(string url, string scheme)
    {
        await using var feeds = FeedsHarness.AllowingLoopback();

        var reason = await feeds.Guard.RejectionAsync(new Uri(url), "the link", CancellationToken.None);

        reason.ShouldBe($"the link uses {scheme}:, and only http and https are fetched");
    }

    [Fact]
    public async Task RejectionAsync_RelativeUrl_IsRefused()
    {
        await using var feeds = FeedsHarness.Create();

        var reason = await feeds.Guard.RejectionAsync(new Uri("/articles/1", UriKind.Relative), "the link", CancellationToken.None);

        reason.ShouldBe("the link is not an absolute address");
    }

    [Theory]
    [InlineData("http://10.0.0.5/admin", "the link points at a private address (10.0.0.5)")]
    [InlineData("https://127.0.0.1:8443/", "the link points at a loopback address (127.0.0.1)")]
    [InlineData("http://2130706433/", "the link points at a loopback address (127.0.0.1)")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "the link points at a link-local address (169.254.169.254)")]
    [InlineData("http://[::1]/", "the link points at a loopback address (::1)")]
    [InlineData("http://[fd00::5]/", "the link points at a private address (fd00::5)")]
    [InlineData("http://[::ffff:10.0.0.5]/", "the link points at a private address (::ffff:10.0.0.5)")]
    public async Task RejectionAsync_AddressLiteralInside_IsRefusedWithoutAskingDns(string url, string expected)
    {
        await using var feeds = FeedsHarness.Create();

        var reason = await feeds.Guard.RejectionAsync(new Uri(url), "the link", CancellationToken.None);

        reason.ShouldBe(expected);
        feeds.Resolver.Lookups.ShouldBeEmpty();
    }

    [Fact]
    public async Task RejectionAsync_HostWithOnePrivateAddressAmongPublicOnes_IsRefused()
    {
        await using var feeds = FeedsHarness.Create();
        feeds.Resolver.Answer("mixed.test", "93.184.216.34,10.1.2.3");

        var reason = await feeds.Guard.RejectionAsync(new Uri("https://mixed.test/story"), "the link", CancellationToken.None);

        reason.ShouldBe("the link points at a private address (10.1.2.3)");
    }

    [Fact]
    public async Task RejectionAsync_HostWithPublicAddressesOnly_IsAllowed()
    {
        await using var feeds = FeedsHarness.Create();
        feeds.Resolver.Answer("news.test", "93.184.216.34,2606:2800:220:1::1");

        var reason = await feeds.Guard.RejectionAsync(new Uri("https://news.test/story?id=7"), "the link", CancellationToken.None);

        reason.ShouldBeNull();
    }

    [Fact]
    public async Task RejectionAsync_HostThatDoesNotResolve_IsRefusedWithTheHost()
    {
        await using var feeds = FeedsHarness.Create();

        var reason = await feeds.Guard.RejectionAsync(new Uri("https://nowhere.test/story"), "the link", CancellationToken.None);

        reason.ShouldBe("the host nowhere.test could not be resolved");
    }

    [Fact]
    public async Task RejectionAsync_PrivateAddressesAllowed_LetsAPrivateAddressThrough()
    {
        await using var feeds = FeedsHarness.AllowingLoopback();

        var reason = await feeds.Guard.RejectionAsync(new Uri("http://10.0.0.5/intranet-news"), "the link", CancellationToken.None);

        reason.ShouldBeNull();
    }
}
