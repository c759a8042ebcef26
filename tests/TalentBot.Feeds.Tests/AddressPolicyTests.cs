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

    [Theory]
    [InlineData("8.8.8.8")]
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
