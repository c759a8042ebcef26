using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TalentBot.Feeds.Tests.Support;

/// <summary>
/// A raw HTTP/1.1 server on loopback that, while <see cref="CutOff"/> is set, promises a whole body and closes the
/// connection cleanly half way through it, so the client reads the headers and then meets the end of the stream
/// (Kestrel's abort resets the connection instead, which can lose the headers too). Otherwise it sends the body whole.
/// </summary>
public sealed class CutOffServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;
    private readonly string _contentType;
    private readonly byte[] _body;
    private int _requests;

    public CutOffServer(string contentType, string body)
    {
        _contentType = contentType;
        _body = Encoding.UTF8.GetBytes(body);
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _serving = ServeAsync();
    }

    public Uri Url { get; }

    public bool CutOff { get; set; } = true;

    public int Requests => Volatile.Read(ref _requests);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        // Stopping the listener ends a pending accept with whichever of these the race between the two gives.
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _requests);
            var stream = client.GetStream();
            await ReadRequestAsync(stream);
            var sent = CutOff ? _body.Length / 2 : _body.Length;
            var head = $"HTTP/1.1 200 OK\r\nContent-Type: {_contentType}\r\nContent-Length: {_body.Length}\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
            await stream.WriteAsync(_body.AsMemory(0, sent), _stop.Token);
            // A FIN, not a reset: the request was read whole, so closing loses nothing the client was sent.
            client.Client.Shutdown(SocketShutdown.Send);
            var rest = new byte[1024];
            while (await stream.ReadAsync(rest, _stop.Token) > 0)
            {
            }
        }
    }

    /// <summary>Reads up to the blank line that ends a GET's headers.</summary>
    private async Task ReadRequestAsync(NetworkStream stream)
    {
        var seen = new StringBuilder();
        var buffer = new byte[1024];
        while (!seen.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0) return;
            seen.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
    }
}
