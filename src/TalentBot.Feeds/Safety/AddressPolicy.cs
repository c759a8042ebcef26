using System.Net;
using System.Net.Sockets;

namespace TalentBot.Feeds.Safety;

/// <summary>
/// Which addresses a link from a feed may not reach: anything inside the operator's network or the machine itself,
/// where a feed could otherwise make the bot read a metadata service or an admin page. Stateless; thread-safe.
/// </summary>
internal static class AddressPolicy
{
    /// <summary>64:ff9b::/96, the NAT64 prefix: the gateway forwards to the IPv4 address in the last four bytes.</summary>
    private static readonly byte[] Nat64Prefix = [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>Why <paramref name="address"/> is off limits ("a private address"), or null when it is public.</summary>
    public static string? Forbidden(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6) return ForbiddenIPv4(address.MapToIPv4());
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => ForbiddenIPv4(address),
            AddressFamily.InterNetworkV6 => ForbiddenIPv6(address),
            _ => "an address that is neither IPv4 nor IPv6",
        };
    }

    private static string? ForbiddenIPv4(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return b switch
        {
            // 0.0.0.0/8: Linux connects 0.0.0.0 to the machine itself.
            [0, ..] => "an unspecified address",
            [127, ..] => "a loopback address",
            [10, ..] => "a private address",
            [172, >= 16 and <= 31, ..] => "a private address",
            [192, 168, ..] => "a private address",
            [100, >= 64 and <= 127, ..] => "a private address",
            [169, 254, ..] => "a link-local address",
            [>= 224 and <= 239, ..] => "a multicast address",
            // 240.0.0.0/4 is reserved, and holds the broadcast address.
            [>= 240, ..] => "a reserved address",
            _ => null,
        };
    }

    private static string? ForbiddenIPv6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Loopback)) return "a loopback address";
        if (address.Equals(IPAddress.IPv6None)) return "an unspecified address";
        var b = address.GetAddressBytes();
        if ((b[0] & 0xFE) == 0xFC) return "a private address";
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) return "a link-local address";
        if (b[0] == 0xFF) return "a multicast address";
        if (b.AsSpan(0, 12).SequenceEqual(Nat64Prefix)) return ForbiddenIPv4(new IPAddress(b.AsSpan(12)));
        return null;
    }
}
