namespace TalentBot.Feeds.Reading;

/// <summary>
/// One item of a feed: <see cref="Id"/> is the entry's id (RSS guid, Atom id), else its link, and is what
/// <c>Feed.SeenEntries</c> remembers. <see cref="Link"/> is absolute, or null when the entry has none.
/// </summary>
internal sealed record FeedEntry(string Id, Uri? Link, string? Title, DateTimeOffset? Published);
