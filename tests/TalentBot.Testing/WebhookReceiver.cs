using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TalentBot.Testing;

/// <summary>
/// An HTTP endpoint on loopback that stands in for a subscriber's webhook: it records every request and answers
/// from the replies scripted with <see cref="Enqueue"/> while they last, then 200.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeReply> _replies = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<RecordedRequest> _accepted = new();
    private readonly SemaphoreSlim _received = new(0);

    private WebhookReceiver(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The webhook's URL, with a secret-looking path a log must never show.</summary>
    public Uri Url { get; }

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>Requests whose reply was a 2xx, i.e. deliveries the subscriber accepted.</summary>
    public IReadOnlyList<RecordedRequest> Accepted => _accepted.ToArray();

    public void Enqueue(params FakeReply[] replies)
    {
        foreach (var reply in replies) _replies.Enqueue(reply);
    }

    public static async Task<WebhookReceiver> StartAsync()
    {
        WebhookReceiver? server = null;
        var (app, address) = await LoopbackServer.StartAsync(context => server!.HandleAsync(context)).ConfigureAwait(false);
        server = new WebhookReceiver(app, new Uri(address, "hooks/T0SECRET/B0SECRET/xoxsecrettoken"));
        return server;
    }

    /// <summary>Waits until <paramref name="count"/> requests in all have arrived; false if they have not within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForRequestsAsync(int count, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (_requests.Count < count) await _received.WaitAsync(cancel.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// The first request after the first <paramref name="after"/> that <paramref name="match"/> accepts, woken by each
    /// arrival; null if none within <paramref name="timeout"/>.
    /// </summary>
    public async Task<RecordedRequest?> WaitForRequestAsync(Func<RecordedRequest, bool> match, int after, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                if (_requests.Skip(after).FirstOrDefault(match) is { } found) return found;
                await _received.WaitAsync(cancel.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var request = await RecordedRequest.ReadAsync(context).ConfigureAwait(false);
        _requests.Enqueue(request);
        _received.Release();

        var reply = _replies.TryDequeue(out var scripted) ? scripted : FakeReply.Raw(200, "ok");
        if (reply.Delay > TimeSpan.Zero)
        {
            try { await Task.Delay(reply.Delay, context.RequestAborted).ConfigureAwait(false); }
            catch (OperationCanceledException) { return; }
        }
        if (reply.Status is >= 200 and < 300) _accepted.Enqueue(request);
        context.Response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers) context.Response.Headers[name] = value;
        await context.Response.WriteAsync(reply.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
