namespace TalentBot.Feeds.Reading;

internal enum FeedFetchStatus
{
    /// <summary>The feed was read; <see cref="FeedFetch.Entries"/> holds its entries, newest first.</summary>
    Read,
    /// <summary>The server answered 304: nothing changed since the validators were issued.</summary>
    NotModified,
    /// <summary>The feed could not be read this time (unreachable, timed out, a server error); <see cref="FeedFetch.Error"/> says why.</summary>
    Failed,
    /// <summary>
    /// The URL answered with something other than a feed the bot may read: an HTTP 4xx, a document that is not RSS or
    /// Atom, a body over the cap, a refused redirect. <see cref="FeedFetch.Error"/> says which; an HTML page's own
    /// feed links are in <see cref="FeedFetch.FeedLinks"/>.
    /// </summary>
    NotAFeed,
}

/// <summary>
/// What one conditional GET of a feed brought: its entries and new validators, a 304, or a failure with a reason
/// and the wait the server asked for (<c>Retry-After</c>), if any.
/// </summary>
internal sealed record FeedFetch(
    FeedFetchStatus Status,
    IReadOnlyList<FeedEntry> Entries,
    string? ETag = null,
    string? LastModified = null,
    string? Error = null,
    TimeSpan? RetryAfter = null,
    IReadOnlyList<Uri>? FeedLinks = null)
{
    public static FeedFetch Read(IReadOnlyList<FeedEntry> entries, string? etag, string? lastModified) =>
        new(FeedFetchStatus.Read, entries, etag, lastModified);

    public static FeedFetch NotModified(string? etag, string? lastModified) =>
        new(FeedFetchStatus.NotModified, [], etag, lastModified);

    public static FeedFetch Failed(string error, TimeSpan? retryAfter = null) =>
        new(FeedFetchStatus.Failed, [], Error: error, RetryAfter: retryAfter);

    public static FeedFetch NotAFeed(string error, IReadOnlyList<Uri>? feedLinks = null) =>
        new(FeedFetchStatus.NotAFeed, [], Error: error, FeedLinks: feedLinks);
}
