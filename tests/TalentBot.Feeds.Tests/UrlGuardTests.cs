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
    [InlineData("http://10.0.0.5/admin", "the link points at a private address (10.0.0.5); set Feeds:AllowPrivateAddresses to true to allow private addresses")]
    [InlineData("https://127.0.0.1:8443/", "the link points at a loopback address (127.0.0.1); set Feeds:AllowPrivateAddresses to true to allow private addresses")]
    [InlineData("http://2130706433/", "the link points at a loopback address (127.0.0.1); set Feeds:AllowPrivateAddresses to true to allow private addresses")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "the link points at a link-local address (169.254.169.254); set Feeds:AllowPrivateAddresses to true to allow private addresses")]
    [InlineData("http://[::1]/", "the link points at a loopback address (::1); set Feeds:AllowPrivateAddresses to true to allow private addresses")]
    [InlineData("http://[fd00::5]/", "the link points at a private address (fd00::5); set Feeds:AllowPrivateAddresses to true to allow private addresses")]
    [InlineData("http://[::ffff:10.0.0.5]/", "the link points at a private address (::ffff:10.0.0.5); set Feeds:AllowPrivateAddresses to true to allow private addresses")]
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

        reason.ShouldBe("the link points at a private address (10.1.2.3); set Feeds:AllowPrivateAddresses to true to allow private addresses");
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
    public async Task RejectionAsync_HostThatDoesNotResolve_FailsAsUnreachableNotAsARefusal()
    {
        await using var feeds = FeedsHarness.Create();

        var failure = await Should.ThrowAsync<HttpRequestException>(
            () => feeds.Guard.RejectionAsync(new Uri("https://nowhere.test/story"), "the link", CancellationToken.None));

        failure.Message.ShouldBe("the host nowhere.test could not be resolved");
        failure.HttpRequestError.ShouldBe(HttpRequestError.NameResolutionError);
        failure.ShouldNotBeAssignableTo<TalentBot.Knowledge.FetchRefusedException>();
    }

    [Fact]
    public async Task RejectionAsync_PrivateAddressesAllowed_LetsAPrivateAddressThrough()
    {
        await using var feeds = FeedsHarness.AllowingLoopback();

        var reason = await feeds.Guard.RejectionAsync(new Uri("http://10.0.0.5/intranet-news"), "the link", CancellationToken.None);

        reason.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(AddressPolicyTests.InternalIPv6Forms), MemberType = typeof(AddressPolicyTests))]
    public async Task RejectionAsync_IPv6LiteralOfAnInternalAddress_IsRefusedNamingTheSetting(string address, string kind)
    {
        await using var feeds = FeedsHarness.Create();

        var reason = await feeds.Guard.RejectionAsync(new Uri($"http://[{address}]/admin"), "the link", CancellationToken.None);

        reason.ShouldNotBeNull();
        reason.ShouldStartWith($"the link points at {kind} (");
        reason.ShouldEndWith("; set Feeds:AllowPrivateAddresses to true to allow private addresses");
        feeds.Resolver.Lookups.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(AddressPolicyTests.InternalIPv6Forms), MemberType = typeof(AddressPolicyTests))]
    public async Task RejectionAsync_HostResolvingToAnIPv6FormOfAnInternalAddress_IsRefused(string address, string kind)
    {
        await using var feeds = FeedsHarness.Create();
        feeds.Resolver.Answer("inside.test", $"2606:4700::1111,{address}");

        var reason = await feeds.Guard.RejectionAsync(new Uri("https://inside.test/story"), "the link", CancellationToken.None);

        reason.ShouldNotBeNull();
        reason.ShouldStartWith($"the link points at {kind} (");
    }

    [Theory]
    [MemberData(nameof(AddressPolicyTests.InternalIPv6Forms), MemberType = typeof(AddressPolicyTests))]
    public async Task PageClient_HostRebindingToAnIPv6FormOfAnInternalAddress_IsRefusedWhenConnecting(string address, string kind)
    {
        await using var feeds = FeedsHarness.Create();
        // Public for the check before the request, internal for the connection (DNS rebinding).
        feeds.Resolver.Answer("rebind.test", "93.184.216.34", address);

        var refusal = await Should.ThrowAsync<HttpRequestException>(
            () => feeds.Client(FeedsServiceCollectionExtensions.PageClientName).GetAsync(new Uri("http://rebind.test:9/story")));

        refusal.Message.ShouldStartWith($"the host rebind.test resolved to {kind} (");
        refusal.Message.ShouldEndWith("when connecting; set Feeds:AllowPrivateAddresses to true to allow private addresses");
    }
}
