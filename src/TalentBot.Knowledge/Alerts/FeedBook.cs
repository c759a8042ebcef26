using LiteDB;
using TalentBot.Core.Feeds;
using TalentBot.Knowledge.Storage;

namespace TalentBot.Knowledge.Alerts;

/// <summary>The feeds in the fact store's file; one document per feed, keyed by a short id.</summary>
internal sealed class FeedBook : IFeedBook
{
    private readonly ILiteCollection<FeedDocument> _feeds;
    private readonly StoreWriter _writer;

    public FeedBook(LiteDatabase db, StoreWriter writer)
    {
        _writer = writer;
        _feeds = db.GetCollection<FeedDocument>("feeds");
        _feeds.EnsureIndex(x => x.Url, unique: true);
    }

    public Feed Add(Uri url, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(url);
        return _writer.Write(() =>
        {
            var existing = _feeds.FindOne(StoreQueries.Equal(nameof(FeedDocument.Url), url.AbsoluteUri));
            if (existing is not null) return existing.ToFeed();
            var id = ShortId.New(candidate => _feeds.FindById(candidate) is not null);
            var feed = new Feed(id, url, now, now);
            _feeds.Insert(FeedDocument.From(feed));
            return feed;
        });
    }

    public bool Remove(string feedId) => _writer.Write(() => _feeds.Delete(feedId));

    public IReadOnlyList<Feed> Feeds() => _feeds.FindAll().Select(d => d.ToFeed()).OrderBy(f => f.Added).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();

    public bool Save(Feed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return _writer.Write(() => _feeds.Update(FeedDocument.From(feed)));
    }
}
