using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;

namespace TalentBot.Discord.Gateway;

/// <summary>
/// One WebSocket to the Gateway: whole JSON messages in, one send at a time out (the heartbeat and the receive loop
/// share it). Not reusable after close.
/// </summary>
internal sealed class GatewayConnection(WebSocket socket) : IDisposable
{
    /// <summary>Discord closes a connection that sends more than 4096 bytes in one payload.</summary>
    private const int MaxSendBytes = 4096;

    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ArrayBufferWriter<byte> _received = new(16 * 1024);

    /// <summary>The close code the other side sent, once <see cref="ReceiveAsync"/> has returned null.</summary>
    public int? CloseCode => (int?)socket.CloseStatus;

    /// <summary>The next payload, or null when the Gateway closed the connection.</summary>
    public async Task<GatewayPayload?> ReceiveAsync(CancellationToken cancellationToken)
    {
        _received.ResetWrittenCount();
        while (true)
        {
            var result = await socket.ReceiveAsync(_received.GetMemory(4096), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            _received.Advance(result.Count);
            if (result.EndOfMessage) break;
        }
        return JsonSerializer.Deserialize(_received.WrittenSpan, DiscordJson.Default.GatewayPayload);
    }

    public async Task SendAsync(GatewayPayload payload, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, DiscordJson.Default.GatewayPayload);
        if (bytes.Length > MaxSendBytes) throw new InvalidOperationException($"A Gateway payload of {bytes.Length} bytes is over the 4096-byte limit.");
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

    /// <summary>
    /// Closes without waiting for the other side (a zombied Gateway never answers). A code other than 1000/1001
    /// keeps the session resumable; 1000 ends it.
    /// </summary>
    public async Task CloseAsync(int code, string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        await _sending.WaitAsync().ConfigureAwait(false);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Already gone: nothing left to tell the other side.
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
