namespace TalentBot.Core.Feeds;

/// <summary>
/// An RSS or Atom feed that brings new articles. The validators (<see cref="ETag"/>, <see cref="LastModified"/>)
/// make the next poll a conditional GET; <see cref="Failures"/> in a row lengthen the wait before it.
/// <see cref="SeenEntries"/> holds the most recent entry ids, so an entry is fetched once; an entry whose page could
/// not be fetched is not seen yet but waits in <see cref="Retries"/>.
/// </summary>
public sealed record Feed(
    string Id,
    Uri Url,
    DateTimeOffset Added,
    DateTimeOffset NextPoll,
    string? ETag = null,
    string? LastModified = null,
    DateTimeOffset? LastPolled = null,
    int Failures = 0,
    string? LastError = null,
    IReadOnlyList<string>? SeenEntries = null,
    IReadOnlyList<EntryRetry>? Retries = null);

/// <summary>
/// A feed entry whose page could not be fetched (unreachable, timed out, a server error, a 404), kept with what the
/// entry said so it can be fetched again even after it leaves the feed: <see cref="Failures"/> tries in a row have
/// failed, the next is due at <see cref="NextAttempt"/>, and <see cref="LastError"/> says why the last one failed.
/// </summary>
public sealed record EntryRetry(
    string EntryId,
    Uri Link,
    string? Title,
    DateTimeOffset? Published,
    int Failures,
    DateTimeOffset NextAttempt,
    string LastError);

/// <summary>The feeds <c>serve</c> polls, kept in the fact store. Thread-safe.</summary>
public interface IFeedBook
{
    /// <summary>Adds a feed, due at once; an URL already added returns the existing feed.</summary>
    Feed Add(Uri url, DateTimeOffset now);

    bool Remove(string feedId);

    IReadOnlyList<Feed> Feeds();

    /// <summary>Records a poll's outcome; false when the feed was removed meanwhile.</summary>
    bool Save(Feed feed);
}
