using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TalentBot.Chat.Connections;

/// <summary>
/// One client WebSocket to a platform that speaks JSON messages (Discord's Gateway, Slack's Socket Mode): whole
/// messages in, one send at a time out (a heartbeat or concurrent acknowledgements share the socket, and a WebSocket
/// allows one send at a time). Not reusable after close.
/// </summary>
public sealed class JsonWebSocket<TReceived, TSent> : IDisposable
    where TReceived : class
{
    /// <summary>A message larger than this is not the platform's: the connection is dropped rather than buffer it.</summary>
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    private readonly WebSocket _socket;
    private readonly JsonTypeInfo<TReceived> _received;
    private readonly JsonTypeInfo<TSent> _sent;
    private readonly int _maxSendBytes;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);

    /// <param name="maxSendBytes">The platform's limit on one message sent; a larger one is a bug and throws unsent.</param>
    public JsonWebSocket(WebSocket socket, JsonTypeInfo<TReceived> received, JsonTypeInfo<TSent> sent, int maxSendBytes = MaxMessageBytes)
    {
        _socket = socket ?? throw new ArgumentNullException(nameof(socket));
        _received = received ?? throw new ArgumentNullException(nameof(received));
        _sent = sent ?? throw new ArgumentNullException(nameof(sent));
        _maxSendBytes = maxSendBytes;
    }

    /// <summary>The close code the other side sent, once <see cref="ReceiveAsync"/> has returned null.</summary>
    public int? CloseCode => (int?)_socket.CloseStatus;

    /// <summary>Opens a client WebSocket to <paramref name="url"/>, set up by <paramref name="configure"/>.</summary>
    public static async Task<JsonWebSocket<TReceived, TSent>> ConnectAsync(
        Uri url, JsonTypeInfo<TReceived> received, JsonTypeInfo<TSent> sent, int maxSendBytes = MaxMessageBytes,
        Action<ClientWebSocketOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        var socket = new ClientWebSocket();
        try
        {
            configure?.Invoke(socket.Options);
            await socket.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
            return new JsonWebSocket<TReceived, TSent>(socket, received, sent, maxSendBytes);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The next message, or null when the other side closed the connection. Throws <see cref="JsonException"/> for a
    /// message that is not JSON, and <see cref="WebSocketException"/> for one over <see cref="MaxMessageBytes"/>.
    /// </summary>
    public async Task<TReceived?> ReceiveAsync(CancellationToken cancellationToken)
    {
        _buffer.ResetWrittenCount();
        while (true)
        {
            var result = await _socket.ReceiveAsync(_buffer.GetMemory(16 * 1024), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            _buffer.Advance(result.Count);
            if (_buffer.WrittenCount > MaxMessageBytes) throw new WebSocketException(WebSocketError.HeaderError, "A message over 4 MiB.");
            if (result.EndOfMessage) break;
        }
        return JsonSerializer.Deserialize(_buffer.WrittenSpan, _received);
    }

    public async Task SendAsync(TSent message, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(message, _sent);
        if (bytes.Length > _maxSendBytes)
            throw new InvalidOperationException($"A message of {bytes.Length} bytes is over the platform's {_maxSendBytes}-byte limit.");
        await _sending.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>
    /// Closes with <paramref name="code"/> without waiting long for the other side: the connection is being replaced,
    /// the host is stopping, or the other side stopped answering (a zombied connection never would).
    /// </summary>
    public async Task CloseAsync(int code, string reason)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        await _sending.WaitAsync().ConfigureAwait(false);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Already gone: nothing left to tell the other side.
        }
        finally
        {
            _sending.Release();
            _socket.Abort();
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _sending.Dispose();
    }
}
