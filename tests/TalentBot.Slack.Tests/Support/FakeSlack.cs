using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TalentBot.Testing;

namespace TalentBot.Slack.Tests.Support;

/// <summary>A call the fake Slack received: what a test asserts on.</summary>
public sealed record RecordedCall(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body,
    IReadOnlyList<RecordedFile>? Files = null)
{
    public JsonNode? Json => Body.Length > 0 && Body[0] == '{' ? JsonNode.Parse(Body) : null;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>Every string in the blocks, joined: what a user would read.</summary>
    public string BlockText => Texts.Of(Json?["blocks"]);
}

/// <summary>One scripted answer.</summary>
public sealed record FakeResponse(int Status, string Body = "", IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse Ok(JsonObject? fields = null)
    {
        var body = fields ?? new JsonObject();
        body["ok"] = true;
        return new FakeResponse(200, body.ToJsonString());
    }

    /// <summary>Slack's way of refusing: HTTP 200 with <c>ok:false</c> and an error code.</summary>
    public static FakeResponse Error(string error) => new(200, new JsonObject { ["ok"] = false, ["error"] = error }.ToJsonString());

    public static FakeResponse RateLimited(int retryAfterSeconds) => new(429,
        new JsonObject { ["ok"] = false, ["error"] = "ratelimited" }.ToJsonString(),
        new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(CultureInfo.InvariantCulture) });
}

/// <summary>
/// Slack on loopback: a Web API under <c>/api/</c> that records every call and answers from per-method scripts (or
/// a sensible default), <c>response_url</c>s under <c>/hooks/</c>, and Socket Mode WebSockets under <c>/link</c>
/// handed to the test to play.
/// </summary>
public sealed class FakeSlack : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private readonly Channel<RecordedCall> _arrivals = Channel.CreateUnbounded<RecordedCall>();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeResponse>> _scripts = new();
    private readonly Channel<FakeSocket> _sockets = Channel.CreateUnbounded<FakeSocket>();
    private int _tickets;

    private FakeSlack(WebApplication app) => _app = app;

    public string BaseUrl => _app.Urls.First();

    public string ApiBaseUrl => BaseUrl + "/api/";

    public IReadOnlyList<RecordedCall> Calls => _calls.ToList();

    /// <summary>A fresh <c>response_url</c> on this fake.</summary>
    public string ResponseUrl(string name = "cmd") => $"{BaseUrl}/hooks/{name}/{Guid.NewGuid():N}";

    public static async Task<FakeSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlack(app);
        app.UseWebSockets();
        app.Map("/link", fake.AcceptSocketAsync);
        app.Map("/api/{method}", fake.AnswerAsync);
        app.Map("/hooks/{**path}", fake.AnswerAsync);
        app.Map("/upload/{**path}", fake.AnswerAsync);
        await app.StartAsync();
        return fake;
    }

    /// <summary>Queues answers for calls whose path starts with <paramref name="path"/> (<c>/api/chat.postMessage</c>, <c>/hooks/</c>), used once each in order.</summary>
    public void Script(string path, params FakeResponse[] responses)
    {
        var queue = _scripts.GetOrAdd(path, _ => new ConcurrentQueue<FakeResponse>());
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

    public Task<RecordedCall> NextCallAsync(string path, TimeSpan? timeout = null) =>
        NextCallAsync(c => c.Path.StartsWith(path, StringComparison.Ordinal), timeout);

    /// <summary>True when no call to <paramref name="path"/> arrives within <paramref name="wait"/>.</summary>
    public async Task<bool> NoCallWithinAsync(string path, TimeSpan wait)
    {
        try
        {
            await NextCallAsync(path, wait);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public async Task<FakeSocket> NextSocketAsync(TimeSpan? timeout = null)
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
        var body = "";
        if (multipart is null)
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync();
        }
        var call = new RecordedCall(request.Method, request.Path.Value!,
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body, multipart?.Files);
        _calls.Enqueue(call);
        _arrivals.Writer.TryWrite(call);

        var scripted = _scripts.Where(s => call.Path.StartsWith(s.Key, StringComparison.Ordinal))
                               .Select(s => s.Value.TryDequeue(out var next) ? next : null)
                               .FirstOrDefault(r => r is not null);
        var response = scripted ?? Default(call);
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
        if (response.Body.Length > 0)
        {
            context.Response.ContentType = response.Body[0] == '{' ? "application/json" : "text/plain";
            await context.Response.WriteAsync(response.Body);
        }
    }

    private FakeResponse Default(RecordedCall call) => call.Path switch
    {
        "/api/chat.postMessage" => FakeResponse.Ok(new JsonObject
        {
            ["channel"] = call.Json?["channel"]?.GetValue<string>(),
            ["ts"] = "1700000000.000100",
        }),
        "/api/chat.postEphemeral" => FakeResponse.Ok(new JsonObject { ["message_ts"] = "1700000000.000200" }),
        "/api/files.getUploadURLExternal" => FakeResponse.Ok(new JsonObject
        {
            ["upload_url"] = $"{BaseUrl}/upload/v1/F0FLOWS{Interlocked.Increment(ref _tickets)}",
            ["file_id"] = $"F0FLOWS{_tickets}",
        }),
        var path when path.StartsWith("/upload/", StringComparison.Ordinal) => new FakeResponse(200, "OK - " + call.Files?.Sum(f => f.Content.Length)),
        "/api/apps.connections.open" => FakeResponse.Ok(new JsonObject
        {
            ["url"] = $"ws{BaseUrl["http".Length..]}/link/?ticket={Interlocked.Increment(ref _tickets)}",
        }),
        _ => FakeResponse.Ok(),
    };

    private async Task AcceptSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        var socket = await context.WebSockets.AcceptWebSocketAsync();
        var fake = new FakeSocket(socket, context.Request.Path + context.Request.QueryString);
        _sockets.Writer.TryWrite(fake);
        await fake.RunAsync();
    }
}

/// <summary>One Socket Mode connection as Slack sees it: the test sends messages, reads acknowledgements, closes.</summary>
public sealed class FakeSocket(WebSocket socket, string path)
{
    private readonly Channel<JsonNode> _received = Channel.CreateUnbounded<JsonNode>();
    private readonly TaskCompletionSource<int?> _closedByClient = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The path and query the client connected with (the ticket).</summary>
    public string Path { get; } = path;

    /// <summary>The close code the client sent, or null when it dropped the connection without one.</summary>
    public Task<int?> ClosedByClient => _closedByClient.Task;

    public Task SendAsync(JsonObject message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task HelloAsync() => SendAsync(new JsonObject
    {
        ["type"] = "hello",
        ["num_connections"] = 1,
        ["connection_info"] = new JsonObject { ["app_id"] = "A0TALENT" },
    });

    public Task DisconnectAsync(string reason) => SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = reason });

    /// <summary>Sends an envelope and returns its id.</summary>
    public async Task<string> EnvelopeAsync(string type, JsonNode payload, bool acceptsResponsePayload = false)
    {
        var id = Guid.NewGuid().ToString();
        await SendAsync(new JsonObject
        {
            ["envelope_id"] = id,
            ["type"] = type,
            ["payload"] = payload,
            ["accepts_response_payload"] = acceptsResponsePayload,
        });
        return id;
    }

    /// <summary>The next message the client sent.</summary>
    public async Task<JsonNode> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await _received.Reader.ReadAsync(cancel.Token);
    }

    /// <summary>True when the client sends nothing within <paramref name="wait"/>.</summary>
    public async Task<bool> NothingWithinAsync(TimeSpan wait)
    {
        try
        {
            await ReceiveAsync(wait);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public async Task CloseAsync()
    {
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "scripted", CancellationToken.None);
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

/// <summary>Reads what a user would see out of Block Kit JSON.</summary>
public static class Texts
{
    /// <summary>Every string value under <paramref name="node"/>, joined by new lines.</summary>
    public static string Of(JsonNode? node) => string.Join("\n", Strings(node));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.Where(p => p.Key is not ("type" or "action_id" or "value" or "style")).SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
