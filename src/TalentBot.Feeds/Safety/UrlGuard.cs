using System.Net;
using System.Net.Sockets;

namespace TalentBot.Feeds.Safety;

/// <summary>
/// Decides whether an untrusted URL (an entry link, a redirect) may be fetched: http or https only, and a host
/// whose every address is public unless <see cref="FeedsOptions.AllowPrivateAddresses"/> is set. Each refusal is
/// a one-line reason. Thread-safe.
/// </summary>
internal sealed class UrlGuard(FeedsOptions options, IHostResolver resolver)
{
    /// <summary>The setting that lifts the address check, named in every address refusal so the operator can find it.</summary>
    public const string AllowSetting = $"{FeedsOptions.Section}:{nameof(FeedsOptions.AllowPrivateAddresses)}";

    /// <summary>What to do about an address refusal: one clause, after the reason.</summary>
    public const string AllowHint = $"set {AllowSetting} to true to allow private addresses";

    /// <summary>
    /// Why <paramref name="url"/> may not be fetched, or null when it may. <paramref name="subject"/> names the URL
    /// in the reason: "the link", "the redirect". A host that does not resolve is no refusal: it throws an
    /// <see cref="HttpRequestException"/> (<see cref="HttpRequestError.NameResolutionError"/>), as the connection
    /// would, since DNS may answer later.
    /// </summary>
    public async Task<string?> RejectionAsync(Uri url, string subject, CancellationToken cancellationToken)
    {
        if (SchemeRejection(url, subject) is { } scheme) return scheme;
        if (options.AllowPrivateAddresses) return null;

        IPAddress[] addresses;
        try
        {
            addresses = await AddressesOfAsync(url.IdnHost, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException ex)
        {
            throw new HttpRequestException(HttpRequestError.NameResolutionError, $"the host {url.IdnHost} could not be resolved", ex);
        }
        if (addresses.Length == 0)
            throw new HttpRequestException(HttpRequestError.NameResolutionError, $"the host {url.IdnHost} has no address");
        return Forbidden(addresses) is { } forbidden ? $"{subject} points at {forbidden}; {AllowHint}" : null;
    }

    /// <summary>Why <paramref name="url"/> cannot be fetched whoever gave it, or null: only absolute http and https URLs can.</summary>
    public static string? SchemeRejection(Uri url, string subject)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri) return $"{subject} is not an absolute address";
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            return $"{subject} uses {url.Scheme}:, and only http and https are fetched";
        return null;
    }

    /// <summary>The addresses of <paramref name="host"/>: itself when it is an address literal, else from DNS.</summary>
    public async Task<IPAddress[]> AddressesOfAsync(string host, CancellationToken cancellationToken)
    {
        var literal = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        if (IPAddress.TryParse(literal, out var address)) return [address];
        return await resolver.ResolveAsync(host, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The first off-limits address among <paramref name="addresses"/>, described ("a private address (10.0.0.5)"),
    /// or null. One bad address is enough: the connection may use any of them.
    /// </summary>
    public string? Forbidden(IEnumerable<IPAddress> addresses)
    {
        if (options.AllowPrivateAddresses) return null;
        foreach (var address in addresses)
        {
            if (AddressPolicy.Forbidden(address) is { } kind) return $"{kind} ({address})";
        }
        return null;
    }
}
