using System.Globalization;
using System.Net;
using TalentBot.Core.Feeds;
using TalentBot.Feeds.Safety;
using TalentBot.Knowledge;

namespace TalentBot.Feeds.Reading;

/// <summary>
/// Fetches a feed with a conditional GET and reads its entries. The feed's own URL is the operator's, so its first
/// hop is trusted; redirects are checked like any link. Every failure comes back as a <see cref="FeedFetch"/> with a
/// reason, never as an exception (cancellation aside). Thread-safe.
/// </summary>
internal sealed class FeedReader(HttpClient http, FeedsOptions options, TimeProvider time)
{
    private const string Accepted = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

    public async Task<FeedFetch> ReadAsync(Feed feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var timeout = new CancellationTokenSource(options.FetchTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, feed.Url);
            OperatorTrust.Trust(request);
            request.Headers.Accept.ParseAdd(Accepted);
            // The validators go back exactly as the server sent them.
            if (feed.ETag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", feed.ETag);
            if (feed.LastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", feed.LastModified);

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotModified)
                return FeedFetch.NotModified(ETagOf(response) ?? feed.ETag, LastModifiedOf(response) ?? feed.LastModified);
            if (!response.IsSuccessStatusCode)
                return FeedFetch.Failed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd(), RetryAfterOf(response));
            if (response.Content.Headers.ContentLength > options.MaxFeedBytes)
                return FeedFetch.Failed($"the feed is {Size(response.Content.Headers.ContentLength.Value)}, over the {Size(options.MaxFeedBytes)} cap");

            var body = await CappedBody.ReadAsync(response.Content, options.MaxFeedBytes, linked.Token).ConfigureAwait(false);
            if (body is null) return FeedFetch.Failed($"the feed is over the {Size(options.MaxFeedBytes)} cap");
            return FeedDocument.TryRead(body, feed.Url, out var entries, out var error)
                ? FeedFetch.Read(entries, ETagOf(response), LastModifiedOf(response))
                : FeedFetch.Failed(error);
        }
        catch (UrlRejectedException ex)
        {
            return FeedFetch.Failed(ex.Message);
        }
        catch (HttpRequestException ex)
        {
            return FeedFetch.Failed($"unreachable: {ex.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FeedFetch.Failed($"timed out after {options.FetchTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
    }

    private static string? ETagOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("ETag", out var values) ? values.FirstOrDefault() : null;

    private static string? LastModifiedOf(HttpResponseMessage response) =>
        response.Content.Headers.TryGetValues("Last-Modified", out var values) ? values.FirstOrDefault() : null;

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        var wait = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : null);
        return wait > TimeSpan.Zero ? wait : null;
    }

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB"
            : (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KiB";
}
