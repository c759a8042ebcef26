using Microsoft.Extensions.Logging;
using TalentBot.Core.Feeds;
using TalentBot.Feeds.Polling;
using TalentBot.Feeds.Reading;
using TalentBot.Knowledge;

namespace TalentBot.Feeds;

/// <summary>
/// Polls the feeds that are due: reads each with a conditional GET, fetches the pages of entries not seen before
/// (entries due for a retry, then new ones newest first, at most <see cref="FeedsOptions.MaxEntriesPerPoll"/>), hands
/// the articles to the <see cref="IArticleSink"/>, and saves the feed's validators, seen entries, retries and next
/// poll. An entry whose page could not be fetched is tried again later, with the feed's backoff, rather than marked
/// seen. One feed failing never stops the others. Thread-safe: concurrent polls run one after the other.
/// </summary>
public sealed class FeedPoller
{
    /// <summary>Entry ids remembered per feed, beyond those still in the feed: far more than a feed's window.</summary>
    private const int SeenEntriesKept = 500;

    private readonly IFeedBook _book;
    private readonly FeedReader _reader;
    private readonly EntryPages _pages;
    private readonly IArticleSink _sink;
    private readonly FeedsOptions _options;
    private readonly PollSchedule _schedule;
    private readonly TimeProvider _time;
    private readonly ILogger<FeedPoller> _logger;
    private readonly SemaphoreSlim _polling = new(1, 1);

    internal FeedPoller(IFeedBook book, FeedReader reader, EntryPages pages, IArticleSink sink, FeedsOptions options,
        TimeProvider time, ILogger<FeedPoller> logger)
    {
        _book = book;
        _reader = reader;
        _pages = pages;
        _sink = sink;
        _options = options;
        _schedule = new PollSchedule(options);
        _time = time;
        _logger = logger;
    }

    /// <summary>Polls every feed whose next poll is now or past, the longest overdue first.</summary>
    public async Task<FeedPollReport> PollDueAsync(CancellationToken cancellationToken = default)
    {
        await _polling.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = _time.GetUtcNow();
            var due = _book.Feeds().Where(f => f.NextPoll <= now).OrderBy(f => f.NextPoll).ToList();
            var results = new List<FeedPollResult>(due.Count);
            foreach (var feed in due) results.Add(await PollAsync(feed, cancellationToken).ConfigureAwait(false));
            return new FeedPollReport(results);
        }
        finally
        {
            _polling.Release();
        }
    }

    /// <summary>When the next feed is due, or null when there are no feeds.</summary>
    public DateTimeOffset? NextDue()
    {
        var feeds = _book.Feeds();
        return feeds.Count == 0 ? null : feeds.Min(f => f.NextPoll);
    }

    private async Task<FeedPollResult> PollAsync(Feed feed, CancellationToken cancellationToken)
    {
        var fetch = await _reader.ReadAsync(feed, cancellationToken).ConfigureAwait(false);
        return fetch.Status is FeedFetchStatus.Failed or FeedFetchStatus.NotAFeed
            ? Fail(feed, fetch.Error!, fetch.RetryAfter, [])
            : await IngestEntriesAsync(feed, fetch, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Fetches the pages of the entries whose retry is due, then of the new ones (a 304 brings none), and ingests them.
    /// </summary>
    private async Task<FeedPollResult> IngestEntriesAsync(Feed feed, FeedFetch fetch, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var seen = new HashSet<string>(feed.SeenEntries ?? [], StringComparer.Ordinal);
        var retries = (feed.Retries ?? []).ToDictionary(r => r.EntryId, StringComparer.Ordinal);
        // Retries go first, oldest due first, so a busy feed's new entries cannot crowd them out.
        var due = retries.Values.Where(r => r.NextAttempt <= now).OrderBy(r => r.NextAttempt)
                         .Select(r => new FeedEntry(r.EntryId, r.Link, r.Title, r.Published));
        var fresh = fetch.Entries.Where(e => !seen.Contains(e.Id) && !retries.ContainsKey(e.Id)).ToList();
        var batch = due.Concat(fresh).Take(_options.MaxEntriesPerPoll).ToList();

        var loads = new List<ArticleLoad>(batch.Count);
        foreach (var entry in batch) loads.Add(await _pages.LoadAsync(entry, cancellationToken).ConfigureAwait(false));
        var articles = loads.Select(l => l.Article).OfType<ArticleSource>().ToList();

        IReadOnlyList<IngestReport> reports = [];
        if (articles.Count > 0)
        {
            try
            {
                reports = await _sink.IngestAsync(articles, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                FeedsLog.FeedIngestFailed(_logger, ex, feed.Id);
                return Fail(feed, $"the articles could not be ingested: {ex.Message}", null, Results(batch, loads, [], new Dictionary<string, EntryRetry>()));
            }
        }

        var retrying = NextRetries(batch, loads, retries, now);
        var entries = Results(batch, loads, reports, retrying);
        foreach (var refused in entries.Where(e => e.Error is not null))
            FeedsLog.EntryRefused(_logger, feed.Id, FeedsLog.Where(refused.Link), refused.Error!);

        var batched = batch.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var handled = batch.Where(e => !retrying.ContainsKey(e.Id)).ToList();
        var stillWaiting = retries.Values.Where(r => !batched.Contains(r.EntryId)).Concat(retrying.Values).ToList();
        var left = fresh.Count(e => !batched.Contains(e.Id));
        if (fetch.Status == FeedFetchStatus.NotModified)
        {
            var remembered = handled.Select(e => e.Id).Concat(feed.SeenEntries ?? []).Distinct(StringComparer.Ordinal).ToList();
            return Succeed(feed, FeedPollStatus.NotModified, fetch.ETag, fetch.LastModified, remembered, stillWaiting, entries, 0);
        }
        // With entries left over, the validators are dropped so the next poll reads the whole feed again
        // instead of hearing "not modified" and never reaching them. Retries need no such thing: they keep their links.
        return left > 0
            ? Succeed(feed, FeedPollStatus.Read, null, null, Remember(feed, fetch, handled, seen), stillWaiting, entries, left)
            : Succeed(feed, FeedPollStatus.Read, fetch.ETag, fetch.LastModified, Remember(feed, fetch, handled, seen), stillWaiting, entries, 0);
    }

    /// <summary>
    /// The entries of <paramref name="batch"/> to try again: those whose page could not be fetched this time
    /// (<see cref="ArticleLoad.Retryable"/>), each after the wait a feed failing as often would get, until
    /// <see cref="FeedsOptions.EntryAttempts"/> tries have failed. Every other outcome is final.
    /// </summary>
    private Dictionary<string, EntryRetry> NextRetries(
        IReadOnlyList<FeedEntry> batch, IReadOnlyList<ArticleLoad> loads, Dictionary<string, EntryRetry> retries, DateTimeOffset now)
    {
        var next = new Dictionary<string, EntryRetry>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            var (entry, load) = (batch[i], loads[i]);
            if (!load.Retryable || entry.Link is null) continue;
            var failures = (retries.TryGetValue(entry.Id, out var earlier) ? earlier.Failures : 0) + 1;
            if (failures >= _options.EntryAttempts) continue;
            next[entry.Id] = new EntryRetry(entry.Id, entry.Link, entry.Title, entry.Published, failures,
                _schedule.AfterFailure(now, failures, null), load.Error!);
        }
        return next;
    }

    /// <summary>
    /// The entries just handled, then those seen before that the feed still lists, then older ones up to
    /// <see cref="SeenEntriesKept"/>. Entries still listed are always kept, or a feed longer than the cap would
    /// bring old ones back.
    /// </summary>
    private static List<string> Remember(Feed feed, FeedFetch fetch, IReadOnlyList<FeedEntry> handled, HashSet<string> seen)
    {
        var stillListed = fetch.Entries.Select(e => e.Id).Where(seen.Contains).ToList();
        return handled.Select(e => e.Id)
                      .Concat(stillListed)
                      .Concat(feed.SeenEntries ?? [])
                      .Distinct(StringComparer.Ordinal)
                      .Take(Math.Max(SeenEntriesKept, handled.Count + stillListed.Count))
                      .ToList();
    }

    /// <summary>
    /// Pairs each entry with its ingest report (the sink answers in article order) or its load error, and the time of
    /// its next try when it is <paramref name="retrying"/>.
    /// </summary>
    private List<EntryResult> Results(IReadOnlyList<FeedEntry> batch, IReadOnlyList<ArticleLoad> loads, IReadOnlyList<IngestReport> reports,
        IReadOnlyDictionary<string, EntryRetry> retrying)
    {
        var results = new List<EntryResult>(batch.Count);
        var article = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            var (entry, load) = (batch[i], loads[i]);
            if (load.Succeeded)
                results.Add(new EntryResult(entry.Id, entry.Link, reports.ElementAtOrDefault(article++), null));
            else if (retrying.TryGetValue(entry.Id, out var retry))
                results.Add(new EntryResult(entry.Id, entry.Link, null, load.Error, retry.NextAttempt));
            else if (load.Retryable && entry.Link is not null)
                results.Add(new EntryResult(entry.Id, entry.Link, null, $"{load.Error}; given up after {_options.EntryAttempts} tries"));
            else
                results.Add(new EntryResult(entry.Id, entry.Link, null, load.Error));
        }
        return results;
    }

    private FeedPollResult Succeed(Feed feed, FeedPollStatus status, string? etag, string? lastModified,
        IReadOnlyList<string> seenEntries, IReadOnlyList<EntryRetry> retries, IReadOnlyList<EntryResult> entries, int left)
    {
        var now = _time.GetUtcNow();
        var saved = feed with
        {
            ETag = etag,
            LastModified = lastModified,
            SeenEntries = seenEntries,
            Retries = retries,
            LastPolled = now,
            NextPoll = _schedule.AfterSuccess(now),
            Failures = 0,
            LastError = null,
        };
        Save(saved);
        FeedsLog.FeedPolled(_logger, feed.Id, FeedsLog.Where(feed.Url), status, entries.Count(e => e.Ingested is not null),
            entries.Count(e => e.Error is not null), left, saved.NextPoll);
        return new FeedPollResult(feed.Id, feed.Url, status, entries, left, null, saved.NextPoll);
    }

    private FeedPollResult Fail(Feed feed, string error, TimeSpan? retryAfter, IReadOnlyList<EntryResult> entries)
    {
        var now = _time.GetUtcNow();
        var failures = feed.Failures + 1;
        var saved = feed with
        {
            LastPolled = now,
            NextPoll = _schedule.AfterFailure(now, failures, retryAfter),
            Failures = failures,
            LastError = error,
        };
        Save(saved);
        FeedsLog.FeedFailed(_logger, feed.Id, FeedsLog.Where(feed.Url), failures, error, saved.NextPoll);
        return new FeedPollResult(feed.Id, feed.Url, FeedPollStatus.Failed, entries, 0, error, saved.NextPoll);
    }

    private void Save(Feed feed)
    {
        if (!_book.Save(feed)) FeedsLog.FeedRemoved(_logger, feed.Id);
    }
}
