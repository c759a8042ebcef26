using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TalentBot.Testing;

/// <summary>A request the fake server received: path, headers and the parsed JSON body.</summary>
public sealed record RecordedRequest(string Path, IReadOnlyDictionary<string, string> Headers, JsonNode? Body)
{
    /// <summary>Reads a request as a fake server receives it; a body that is not JSON is recorded as null.</summary>
    public static async Task<RecordedRequest> ReadAsync(HttpContext context)
    {
        string body;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8))
            body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        JsonNode? json;
        try { json = body.Length == 0 ? null : JsonNode.Parse(body); }
        catch (JsonException) { json = null; }
        return new RecordedRequest(
            context.Request.Path.Value ?? "",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            json);
    }

    /// <summary>The chat messages of a chat completion request, in order.</summary>
    public IReadOnlyList<JsonNode> Messages => Body?["messages"]?.AsArray().Select(m => m!).ToList() ?? [];

    /// <summary>The content of every <c>tool</c> message, i.e. what the functions returned to the model.</summary>
    public IReadOnlyList<string> ToolResults =>
        Messages.Where(m => (string?)m["role"] == "tool").Select(m => ContentText(m)).ToList();

    /// <summary>Names of the tools the request offered the model.</summary>
    public IReadOnlyList<string> ToolNames =>
        Body?["tools"]?.AsArray().Select(t => (string)t!["function"]!["name"]!).ToList() ?? [];

    public static string ContentText(JsonNode message) => message["content"] switch
    {
        JsonValue value => (string?)value ?? "",
        JsonArray parts => string.Concat(parts.Select(p => (string?)p?["text"] ?? "")),
        _ => "",
    };
}

/// <summary>One scripted answer to one request.</summary>
public sealed record FakeReply(int Status, string Body, IReadOnlyDictionary<string, string> Headers, TimeSpan Delay)
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();

    /// <summary>An assistant message with text.</summary>
    public static FakeReply Text(string content) => Completion(new JsonObject
    {
        ["role"] = "assistant",
        ["content"] = content,
    }, "stop");

    /// <summary>An assistant message that calls tools; <paramref name="calls"/> are (function name, JSON arguments).</summary>
    public static FakeReply ToolCalls(params (string Name, string Arguments)[] calls) => Completion(new JsonObject
    {
        ["role"] = "assistant",
        ["content"] = null,
        ["tool_calls"] = new JsonArray(calls.Select((c, i) => (JsonNode)new JsonObject
        {
            ["id"] = $"call_{Guid.NewGuid():N}"[..16] + i,
            ["type"] = "function",
            ["function"] = new JsonObject { ["name"] = c.Name, ["arguments"] = c.Arguments },
        }).ToArray()),
    }, "tool_calls");

    /// <summary>An HTTP error with an OpenAI-shaped error body.</summary>
    public static FakeReply Error(int status, string? retryAfter = null)
    {
        var headers = retryAfter is null ? NoHeaders : new Dictionary<string, string> { ["Retry-After"] = retryAfter };
        var body = new JsonObject { ["error"] = new JsonObject { ["message"] = $"scripted {status}", ["type"] = "server_error" } };
        return new FakeReply(status, body.ToJsonString(), headers, TimeSpan.Zero);
    }

    /// <summary>Any body, verbatim (for malformed replies).</summary>
    public static FakeReply Raw(int status, string body) => new(status, body, NoHeaders, TimeSpan.Zero);

    /// <summary>The same reply, sent after a delay (for timeouts).</summary>
    public FakeReply After(TimeSpan delay) => this with { Delay = delay };

    private static FakeReply Completion(JsonObject message, string finishReason)
    {
        var body = new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = "fake-model",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = message,
                ["finish_reason"] = finishReason,
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 10, ["total_tokens"] = 20 },
        };
        return new FakeReply(200, body.ToJsonString(), NoHeaders, TimeSpan.Zero);
    }
}

/// <summary>
/// An OpenAI-compatible server on loopback, scripted per test, so the real Semantic Kernel connector is exercised
/// over real HTTP. Chat completions are answered from the queue filled by <see cref="Enqueue"/> while it lasts, then
/// by <see cref="OnChat"/>; an unscripted chat request gets a 500 so a test never passes by accident. Embeddings
/// default to a deterministic bag-of-words vector, so sentences that share words are close.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    public const int EmbeddingDimensions = 64;

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeReply> _chatReplies = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    /// <summary>Completed, and replaced, at each request's arrival.</summary>
    private TaskCompletionSource _arrival = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeOpenAiServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    /// <summary>The base address to configure as <c>Llm:Endpoint</c>, ending in <c>/v1/</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>Chat requests only.</summary>
    public IReadOnlyList<RecordedRequest> ChatRequests => Requests.Where(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal)).ToList();

    /// <summary>Embedding requests only.</summary>
    public IReadOnlyList<RecordedRequest> EmbeddingRequests => Requests.Where(r => r.Path.EndsWith("/embeddings", StringComparison.Ordinal)).ToList();

    /// <summary>A dynamic script: decides each chat reply from the request (for example, citing what the tools returned).</summary>
    public Func<RecordedRequest, FakeReply>? OnChat { get; set; }

    /// <summary>Overrides the embedding replies (for failures); by default embeddings are computed.</summary>
    public Func<RecordedRequest, FakeReply?>? OnEmbeddings { get; set; }

    /// <summary>
    /// Completes once <paramref name="count"/> chat requests have arrived, woken by each arrival; the timeout only
    /// bounds a test that would otherwise hang.
    /// </summary>
    public async Task WaitForChatRequestsAsync(int count, TimeSpan? timeout = null)
    {
        while (true)
        {
            var next = _arrival.Task;
            if (ChatRequests.Count >= count) return;
            await next.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
        }
    }

    public void Enqueue(params FakeReply[] replies)
    {
        foreach (var reply in replies) _chatReplies.Enqueue(reply);
    }

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        FakeOpenAiServer? server = null;
        var (app, address) = await LoopbackServer.StartAsync(context => server!.HandleAsync(context)).ConfigureAwait(false);
        server = new FakeOpenAiServer(app, new Uri(address, "v1/"));
        return server;
    }

    /// <summary>A deterministic embedding: hashed, folded words into <see cref="EmbeddingDimensions"/> buckets, normalised.</summary>
    public static float[] Embed(string text)
    {
        var vector = new float[EmbeddingDimensions];
        foreach (var word in text.ToLowerInvariant().Split((char[])[' ', ',', '.', '?', '!', '、', '。', '「', '」', '\'', '"'], StringSplitOptions.RemoveEmptyEntries))
        {
            var hash = 17;
            foreach (var c in word) hash = unchecked(hash * 31 + c);
            vector[(hash & int.MaxValue) % EmbeddingDimensions] += 1;
        }
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        if (norm > 0) for (var i = 0; i < vector.Length; i++) vector[i] /= norm;
        return vector;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var request = await RecordedRequest.ReadAsync(context).ConfigureAwait(false);
        _requests.Enqueue(request);
        Interlocked.Exchange(ref _arrival, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

        var reply = request.Path.EndsWith("/embeddings", StringComparison.Ordinal) ? OnEmbeddings?.Invoke(request) ?? Embeddings(request)
            : request.Path.EndsWith("/chat/completions", StringComparison.Ordinal) ? NextChatReply(request)
            : FakeReply.Error(404);

        if (reply.Delay > TimeSpan.Zero)
        {
            try { await Task.Delay(reply.Delay, context.RequestAborted).ConfigureAwait(false); }
            catch (OperationCanceledException) { return; }
        }
        context.Response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers) context.Response.Headers[name] = value;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private FakeReply NextChatReply(RecordedRequest request)
    {
        if (_chatReplies.TryDequeue(out var reply)) return reply;
        return OnChat is { } script ? script(request) : FakeReply.Raw(500, """{"error":{"message":"unscripted request"}}""");
    }

    private static FakeReply Embeddings(RecordedRequest request)
    {
        var inputs = request.Body?["input"] switch
        {
            JsonArray array => array.Select(i => (string?)i ?? "").ToList(),
            JsonValue value => [(string?)value ?? ""],
            _ => [],
        };
        var data = new JsonArray(inputs.Select((text, i) => (JsonNode)new JsonObject
        {
            ["object"] = "embedding",
            ["index"] = i,
            ["embedding"] = new JsonArray(Embed(text).Select(v => (JsonNode)JsonValue.Create(v)).ToArray()),
        }).ToArray());
        var body = new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = (string?)request.Body?["model"] ?? "fake-embedding",
            ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["total_tokens"] = 1 },
        };
        return FakeReply.Raw(200, body.ToJsonString());
    }
}
