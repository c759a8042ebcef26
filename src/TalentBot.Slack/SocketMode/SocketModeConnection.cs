using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;

namespace TalentBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: whole JSON messages in, one acknowledgement at a time out (envelopes are handled
/// concurrently, and a WebSocket allows one send at a time). Not reusable after close.
/// </summary>
internal sealed class SocketModeConnection(WebSocket socket) : IDisposable
{
    /// <summary>A message larger than this is not Slack's; the connection is dropped rather than buffer it.</summary>
    private const int MaxMessageBytes = 4 * 1024 * 1024;

    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ArrayBufferWriter<byte> _received = new(16 * 1024);

    /// <summary>The close code Slack sent, once <see cref="ReceiveAsync"/> has returned null.</summary>
    public int? CloseCode => (int?)socket.CloseStatus;

    /// <summary>The next message, or null when Slack closed the connection. Throws <see cref="JsonException"/> for one that is not JSON.</summary>
    public async Task<SocketMessage?> ReceiveAsync(CancellationToken cancellationToken)
    {
        _received.ResetWrittenCount();
        while (true)
        {
            var result = await socket.ReceiveAsync(_received.GetMemory(16 * 1024), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            _received.Advance(result.Count);
            if (_received.WrittenCount > MaxMessageBytes) throw new WebSocketException(WebSocketError.HeaderError, "A Socket Mode message over 4 MiB.");
            if (result.EndOfMessage) break;
        }
        return JsonSerializer.Deserialize(_received.WrittenSpan, SlackJson.Default.SocketMessage);
    }

    public async Task SendAsync(SocketAck ack, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(ack, SlackJson.Default.SocketAck);
        await _sending.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Closes without waiting long for Slack's answer: the connection is being replaced or the host is stopping.</summary>
    public async Task CloseAsync()
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        await _sending.WaitAsync().ConfigureAwait(false);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "closing", timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Already gone: nothing left to tell Slack.
        }
        finally
        {
            _sending.Release();
            socket.Abort();
        }
    }

    public void Dispose()
    {
        socket.Dispose();
        _sending.Dispose();
    }
}
