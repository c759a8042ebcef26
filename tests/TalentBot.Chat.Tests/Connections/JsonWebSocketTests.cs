using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using TalentBot.Chat.Connections;

namespace TalentBot.Chat.Tests.Connections;

public sealed record Note(string Text, int Number = 0);

[JsonSerializable(typeof(Note))]
internal sealed partial class NoteJson : JsonSerializerContext;

/// <summary>
/// The shared JSON WebSocket against a real server on loopback: fragmented messages read whole, a message that is
/// not JSON or is too large refused, the platform's send limit kept, concurrent sends one at a time, and closes.
/// </summary>
public sealed class JsonWebSocketTests : IAsyncLifetime
{
    private readonly Channel<WebSocket> _accepted = Channel.CreateUnbounded<WebSocket>();
    private readonly TaskCompletionSource _serverDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication _app = null!;
    private Uri _url = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.UseWebSockets();
        _app.Run(async context =>
        {
            // The socket lives as long as the request: hand it to the test, and hold the request until the test is done.
            _accepted.Writer.TryWrite(await context.WebSockets.AcceptWebSocketAsync());
            await _serverDone.Task;
        });
        await _app.StartAsync();
        _url = new Uri(_app.Urls.First().Replace("http", "ws", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        _serverDone.TrySetResult();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task AMessageSentInFragments_IsReadWhole()
    {
        var (client, server) = await ConnectAsync();
        using var _ = client;
        var bytes = Encoding.UTF8.GetBytes("""{"Text":"who left Meta","Number":3}""");

        foreach (var (chunk, last) in new[] { (bytes[..5], false), (bytes[5..20], false), (bytes[20..], true) })
            await server.SendAsync(chunk, WebSocketMessageType.Text, last, CancellationToken.None);

        (await client.ReceiveAsync(CancellationToken.None)).ShouldBe(new Note("who left Meta", 3));
    }

    [Fact]
    public async Task AMessageThatIsNotJson_IsRefused_AndTheNextIsStillRead()
    {
        var (client, server) = await ConnectAsync();
        using var _ = client;

        await server.SendAsync("{not json"u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
        await server.SendAsync("""{"Text":"next"}"""u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);

        await Should.ThrowAsync<JsonException>(() => client.ReceiveAsync(CancellationToken.None));
        (await client.ReceiveAsync(CancellationToken.None))!.Text.ShouldBe("next");
    }

    [Fact]
    public async Task AMessageOverFourMebibytes_DropsTheConnection()
    {
        var (client, server) = await ConnectAsync();
        using var _ = client;
        var chunk = new byte[1024 * 1024];
        Array.Fill(chunk, (byte)' ');

        var sending = Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++) await server.SendAsync(chunk, WebSocketMessageType.Text, false, CancellationToken.None);
        });

        await Should.ThrowAsync<WebSocketException>(() => client.ReceiveAsync(CancellationToken.None));
        await sending;
    }

    [Fact]
    public async Task AMessageOverThePlatformsLimit_IsNotSent()
    {
        var (client, server) = await ConnectAsync(maxSendBytes: 64);
        using var _ = client;

        var refused = await Should.ThrowAsync<InvalidOperationException>(() => client.SendAsync(new Note(new string('x', 100)), CancellationToken.None));
        await client.SendAsync(new Note("small"), CancellationToken.None);

        refused.Message.ShouldContain("64-byte limit");
        (await ReceiveTextAsync(server)).ShouldBe("""{"Text":"small","Number":0}""", "the refused message never went out");
    }

    [Fact]
    public async Task ConcurrentSends_GoOutOneAtATime_EachWhole()
    {
        var (client, server) = await ConnectAsync();
        using var _ = client;

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => client.SendAsync(new Note(new string('n', 5000), i), CancellationToken.None))));
        var received = new List<Note>();
        for (var i = 0; i < 50; i++) received.Add(JsonSerializer.Deserialize(await ReceiveTextAsync(server), NoteJson.Default.Note)!);

        received.Select(n => n.Number).Order().ShouldBe(Enumerable.Range(0, 50));
    }

    [Fact]
    public async Task ClosedByTheOtherSide_ReadsAsNull_WithItsCode()
    {
        var (client, server) = await ConnectAsync();
        using var _ = client;

        await server.CloseOutputAsync((WebSocketCloseStatus)4009, "session timed out", CancellationToken.None);

        (await client.ReceiveAsync(CancellationToken.None)).ShouldBeNull();
        client.CloseCode.ShouldBe(4009);
    }

    [Fact]
    public async Task Close_TellsTheOtherSideTheCode_AndASecondCloseIsHarmless()
    {
        var (client, server) = await ConnectAsync();
        using var _ = client;

        await client.CloseAsync(4000, "resuming");
        await client.CloseAsync(1000, "again");

        var result = await server.ReceiveAsync(new byte[16], CancellationToken.None);
        result.MessageType.ShouldBe(WebSocketMessageType.Close);
        ((int?)server.CloseStatus).ShouldBe(4000);
    }

    private async Task<(JsonWebSocket<Note, Note> Client, WebSocket Server)> ConnectAsync(int maxSendBytes = JsonWebSocket<Note, Note>.MaxMessageBytes)
    {
        var client = await JsonWebSocket<Note, Note>.ConnectAsync(_url, NoteJson.Default.Note, NoteJson.Default.Note, maxSendBytes);
        var server = await _accepted.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        return (client, server);
    }

    private static async Task<string> ReceiveTextAsync(WebSocket socket)
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(8192), CancellationToken.None);
            buffer.Advance(result.Count);
            if (result.EndOfMessage) return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
    }
}
