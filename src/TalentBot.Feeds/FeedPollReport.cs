using TalentBot.Knowledge;

namespace TalentBot.Feeds;

/// <summary>What a poll of the due feeds did, one result per feed polled, in the order they were polled.</summary>
public sealed record FeedPollReport(IReadOnlyList<FeedPollResult> Feeds)
{
    /// <summary>Every article handed to the sink, with what ingesting it did.</summary>
    public IEnumerable<IngestReport> Ingested => Feeds.SelectMany(f => f.Entries).Select(e => e.Ingested).OfType<IngestReport>();
}

public enum FeedPollStatus
{
    /// <summary>The feed was read; its new entries are in <see cref="FeedPollResult.Entries"/>.</summary>
    Read,
    /// <summary>The server said nothing changed (HTTP 304).</summary>
    NotModified,
    /// <summary>The feed could not be read or its articles not ingested; <see cref="FeedPollResult.Error"/> says why.</summary>
    Failed,
}

/// <summary>
/// One feed's poll. <see cref="EntriesLeft"/> new entries were over <see cref="FeedsOptions.MaxEntriesPerPoll"/>
/// and wait for the next poll. <see cref="NextPoll"/> is when the feed is due again.
/// </summary>
public sealed record FeedPollResult(
    string FeedId,
    Uri Url,
    FeedPollStatus Status,
    IReadOnlyList<EntryResult> Entries,
    int EntriesLeft,
    string? Error,
    DateTimeOffset NextPoll);

/// <summary>
/// One entry: the <see cref="Ingested"/> report of its article, or the <see cref="Error"/> that kept its page out
/// (a refused link, an HTTP error, a page that is not an article). An entry whose page could not be fetched is tried
/// again at <see cref="RetryAt"/>; any other is not fetched again.
/// </summary>
public sealed record EntryResult(string EntryId, Uri? Link, IngestReport? Ingested, string? Error, DateTimeOffset? RetryAt = null);
