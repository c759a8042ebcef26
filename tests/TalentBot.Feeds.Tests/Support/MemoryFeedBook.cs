using TalentBot.Core.Feeds;

namespace TalentBot.Feeds.Tests.Support;

/// <summary>An <see cref="IFeedBook"/> in memory, as the LiteDB one behaves. Thread-safe.</summary>
public sealed class MemoryFeedBook : IFeedBook
{
    private readonly Lock _lock = new();
    private readonly List<Feed> _feeds = [];
    private int _nextId;

    public Feed Add(Uri url, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_feeds.FirstOrDefault(f => f.Url == url) is { } existing) return existing;
            var feed = new Feed($"feed-{++_nextId}", url, now, now);
            _feeds.Add(feed);
            return feed;
        }
    }

    public bool Remove(string feedId)
    {
        lock (_lock) return _feeds.RemoveAll(f => f.Id == feedId) > 0;
    }

    /// <summary>When set, listing the feeds throws it, as a broken store would.</summary>
    public Exception? Failure { get; set; }

    public IReadOnlyList<Feed> Feeds()
    {
        if (Failure is { } failure) throw failure;
        lock (_lock) return _feeds.ToList();
    }

    public bool Save(Feed feed)
    {
        lock (_lock)
        {
            var index = _feeds.FindIndex(f => f.Id == feed.Id);
            if (index < 0) return false;
            _feeds[index] = feed;
            return true;
        }
    }

    public Feed Get(string feedId)
    {
        lock (_lock) return _feeds.Single(f => f.Id == feedId);
    }
}
