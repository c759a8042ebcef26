using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

using TalentBot.Testing;

namespace TalentBot.Alerts.Tests.Support;

/// <summary>A request the webhook received: its path, headers, raw body, and the (fake) time it arrived.</summary>
public sealed record WebhookCall(string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("The body is JSON null.");

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>One scripted answer: a status with headers, or no answer at all until the caller gives up.</summary>
public sealed record WebhookReply(int Status, IReadOnlyDictionary<string, string> Headers, bool Hang = false)
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public static WebhookReply Ok { get; } = new(200, None);

    public static WebhookReply Code(int status) => new(status, None);

    public static WebhookReply RetryAfter(int status, string retryAfter) =>
        new(status, new Dictionary<string, string> { ["Retry-After"] = retryAfter });

    /// <summary>Reads the request and never answers: the sender's attempt timeout must end it.</summary>
    public static WebhookReply Hanging { get; } = new(0, None, Hang: true);

    /// <summary>Answers <paramref name="status"/> once <paramref name="release"/> completes, unless the caller gave up first.</summary>
    public static WebhookReply HeldUntil(Task release, int status = 200) => new(status, None) { Release = release };

    public Task? Release { get; init; }
}

/// <summary>
/// A JSON webhook receiver on loopback (Kestrel, port 0). Each path answers from its script while it lasts, then
/// with <see cref="Default"/>; every request is recorded with the fake clock's time, so backoff can be checked.
/// </summary>
public sealed class WebhookServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TimeProvider _time;

    /// <summary>Completed, and replaced, at each request's arrival.</summary>
    private TaskCompletionSource _arrival = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<WebhookReply>> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<WebhookCall> _calls = new();
    private readonly CancellationTokenSource _closing = new();

    private WebhookServer(WebApplication app, Uri root, TimeProvider time)
    {
        _app = app;
        Root = root;
        _time = time;
    }

    public Uri Root { get; }

    /// <summary>The reply once a path's script is used up.</summary>
    public WebhookReply Default { get; set; } = WebhookReply.Ok;

    public IReadOnlyList<WebhookCall> Calls => _calls.ToList();

    public IReadOnlyList<WebhookCall> CallsTo(string path) => _calls.Where(c => c.Path == path).ToList();

    public static async Task<WebhookServer> StartAsync(TimeProvider time)
    {
        WebhookServer? server = null;
        var (app, address) = await LoopbackServer.StartAsync(context => server!.HandleAsync(context)).ConfigureAwait(false);
        server = new WebhookServer(app, address, time);
        return server;
    }

    public Uri Url(string path) => new(Root, path.TrimStart('/'));

    public void Script(string path, params WebhookReply[] replies)
    {
        var queue = _scripts.GetOrAdd(path, _ => new ConcurrentQueue<WebhookReply>());
        foreach (var reply in replies) queue.Enqueue(reply);
    }

    /// <summary>
    /// Completes when at least <paramref name="count"/> requests have reached <paramref name="path"/>, woken by each
    /// arrival; <paramref name="timeout"/> only bounds a test that would otherwise hang.
    /// </summary>
    public async Task WaitForCallsAsync(int count, string? path = null, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(10);
        while (true)
        {
            var next = _arrival.Task;
            if ((path is null ? _calls.Count : CallsTo(path).Count) >= count) return;
            try
            {
                await next.WaitAsync(limit);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"Expected {count} calls to {path ?? "the webhook"}, got {(path is null ? _calls.Count : CallsTo(path).Count)}.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        await _app.DisposeAsync();
        _closing.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        string body;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8))
            body = await reader.ReadToEndAsync(context.RequestAborted);
        var path = context.Request.Path.Value ?? "";
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        headers["Content-Type"] = context.Request.ContentType ?? "";
        _calls.Enqueue(new WebhookCall(path, headers, body, _time.GetUtcNow()));
        Interlocked.Exchange(ref _arrival, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

        var reply = _scripts.TryGetValue(path, out var script) && script.TryDequeue(out var next) ? next : Default;
        if (reply.Hang)
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _closing.Token);
            try { await Task.Delay(Timeout.Infinite, either.Token); }
            catch (OperationCanceledException) { }
            return;
        }
        if (reply.Release is { } release)
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _closing.Token);
            try { await release.WaitAsync(either.Token); }
            catch (OperationCanceledException) { return; }
        }
        context.Response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers) context.Response.Headers[name] = value;
        await context.Response.WriteAsync("{}", context.RequestAborted);
    }
}
