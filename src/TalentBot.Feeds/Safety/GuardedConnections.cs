using System.Net;
using System.Net.Sockets;

namespace TalentBot.Feeds.Safety;

/// <summary>
/// The socket layer under the feed clients. The host is resolved again at connection time and every address is
/// checked before the socket opens, so a name that answered with a public address for the check and a private
/// one for the connection (DNS rebinding) is still refused.
/// </summary>
internal static class GuardedConnections
{
    public static SocketsHttpHandler CreateHandler(UrlGuard guard) => new()
    {
        // RedirectGuardHandler follows redirects itself, checking each hop.
        AllowAutoRedirect = false,
        // Through a proxy the address connected to would be the proxy's, and nothing here could be checked.
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = (context, cancellationToken) => ConnectAsync(guard, context, cancellationToken),
    };

    /// <remarks>
    /// A pooled connection opened for a trusted request can be reused by a later request to the same origin; that
    /// request passed its own check first, and the operator chose that origin.
    /// </remarks>
    private static async ValueTask<Stream> ConnectAsync(UrlGuard guard, SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endpoint = context.DnsEndPoint;
        var addresses = await guard.AddressesOfAsync(endpoint.Host, cancellationToken).ConfigureAwait(false);
        if (!OperatorTrust.IsTrusted(context.InitialRequestMessage) && guard.Forbidden(addresses) is { } forbidden)
            throw new UrlRejectedException($"the host {endpoint.Host} resolved to {forbidden} when connecting; {UrlGuard.AllowHint}");

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
