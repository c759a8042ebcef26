using System.Net;
using System.Net.Sockets;

namespace TalentBot.Feeds.Safety;

/// <summary>
/// Which addresses a link from a feed may not reach: anything inside the operator's network or the machine itself,
/// where a feed could otherwise make the bot read a metadata service or an admin page. An IPv6 address that carries
/// an IPv4 one (mapped, compatible, NAT64, 6to4, Teredo) is judged by the IPv4 address it leads to, since the
/// operating system or a gateway on the way delivers it there. Stateless; thread-safe.
/// </summary>
internal static class AddressPolicy
{
    /// <summary>Why <paramref name="address"/> is off limits ("a private address"), or null when it is public.</summary>
    public static string? Forbidden(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6) return ForbiddenIPv4(address.MapToIPv4().GetAddressBytes());
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => ForbiddenIPv4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => ForbiddenIPv6(address.GetAddressBytes()),
            _ => "an address that is neither IPv4 nor IPv6",
        };
    }

    private static string? ForbiddenIPv4(ReadOnlySpan<byte> b) => b switch
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

    private static string? ForbiddenIPv6(byte[] b)
    {
        var span = b.AsSpan();
        if (span[..12].IndexOfAnyExcept((byte)0) < 0)
        {
            if (span[12..15].IndexOfAnyExcept((byte)0) < 0 && b[15] <= 1) return b[15] == 0 ? "an unspecified address" : "a loopback address";
            // ::/96, IPv4-compatible (deprecated, RFC 4291 2.5.5.1): some stacks still deliver ::10.0.0.1 over IPv4.
            return ForbiddenIPv4(span[12..]) ?? "a deprecated IPv4-compatible address";
        }
        // ::ffff:0:0:0/96, IPv4-translated (RFC 2765): a stateless translator delivers it to the IPv4 address.
        if (span[..8].IndexOfAnyExcept((byte)0) < 0 && b[8] == 0xFF && b[9] == 0xFF && b[10] == 0 && b[11] == 0)
            return ForbiddenIPv4(span[12..]);
        if ((b[0] & 0xFE) == 0xFC) return "a private address";
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) return "a link-local address";
        // fec0::/10, site-local: deprecated (RFC 3879), but hosts may still route it inside a site.
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0) return "a site-local address";
        if (b[0] == 0xFF) return "a multicast address";
        // 64:ff9b::/96, the well-known NAT64 prefix: the gateway forwards to the IPv4 address in the last four bytes.
        if (span[..12].SequenceEqual(Nat64Prefix)) return ForbiddenIPv4(span[12..]);
        // 64:ff9b:1::/48, NAT64 for local use (RFC 8215): where the IPv4 address sits depends on the operator's
        // prefix length, and nothing public lives there, so the whole block is refused.
        if (span[..6].SequenceEqual(LocalNat64Prefix)) return "a local-use NAT64 address";
        // 2002::/16, 6to4: the relay delivers to the IPv4 address in bytes 2 to 5.
        if (b[0] == 0x20 && b[1] == 0x02) return ForbiddenIPv4(span[2..6]);
        // 2001::/32, Teredo: packets end at the client's IPv4 address, stored inverted in the last four bytes.
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0)
            return ForbiddenIPv4([(byte)~b[12], (byte)~b[13], (byte)~b[14], (byte)~b[15]]);
        return null;
    }

    private static ReadOnlySpan<byte> Nat64Prefix => [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0];

    private static ReadOnlySpan<byte> LocalNat64Prefix => [0x00, 0x64, 0xFF, 0x9B, 0x00, 0x01];
}
