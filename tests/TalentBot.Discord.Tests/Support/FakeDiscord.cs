using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TalentBot.Testing;

namespace TalentBot.Discord.Tests.Support;

/// <summary>A call the fake REST API received: what a test asserts on. <see cref="Query"/> keeps its leading <c>?</c>.
/// <see cref="Files"/> holds a multipart upload's files, whose <c>payload_json</c> is then <see cref="Body"/>.</summary>
public sealed record RecordedCall(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, string Query = "",
    IReadOnlyList<RecordedFile>? Files = null)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>One scripted answer.</summary>
public sealed record FakeResponse(int Status, string Body = "", IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse RateLimited(double retryAfter, bool global = false, string? bucket = null) => new(429,
        new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = retryAfter, ["global"] = global }.ToJsonString(),
        new Dictionary<string, string>
        {
            ["Retry-After"] = Math.Ceiling(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["X-RateLimit-Scope"] = global ? "global" : "user",
            ["X-RateLimit-Bucket"] = bucket ?? "bucket-a",
        }.Concat(global ? [new KeyValuePair<string, string>("X-RateLimit-Global", "true")] : []).ToDictionary());

    public static FakeResponse Error(int status, int code, string message) =>
        new(status, new JsonObject { ["code"] = code, ["message"] = message }.ToJsonString());
}

/// <summary>
/// Discord on loopback: a REST API that records every call and answers from per-route scripts (or a sensible
/// default), and a Gateway that hands each WebSocket to the test to play.
/// </summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private readonly Channel<RecordedCall> _arrivals = Channel.CreateUnbounded<RecordedCall>();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeResponse>> _scripts = new();
    private readonly Channel<FakeGatewaySocket> _sockets = Channel.CreateUnbounded<FakeGatewaySocket>();

    private FakeDiscord(WebApplication app) => _app = app;

    public string BaseUrl => _app.Urls.First();

    public string ApiBaseUrl => BaseUrl + "/api/v10";

    public string GatewayUrl => "ws" + BaseUrl["http".Length..] + "/gateway";

    public string ResumeUrl => "ws" + BaseUrl["http".Length..] + "/resume";

    public IReadOnlyList<RecordedCall> Calls => _calls.ToList();

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        app.UseWebSockets();
        app.Map("/gateway", fake.AcceptSocketAsync);
        app.Map("/resume", fake.AcceptSocketAsync);
        app.Map("/api/v10/{**path}", fake.AnswerAsync);
        await app.StartAsync();
        return fake;
    }

    /// <summary>Queues answers for calls whose "METHOD path" starts with <paramref name="route"/>, used once each in order.</summary>
    public void Script(string route, params FakeResponse[] responses)
    {
        var queue = _scripts.GetOrAdd(route, _ => new ConcurrentQueue<FakeResponse>());
        foreach (var response in responses) queue.Enqueue(response);
    }

    /// <summary>The next call matching <paramref name="match"/> (already received or still to come).</summary>
    public async Task<RecordedCall> NextCallAsync(Func<RecordedCall, bool> match, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var call = await _arrivals.Reader.ReadAsync(cancel.Token);
            if (match(call)) return call;
        }
    }

    public async Task<FakeGatewaySocket> NextSocketAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await _sockets.Reader.ReadAsync(cancel.Token);
    }

    /// <summary>True when no socket connects within <paramref name="wait"/> (for "does not reconnect").</summary>
    public async Task<bool> NoSocketWithinAsync(TimeSpan wait)
    {
        using var cancel = new CancellationTokenSource(wait);
        try
        {
            await _sockets.Reader.WaitToReadAsync(cancel.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var multipart = await RecordedFile.ReadMultipartAsync(request);
        string body;
        if (multipart is { } form) body = form.Fields.TryGetValue("payload_json", out var payload) ? payload : "";
        else
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync();
        }
        var call = new RecordedCall(request.Method, request.Path.Value!["/api/v10".Length..],
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body, request.QueryString.Value ?? "",
            multipart?.Files);
        _calls.Enqueue(call);
        _arrivals.Writer.TryWrite(call);

        var key = $"{call.Method} {call.Path}";
        var scripted = _scripts.Where(s => key.StartsWith(s.Key, StringComparison.Ordinal))
                               .Select(s => s.Value.TryDequeue(out var next) ? next : null)
                               .FirstOrDefault(r => r is not null);
        var response = scripted ?? Default(call);
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
        if (response.Body.Length > 0)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body);
        }
    }

    private FakeResponse Default(RecordedCall call) => (call.Method, call.Path) switch
    {
        ("GET", "/gateway/bot") => new(200, new JsonObject { ["url"] = GatewayUrl, ["shards"] = 1 }.ToJsonString()),
        ("POST", var path) when path.StartsWith("/channels/", StringComparison.Ordinal) =>
            new(200, new JsonObject { ["id"] = "1600000000000000001", ["channel_id"] = path.Split('/')[2] }.ToJsonString()),
        ("PUT", _) => new(200, call.Body),
        ("PATCH", _) => new(200, new JsonObject { ["id"] = "1600000000000000002" }.ToJsonString()),
        ("POST", var path) when path.StartsWith("/webhooks/", StringComparison.Ordinal) =>
            new(200, new JsonObject { ["id"] = "1600000000000000003" }.ToJsonString()),
        _ => new(204),
    };

    private async Task AcceptSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        var socket = await context.WebSockets.AcceptWebSocketAsync();
        var fake = new FakeGatewaySocket(socket, context.Request.Path + context.Request.QueryString);
        _sockets.Writer.TryWrite(fake);
        await fake.RunAsync();
    }
}

/// <summary>One Gateway connection as the fake server sees it: the test sends payloads, reads what the client sent, closes.</summary>
public sealed class FakeGatewaySocket(WebSocket socket, string path)
{
    private readonly Channel<JsonNode> _received = Channel.CreateUnbounded<JsonNode>();
    private readonly TaskCompletionSource<int?> _closedByClient = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The path and query the client connected with.</summary>
    public string Path { get; } = path;

    /// <summary>The close code the client sent, or null when it dropped the connection without one.</summary>
    public Task<int?> ClosedByClient => _closedByClient.Task;

    public Task SendAsync(JsonObject payload) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>Sends <paramref name="text"/> as it is, JSON or not.</summary>
    public Task SendRawAsync(string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task HelloAsync(int heartbeatIntervalMs) =>
        SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = heartbeatIntervalMs } });

    public Task DispatchAsync(string name, int sequence, JsonNode data) =>
        SendAsync(new JsonObject { ["op"] = 0, ["t"] = name, ["s"] = sequence, ["d"] = data });

    public Task ReadyAsync(string sessionId, string resumeUrl, int sequence = 1) =>
        DispatchAsync("READY", sequence, new JsonObject
        {
            ["v"] = 10,
            ["session_id"] = sessionId,
            ["resume_gateway_url"] = resumeUrl,
            ["user"] = new JsonObject { ["id"] = "1", ["username"] = "TalentBot" },
            ["guilds"] = new JsonArray(),
        });

    /// <summary>The next payload the client sent with opcode <paramref name="op"/>, skipping others.</summary>
    public async Task<JsonNode> ReceiveAsync(int op, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var payload = await _received.Reader.ReadAsync(cancel.Token);
            if ((int)payload["op"]! == op) return payload;
        }
    }

    /// <summary>True when the client sends nothing with opcode <paramref name="op"/> within <paramref name="wait"/>.</summary>
    public async Task<bool> NothingWithinAsync(int op, TimeSpan wait)
    {
        try
        {
            await ReceiveAsync(op, wait);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public async Task CloseAsync(int code)
    {
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "scripted", CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // The client is already gone.
        }
    }

    internal async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        _closedByClient.TrySetResult((int?)result.CloseStatus);
                        return;
                    }
                    message.Write(buffer, 0, result.Count);
                } while (!result.EndOfMessage);
                _received.Writer.TryWrite(JsonNode.Parse(message.ToArray())!);
            }
        }
        catch (WebSocketException)
        {
            _closedByClient.TrySetResult(null);
        }
        finally
        {
            _received.Writer.TryComplete();
        }
    }
}
