using System.Collections.Concurrent;
using LiteDB;
using TalentBot.Core;

namespace TalentBot.Knowledge.Storage;

/// <summary>What a citation says about its article besides the quote.</summary>
internal sealed record ArticleHead(string Title, string? Url, string? Outlet, Language Language, PartialDate? Published);

/// <summary>
/// The heads of stored articles, read by id and cached: sentences and citations name only their article, and a page
/// of moves or evidence cites a handful of articles, many of them again and again. Articles are never changed once
/// committed, so a cached head never goes stale; the cache is emptied when full, which keeps a long-running server's
/// memory bounded. Reads only committed articles: a batch being written knows its own. Thread-safe.
/// </summary>
internal sealed class ArticleHeads(ILiteCollection<ArticleDocument> articles)
{
    /// <summary>About 3 MiB of heads; a page needs tens.</summary>
    private const int Capacity = 10_000;

    private static readonly BsonExpression HeadFields = StoreQueries.Fields("_id", nameof(ArticleDocument.Title), nameof(ArticleDocument.Url),
        nameof(ArticleDocument.Outlet), nameof(ArticleDocument.Language), nameof(ArticleDocument.Published));

    private readonly ConcurrentDictionary<string, ArticleHead> _cache = new(StringComparer.Ordinal);

    /// <summary>Reads the heads of <paramref name="articleIds"/> not cached yet, in one query.</summary>
    public void Load(IEnumerable<string> articleIds) => Read(articleIds.Where(id => !_cache.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList());

    /// <summary>The head of a stored article; throws <see cref="InvalidDataException"/> if no such article is stored.</summary>
    public ArticleHead Of(string articleId) =>
        _cache.TryGetValue(articleId, out var head) || Read([articleId]).TryGetValue(articleId, out head)
            ? head
            : throw new InvalidDataException($"The store cites article '{articleId}', which it does not hold.");

    /// <summary>The moves of <paramref name="documents"/>, in order, with the heads they cite read in one query.</summary>
    public List<Move> Moves(IReadOnlyCollection<MoveDocument> documents)
    {
        Load(documents.SelectMany(d => d.Citations).Select(c => c.ArticleId));
        return documents.Select(d => StoreMapping.ToMove(d, Of)).ToList();
    }

    private Dictionary<string, ArticleHead> Read(List<string> articleIds)
    {
        if (articleIds.Count == 0) return [];
        if (_cache.Count + articleIds.Count > Capacity) _cache.Clear();
        // Only the head's fields are mapped: an article document also holds its whole text.
        var heads = articles.Query().Where(StoreQueries.IdIn(articleIds)).Select(HeadFields).ToEnumerable().ToDictionary(
            h => h["_id"].AsString,
            h => new ArticleHead(
                h[nameof(ArticleDocument.Title)].AsString,
                StoreQueries.NullableString(h[nameof(ArticleDocument.Url)]),
                StoreQueries.NullableString(h[nameof(ArticleDocument.Outlet)]),
                Enum.Parse<Language>(h[nameof(ArticleDocument.Language)].AsString),
                StoreMapping.ParseDate(StoreQueries.NullableString(h[nameof(ArticleDocument.Published)]))),
            StringComparer.Ordinal);
        foreach (var (id, head) in heads) _cache[id] = head;
        return heads;
    }
}
