using Microsoft.Extensions.Logging;
using TalentBot.Core.Feeds;
using TalentBot.Feeds.Polling;
using TalentBot.Feeds.Reading;
using TalentBot.Knowledge;

namespace TalentBot.Feeds;

/// <summary>
/// Polls the feeds that are due: reads each with a conditional GET, fetches the pages of entries not seen before
/// (newest first, at most <see cref="FeedsOptions.MaxEntriesPerPoll"/>), hands the articles to the
/// <see cref="IArticleSink"/>, and saves the feed's validators, seen entries and next poll. One feed failing never
/// stops the others. Thread-safe: concurrent polls run one after the other.
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
        return fetch.Status switch
        {
            FeedFetchStatus.Failed => Fail(feed, fetch.Error!, fetch.RetryAfter, []),
            FeedFetchStatus.NotModified => Succeed(feed, FeedPollStatus.NotModified, fetch.ETag, fetch.LastModified, feed.SeenEntries ?? [], [], 0),
            _ => await IngestNewEntriesAsync(feed, fetch, cancellationToken).ConfigureAwait(false),
        };
    }

    private async Task<FeedPollResult> IngestNewEntriesAsync(Feed feed, FeedFetch fetch, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(feed.SeenEntries ?? [], StringComparer.Ordinal);
        var fresh = fetch.Entries.Where(e => !seen.Contains(e.Id)).ToList();
        var batch = fresh.Take(_options.MaxEntriesPerPoll).ToList();

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
                return Fail(feed, $"the articles could not be ingested: {ex.Message}", null, Results(batch, loads, []));
            }
        }

        var entries = Results(batch, loads, reports);
        foreach (var refused in entries.Where(e => e.Error is not null))
            FeedsLog.EntryRefused(_logger, feed.Id, FeedsLog.Where(refused.Link), refused.Error!);

        var left = fresh.Count - batch.Count;
        var remembered = Remember(feed, fetch, batch, seen);
        // With entries left over, the validators are dropped so the next poll reads the whole feed again
        // instead of hearing "not modified" and never reaching them.
        return left > 0
            ? Succeed(feed, FeedPollStatus.Read, null, null, remembered, entries, left)
            : Succeed(feed, FeedPollStatus.Read, fetch.ETag, fetch.LastModified, remembered, entries, 0);
    }

    /// <summary>
    /// The entries just handled, then those seen before that the feed still lists, then older ones up to
    /// <see cref="SeenEntriesKept"/>. Entries still listed are always kept, or a feed longer than the cap would
    /// bring old ones back.
    /// </summary>
    private static List<string> Remember(Feed feed, FeedFetch fetch, IReadOnlyList<FeedEntry> batch, HashSet<string> seen)
    {
        var stillListed = fetch.Entries.Select(e => e.Id).Where(seen.Contains).ToList();
        return batch.Select(e => e.Id)
                    .Concat(stillListed)
                    .Concat(feed.SeenEntries ?? [])
                    .Distinct(StringComparer.Ordinal)
                    .Take(Math.Max(SeenEntriesKept, batch.Count + stillListed.Count))
                    .ToList();
    }

    /// <summary>Pairs each entry with its ingest report (the sink answers in article order) or its load error.</summary>
    private static List<EntryResult> Results(IReadOnlyList<FeedEntry> batch, IReadOnlyList<ArticleLoad> loads, IReadOnlyList<IngestReport> reports)
    {
        var results = new List<EntryResult>(batch.Count);
        var article = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            var load = loads[i];
            results.Add(load.Succeeded
                ? new EntryResult(batch[i].Id, batch[i].Link, reports.ElementAtOrDefault(article++), null)
                : new EntryResult(batch[i].Id, batch[i].Link, null, load.Error));
        }
        return results;
    }

    private FeedPollResult Succeed(Feed feed, FeedPollStatus status, string? etag, string? lastModified,
        IReadOnlyList<string> seenEntries, IReadOnlyList<EntryResult> entries, int left)
    {
        var now = _time.GetUtcNow();
        var saved = feed with
        {
            ETag = etag,
            LastModified = lastModified,
            SeenEntries = seenEntries,
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
