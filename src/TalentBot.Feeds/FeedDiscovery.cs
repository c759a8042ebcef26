using TalentBot.Feeds.Reading;

namespace TalentBot.Feeds;

public enum FeedCheckStatus
{
    /// <summary><see cref="FeedCheck.Url"/> serves an RSS or Atom feed: the URL given, or the feed its page links to.</summary>
    Feed,
    /// <summary>The URL answered with something that is not a feed; <see cref="FeedCheck.Reason"/> says what.</summary>
    NotAFeed,
    /// <summary>The URL could not be read now (unreachable, timed out, a server error); it may be a feed.</summary>
    Unavailable,
}

/// <summary>What <see cref="FeedDiscovery.CheckAsync"/> found at a URL, with the reason when it is not a feed or not reachable.</summary>
public sealed record FeedCheck(FeedCheckStatus Status, Uri Url, string? Reason = null);

/// <summary>
/// Checks a URL the operator offers as a feed before it is added: a feed is taken as it is, a web page that names
/// its feed (<c>&lt;link rel="alternate" type="application/rss+xml"&gt;</c> or Atom) is followed to the first one
/// it names, and anything else is refused with the reason. Thread-safe.
/// </summary>
public sealed class FeedDiscovery
{
    private readonly FeedReader _reader;

    internal FeedDiscovery(FeedReader reader) => _reader = reader;

    public async Task<FeedCheck> CheckAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var fetch = await _reader.ReadAsync(url, trusted: true, null, null, cancellationToken).ConfigureAwait(false);
        if (fetch.FeedLinks is not [var linked, ..]) return CheckOf(url, fetch);

        // The operator vouched for the page's site, not for wherever the page points: a feed elsewhere is checked
        // like any link, so a page cannot turn the bot towards an internal address.
        var sameSite = string.Equals(linked.GetLeftPart(UriPartial.Authority), url.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
        var feed = await _reader.ReadAsync(linked, sameSite, null, null, cancellationToken).ConfigureAwait(false);
        var check = CheckOf(linked, feed);
        return check.Status == FeedCheckStatus.NotAFeed
            ? check with { Reason = $"the page names {linked.AbsoluteUri} as its feed, but {check.Reason}" }
            : check;
    }

    private static FeedCheck CheckOf(Uri url, FeedFetch fetch) => fetch.Status switch
    {
        FeedFetchStatus.Read or FeedFetchStatus.NotModified => new FeedCheck(FeedCheckStatus.Feed, url),
        FeedFetchStatus.NotAFeed => new FeedCheck(FeedCheckStatus.NotAFeed, url, fetch.Error),
        _ => new FeedCheck(FeedCheckStatus.Unavailable, url, fetch.Error),
    };
}
