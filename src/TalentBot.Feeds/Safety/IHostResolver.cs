using System.Net;

namespace TalentBot.Feeds.Safety;

/// <summary>Turns a host name into the addresses it would be reached at. Implementations must be thread-safe.</summary>
public interface IHostResolver
{
    /// <summary>Every address of <paramref name="host"/>; a name that does not resolve throws a <see cref="System.Net.Sockets.SocketException"/>.</summary>
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

/// <summary>The system's DNS. Thread-safe.</summary>
public sealed class DnsHostResolver : IHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}
