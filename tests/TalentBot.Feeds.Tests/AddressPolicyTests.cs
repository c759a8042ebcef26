using System.Net;
using TalentBot.Feeds.Safety;

namespace TalentBot.Feeds.Tests;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("127.255.0.9", "a loopback address")]
    [InlineData("10.0.0.5", "a private address")]
    [InlineData("172.16.0.1", "a private address")]
    [InlineData("172.31.255.255", "a private address")]
    [InlineData("192.168.1.1", "a private address")]
    [InlineData("100.64.0.1", "a private address")]
    [InlineData("100.127.255.255", "a private address")]
    [InlineData("169.254.169.254", "a link-local address")]
    [InlineData("0.0.0.0", "an unspecified address")]
    [InlineData("0.1.2.3", "an unspecified address")]
    [InlineData("224.0.0.1", "a multicast address")]
    [InlineData("239.255.255.250", "a multicast address")]
    [InlineData("255.255.255.255", "a reserved address")]
    public void Forbidden_InternalIPv4_NamesItsKind(string address, string kind) =>
        AddressPolicy.Forbidden(IPAddress.Parse(address)).ShouldBe(kind);

    [Theory]
    [InlineData("::1", "a loopback address")]
    [InlineData("::", "an unspecified address")]
    [InlineData("fc00::1", "a private address")]
    [InlineData("fd12:3456::1", "a private address")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("febf::1", "a link-local address")]
    [InlineData("ff02::1", "a multicast address")]
    public void Forbidden_InternalIPv6_NamesItsKind(string address, string kind) =>
        AddressPolicy.Forbidden(IPAddress.Parse(address)).ShouldBe(kind);

    [Theory]
    [InlineData("::ffff:127.0.0.1", "a loopback address")]
    [InlineData("::ffff:10.0.0.5", "a private address")]
    [InlineData("::ffff:169.254.169.254", "a link-local address")]
    [InlineData("::ffff:100.64.0.1", "a private address")]
    [InlineData("64:ff9b::10.0.0.5", "a private address")]
    [InlineData("64:ff9b::127.0.0.1", "a loopback address")]
    public void Forbidden_IPv4InsideIPv6_IsJudgedAsTheIPv4Address(string address, string kind) =>
        AddressPolicy.Forbidden(IPAddress.Parse(address)).ShouldBe(kind);

    /// <summary>Every IPv6 spelling that ends at an internal address (issue item 9), with the kind it is refused as.</summary>
    public static TheoryData<string, string> InternalIPv6Forms { get; } = new()
    {
        { "::127.0.0.1", "a loopback address" },
        { "::10.0.0.1", "a private address" },
        { "::169.254.169.254", "a link-local address" },
        { "::8.8.8.8", "a deprecated IPv4-compatible address" },
        { "::ffff:0:10.0.0.1", "a private address" },
        { "::ffff:127.0.0.1", "a loopback address" },
        { "fec0::1", "a site-local address" },
        { "feff::1", "a site-local address" },
        { "64:ff9b::192.168.0.1", "a private address" },
        { "64:ff9b::169.254.169.254", "a link-local address" },
        { "64:ff9b:1::a00:1", "a local-use NAT64 address" },
        { "64:ff9b:1:ffff::8.8.8.8", "a local-use NAT64 address" },
        { "2002:7f00:1::", "a loopback address" },
        { "2002:a00:1::1", "a private address" },
        { "2002:a9fe:a9fe::1", "a link-local address" },
        // Teredo: server 65.54.227.120, client 10.0.0.1 stored inverted (f5ff:fffe).
        { "2001:0:4136:e378:8000:63bf:f5ff:fffe", "a private address" },
        { "fc00::1", "a private address" },
        { "fdff:ffff::1", "a private address" },
        { "::", "an unspecified address" },
        { "::1", "a loopback address" },
        { "ff0e::1", "a multicast address" },
    };

    [Theory]
    [MemberData(nameof(InternalIPv6Forms))]
    public void Forbidden_IPv6FormOfAnInternalAddress_IsRefused(string address, string kind) =>
        AddressPolicy.Forbidden(IPAddress.Parse(address)).ShouldBe(kind);

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("2002:808:808::1")]
    [InlineData("2001:0:4136:e378:8000:63bf:f7f7:f7f7")]
    [InlineData("64:ff9b::8.8.4.4")]
    [InlineData("64:ff9a::10.0.0.1")]
    [InlineData("93.184.216.34")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("192.169.0.1")]
    [InlineData("223.255.255.255")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::8.8.8.8")]
    public void Forbidden_PublicAddress_IsNull(string address) =>
        AddressPolicy.Forbidden(IPAddress.Parse(address)).ShouldBeNull();
}
