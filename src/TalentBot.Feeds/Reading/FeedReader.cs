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

    public Task<FeedFetch> ReadAsync(Feed feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return ReadAsync(feed.Url, trusted: true, feed.ETag, feed.LastModified, cancellationToken);
    }

    /// <summary>
    /// Reads <paramref name="url"/> as a feed. Only a <paramref name="trusted"/> URL's first hop may reach an internal
    /// address; the validators, when given, make the GET conditional.
    /// </summary>
    public async Task<FeedFetch> ReadAsync(Uri url, bool trusted, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var timeout = new CancellationTokenSource(options.FetchTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (trusted) OperatorTrust.Trust(request);
            request.Headers.Accept.ParseAdd(Accepted);
            // The validators go back exactly as the server sent them.
            if (etag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            if (lastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotModified)
                return FeedFetch.NotModified(ETagOf(response) ?? etag, LastModifiedOf(response) ?? lastModified);
            if (!response.IsSuccessStatusCode)
            {
                var status = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
                return IsAnswerAboutTheUrl(response.StatusCode) ? FeedFetch.NotAFeed(status) : FeedFetch.Failed(status, RetryAfterOf(response));
            }
            if (response.Content.Headers.ContentLength > options.MaxFeedBytes)
                return FeedFetch.NotAFeed($"the feed is {Size(response.Content.Headers.ContentLength.Value)}, over the {Size(options.MaxFeedBytes)} cap");

            var body = await CappedBody.ReadAsync(response.Content, options.MaxFeedBytes, linked.Token).ConfigureAwait(false);
            if (body is null) return FeedFetch.NotAFeed($"the feed is over the {Size(options.MaxFeedBytes)} cap");
            if (FeedDocument.TryRead(body, url, out var entries, out var error)) return FeedFetch.Read(entries, ETagOf(response), LastModifiedOf(response));
            if (!FeedLinks.IsHtml(response.Content.Headers.ContentType?.MediaType, body)) return FeedFetch.NotAFeed(error);

            var links = FeedLinks.In(body, response.RequestMessage?.RequestUri ?? url);
            return FeedFetch.NotAFeed(
                links.Count == 0 ? "it is a web page that links to no RSS or Atom feed" : $"it is a web page; its feed is {links[0].AbsoluteUri}",
                links);
        }
        catch (UrlRejectedException ex)
        {
            return FeedFetch.NotAFeed(ex.Message);
        }
        catch (HttpRequestException ex)
        {
            return FeedFetch.Failed($"unreachable: {ex.Message}");
        }
        catch (IOException ex)
        {
            // The connection broke after the headers, while the body was read (HttpIOException and its kin).
            return FeedFetch.Failed($"the download broke off: {ex.Message}");
        }
        catch (InvalidDataException ex)
        {
            // The handler decompresses gzip and Brotli; a body that does not decompress was sent broken.
            return FeedFetch.Failed($"the feed's compressed body is corrupt: {ex.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FeedFetch.Failed($"timed out after {options.FetchTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
    }

    /// <summary>A 4xx says the URL is wrong, except a timeout (408) and throttling (429).</summary>
    private static bool IsAnswerAboutTheUrl(HttpStatusCode status) =>
        (int)status is >= 400 and < 500 && status is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);

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
