using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TalentBot.Testing;

/// <summary>A request the server received: its path and query, and the conditional headers it carried.</summary>
public sealed record ServedRequest(string Path, string? IfNoneMatch, string? IfModifiedSince, string? UserAgent);

/// <summary>How a served feed lets a client ask "changed since?": by entity tag or by date.</summary>
public enum Validator
{
    ETag,
    LastModified,
}

/// <summary>
/// Feeds and article pages on loopback (Kestrel, port 0), scripted per test. A feed answers 304 when the request's
/// validator matches the current document; an unknown path answers 404.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private static readonly DateTimeOffset FirstVersion = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ServedRequest> _requests = new();
    private int _versions;

    private FeedServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseUrl { get; }

    public IReadOnlyList<ServedRequest> Requests => _requests.ToList();

    public static async Task<FeedServer> StartAsync()
    {
        FeedServer? server = null;
        var (app, address) = await LoopbackServer.StartAsync(context => server!.HandleAsync(context)).ConfigureAwait(false);
        server = new FeedServer(app, address);
        return server;
    }

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery.TrimStart('/'));

    public IReadOnlyList<ServedRequest> RequestsTo(string path) => Requests.Where(r => r.Path == path).ToList();

    public void Serve(string path, RequestDelegate handler) => _routes[path] = handler;

    /// <summary>Serves <paramref name="xml"/> at <paramref name="path"/>; serving it again is a new version of the feed.</summary>
    public void ServeFeed(string path, string xml, string contentType = "application/rss+xml", Validator validator = Validator.ETag)
    {
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(xml)))[..16] + "\"";
        var lastModified = (FirstVersion + TimeSpan.FromHours(Interlocked.Increment(ref _versions))).ToString("R");
        Serve(path, async context =>
        {
            var notModified = validator == Validator.ETag
                ? context.Request.Headers.IfNoneMatch == etag
                : context.Request.Headers.IfModifiedSince == lastModified;
            if (validator == Validator.ETag) context.Response.Headers.ETag = etag;
            else context.Response.Headers.LastModified = lastModified;
            if (notModified)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            context.Response.ContentType = contentType + "; charset=utf-8";
            await context.Response.WriteAsync(xml, context.RequestAborted);
        });
    }

    public void ServePage(string path, string html, string contentType = "text/html; charset=utf-8") =>
        Serve(path, context =>
        {
            context.Response.ContentType = contentType;
            return context.Response.WriteAsync(html, context.RequestAborted);
        });

    public void ServeStatus(string path, int status, params (string Name, string Value)[] headers) =>
        Serve(path, context =>
        {
            context.Response.StatusCode = status;
            foreach (var (name, value) in headers) context.Response.Headers[name] = value;
            return Task.CompletedTask;
        });

    public void ServeRedirect(string path, string location, int status = StatusCodes.Status302Found) =>
        ServeStatus(path, status, ("Location", location));

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var headers = context.Request.Headers;
        _requests.Enqueue(new ServedRequest(path + context.Request.QueryString, NullIfEmpty(headers.IfNoneMatch), NullIfEmpty(headers.IfModifiedSince), NullIfEmpty(headers.UserAgent)));
        if (_routes.TryGetValue(path, out var handler)) return handler(context);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues values) => values.Count == 0 ? null : values.ToString();
}
