using LiteDB;

namespace TalentBot.Knowledge.Storage;

/// <summary>
/// Brings a store of schema 2 to 3: each article takes in its sentences (kept as their place in its text), and
/// citations drop the article's title, link, outlet, date and language, which are read from the article now. The
/// rewrite is one transaction; the emptied sentence collection is dropped after it, because LiteDB drops a collection
/// only outside a transaction. Every step skips what is done already, so a crash between the commit and the caller's
/// new <c>UserVersion</c> (which LiteDB also sets only outside a transaction) just runs it again.
/// </summary>
internal static class SchemaThree
{
    private const string OldSentences = "sentences";
    private const string OldSentenceIndexes = "SentenceIndexes";
    private const int Chunk = 1_000;

    public static void Migrate(LiteDatabase db, StoreCollections collections)
    {
        db.BeginTrans();
        try
        {
            EmbedSentences(db);
            Rewrite(collections.Moves, m => m.Id);
            Rewrite(collections.Counts, c => c.Id);
            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }
        db.DropCollection(OldSentences);
    }

    /// <summary>Moves each article's sentence documents into it, in its order of indexes.</summary>
    private static void EmbedSentences(LiteDatabase db)
    {
        var articles = db.GetCollection("articles");
        var sentences = db.GetCollection(OldSentences);
        foreach (var chunk in Chunks(articles, a => a["_id"].AsString))
        {
            foreach (var article in chunk)
            {
                if (!article.ContainsKey(OldSentenceIndexes)) continue;
                var id = article["_id"].AsString;
                var text = article[nameof(ArticleDocument.Text)].AsString;
                var ids = article[OldSentenceIndexes].AsArray.Select(i => SentenceDocument.IdOf(id, i.AsInt32));
                var embedded = sentences.Find(StoreQueries.IdIn(ids))
                                        .Select(s => Embedded(s, text))
                                        .OrderBy(s => s.Index)
                                        .ToList();
                var slim = db.Mapper.ToDocument(new ArticleDocument { Sentences = embedded })[nameof(ArticleDocument.Sentences)];
                article.Remove(OldSentenceIndexes);
                article[nameof(ArticleDocument.Sentences)] = slim;
            }
            articles.Update(chunk);
        }
    }

    private static SentenceDocument Embedded(BsonDocument sentence, string articleText)
    {
        var text = sentence["Text"].AsString;
        var entityIds = sentence["EntityIds"].AsArray.Select(e => e.AsString).ToList();
        // Schema 2 kept no offsets, so a sentence is looked for in the text (a repeated one reads the same wherever it is
        // found); one not found keeps its own text.
        var start = articleText.IndexOf(text, StringComparison.Ordinal);
        return new SentenceDocument
        {
            Index = sentence["Index"].AsInt32,
            Start = Math.Max(start, 0),
            Length = start < 0 ? 0 : text.Length,
            Text = start < 0 ? text : null,
            EntityIds = entityIds.Count == 0 ? null : entityIds,
        };
    }

    /// <summary>Reads and writes back every document through its current type, which drops the fields it no longer has.</summary>
    private static void Rewrite<T>(ILiteCollection<T> collection, Func<T, string> idOf)
    {
        foreach (var chunk in Chunks(collection, idOf)) collection.Update(chunk);
    }

    /// <summary>
    /// The collection's documents a chunk at a time in id order, each chunk read after the last was handled: a query
    /// left open while its collection is written in the same transaction could read pages the writes moved.
    /// </summary>
    private static IEnumerable<List<T>> Chunks<T>(ILiteCollection<T> collection, Func<T, string> idOf)
    {
        string? after = null;
        while (true)
        {
            var query = collection.Query();
            if (after is not null) query = query.Where(StoreQueries.GreaterThan("_id", after));
            var chunk = query.OrderBy(BsonExpression.Create("$._id")).Limit(Chunk).ToList();
            if (chunk.Count == 0) yield break;
            yield return chunk;
            after = idOf(chunk[^1]);
        }
    }
}
