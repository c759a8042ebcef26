using LiteDB;
using TalentBot.Core;
using TalentBot.Core.Knowledge;
using TalentBot.Knowledge.Tests.Support;
using static TalentBot.Knowledge.Tests.Support.People;

namespace TalentBot.Knowledge.Tests;

/// <summary>
/// A store of schema 2, written document by document in the shapes the schema-2 code wrote (each sentence a document
/// repeating its article's title and link, each citation too), opened by this code.
/// </summary>
public sealed class SchemaMigrationTests : IDisposable
{
    private static readonly DateTime Ingested = new(2025, 8, 1, 9, 0, 0, DateTimeKind.Utc);

    private readonly TempFolder _folder = new();

    [Fact]
    public void Open_SchemaTwoStore_AnswersAsBeforeWithCitationsReadFromTheArticle()
    {
        WriteSchemaTwoStore(_folder.StorePath);

        using (var store = KnowledgeStore.Open(_folder.StorePath, Registry)) AssertAnswers(store);

        using var db = new LiteDatabase(_folder.StorePath);
        db.UserVersion.ShouldBe(KnowledgeStore.SchemaVersion);
        db.CollectionExists("sentences").ShouldBeFalse();
        var article = db.GetCollection("articles").FindById("a1");
        article.ContainsKey("SentenceIndexes").ShouldBeFalse();
        // Two sentences are slices of the text; the third was stored normalised, so it keeps its own text.
        article["Sentences"].AsArray.Select(s => s.AsDocument.ContainsKey("t")).ShouldBe([false, false, true]);
        var citation = db.GetCollection("moves").FindById(MoveId(Alice, Meta, OpenAi))["Citations"][0].AsDocument;
        citation.Keys.ShouldBe(["ArticleId", "SentenceIndex", "Quote"], ignoreOrder: true);
    }

    [Fact]
    public void Open_MigrationInterruptedBeforeItsVersionWasSet_RunsAgainToTheSameAnswers()
    {
        WriteSchemaTwoStore(_folder.StorePath);
        KnowledgeStore.Open(_folder.StorePath, Registry).Dispose();
        // What a crash after the migration's commit leaves: the documents rewritten, the version not yet set.
        using (var db = new LiteDatabase(_folder.StorePath)) db.UserVersion = 2;

        using var store = KnowledgeStore.Open(_folder.StorePath, Registry);

        AssertAnswers(store);
    }

    private static void AssertAnswers(KnowledgeStore store)
    {
        store.Stats().ShouldBe(new KnowledgeStats(2, 5, 3, 1, 3, 3));
        var leaving = store.FindMoves(new MoveQuery(LeavingAny: Registry.SelfAndParts(Meta.Id), Limit: 1, Offset: 1));
        leaving.Total.ShouldBe(3);
        // Bob's and Carol's share a date and a first seen; Carol's, inserted after, is the newer.
        leaving.Moves.Single().Person.ShouldBe(Carol);
        store.FindMoves(new MoveQuery(LeavingAny: Registry.SelfAndParts(Meta.Id))).Moves.Select(m => m.Person.Id)
             .ShouldBe([Alice.Id, Carol.Id, Bob.Id]);

        var alice = store.FindMoves(new MoveQuery(PersonId: Alice.Id)).Moves.Single();
        alice.Citations.Single().ShouldBe(new Citation("a1", "Alice leaves", "https://example.com/a1", "The Example", Language.English, 0,
                                                       "Alice Chen left Meta for OpenAI.", new PartialDate(2025, 7, 30)));
        store.FindMoves(new MoveQuery(PersonId: Carol.Id)).Moves.Single().Citations.Single()
             .ShouldSatisfyAllConditions(c => c.Title.ShouldBe("Deux départs"), c => c.Url.ShouldBeNull(), c => c.Language.ShouldBe(Language.French));

        store.FindCounts(new HashSet<string> { Meta.Id }).Single().Citations.Single().Quote.ShouldBe("Meta lost 12 researchers.");

        var evidence = store.SearchEvidence(new EvidenceQuery(["researchers"], []));
        evidence.Single().Citation.ShouldBe(new Citation("a1", "Alice leaves", "https://example.com/a1", "The Example", Language.English, 2,
                                                         "Meta lost 12 researchers.", new PartialDate(2025, 7, 30)));
        evidence.Single().EntityIds.ShouldBe([Meta.Id]);
    }

    private static string MoveId(EntityRef person, EntityRef from, EntityRef? to) => Move.KeyOf(person, MoveKind.Left, from, to);

    /// <summary>
    /// Two articles: a1 (English, with a link, outlet and date) states Alice's move and a count, a2 (French, without
    /// them) states Bob's and Carol's, first seen together and dated alike. a1's third sentence was stored as the
    /// extractor normalised it, which is not a slice of the article's text.
    /// </summary>
    private static void WriteSchemaTwoStore(string path)
    {
        using var db = new LiteDatabase(path);
        var articles = db.GetCollection("articles");
        articles.EnsureIndex("ContentKey", "$.ContentKey", unique: true);
        articles.EnsureIndex("Seq", "$.Seq", unique: true);
        const string A1 = "Alice Chen left Meta for OpenAI.  Recruiters were busy. Meta lost 12\u00a0researchers.";
        const string A2 = "Bob Rossi a quitté Meta. Carol Dupont a quitté Meta.";
        articles.Insert(Article("a1", 1, "Alice leaves", "https://example.com/a1", "The Example", "English", "2025-07-30", A1, [0, 1, 2]));
        articles.Insert(Article("a2", 2, "Deux départs", null, null, "French", null, A2, [0, 1]));

        var sentences = db.GetCollection("sentences");
        sentences.Insert(Sentence("a1", 0, "Alice Chen left Meta for OpenAI.", "English", "Alice leaves", "https://example.com/a1", "The Example", "2025-07-30", [Alice.Id, Meta.Id, OpenAi.Id]));
        sentences.Insert(Sentence("a1", 1, "Recruiters were busy.", "English", "Alice leaves", "https://example.com/a1", "The Example", "2025-07-30", []));
        sentences.Insert(Sentence("a1", 2, "Meta lost 12 researchers.", "English", "Alice leaves", "https://example.com/a1", "The Example", "2025-07-30", [Meta.Id]));
        sentences.Insert(Sentence("a2", 0, "Bob Rossi a quitté Meta.", "French", "Deux départs", null, null, null, [Bob.Id, Meta.Id]));
        sentences.Insert(Sentence("a2", 1, "Carol Dupont a quitté Meta.", "French", "Deux départs", null, null, null, [Carol.Id, Meta.Id]));

        var moves = db.GetCollection("moves");
        moves.EnsureIndex("FirstSeen", "$.FirstSeen");
        moves.EnsureIndex("StatedAt", "$.StatedAt");
        moves.Insert(MoveDocument(Alice, Meta, OpenAi, 1, "2025-07", Ingested,
                                  Citation("a1", 0, "Alice Chen left Meta for OpenAI.", "English", "Alice leaves", "https://example.com/a1", "The Example", "2025-07-30")));
        moves.Insert(MoveDocument(Bob, Meta, null, 2, "2025-06", Ingested.AddMinutes(1),
                                  Citation("a2", 0, "Bob Rossi a quitté Meta.", "French", "Deux départs", null, null, null)));
        moves.Insert(MoveDocument(Carol, Meta, null, 3, "2025-06", Ingested.AddMinutes(1),
                                  Citation("a2", 1, "Carol Dupont a quitté Meta.", "French", "Deux départs", null, null, null)));

        var counts = db.GetCollection("counts");
        counts.EnsureIndex("FromId", "$.FromId");
        counts.EnsureIndex("ToId", "$.ToId");
        counts.Insert(new BsonDocument
        {
            ["_id"] = "meta||12|Exactly", ["FromId"] = Meta.Id, ["FromName"] = Meta.Name, ["Count"] = 12, ["Bound"] = "Exactly",
            ["Citations"] = new BsonArray { Citation("a1", 2, "Meta lost 12 researchers.", "English", "Alice leaves", "https://example.com/a1", "The Example", "2025-07-30") },
        });

        foreach (var (collection, entities) in new[] { ("people", new[] { Alice, Bob, Carol }), ("organisations", new[] { Meta, OpenAi, Apple }) })
        {
            var documents = db.GetCollection(collection);
            documents.EnsureIndex("Folded", "$.Folded");
            documents.EnsureIndex("NameKey", "$.NameKey");
            foreach (var entity in entities)
                documents.Insert(new BsonDocument
                {
                    ["_id"] = entity.Id, ["Name"] = entity.Name, ["Folded"] = TextFolding.Fold(entity.Name),
                    ["NameKey"] = Transliteration.NameKey(entity.Name), ["Mentions"] = 1,
                });
        }
        db.GetCollection("meta").Insert(new BsonDocument
        {
            ["_id"] = "meta", ["LastArticleSeq"] = 2L, ["LastMoveSeq"] = 3L, ["Articles"] = 2, ["Sentences"] = 5, ["Moves"] = 3,
            ["Counts"] = 1, ["People"] = 3, ["Organisations"] = 3,
        });
        db.UserVersion = 2;
    }

    private static BsonDocument Article(string id, long seq, string title, string? url, string? outlet, string language, string? published,
                                        string text, int[] sentenceIndexes)
    {
        var article = new BsonDocument
        {
            ["_id"] = id, ["Seq"] = seq, ["Title"] = title, ["Language"] = language, ["Text"] = text, ["ContentKey"] = "key-" + id,
            ["IngestedAt"] = Ingested, ["SentenceIndexes"] = new BsonArray(sentenceIndexes.Select(i => new BsonValue(i))),
        };
        Optional(article, ("Url", url), ("Outlet", outlet), ("Published", published));
        return article;
    }

    private static BsonDocument Sentence(string articleId, int index, string text, string language, string title, string? url, string? outlet,
                                         string? published, string[] entityIds)
    {
        var sentence = new BsonDocument
        {
            ["_id"] = $"{articleId}#{index}", ["ArticleId"] = articleId, ["Index"] = index, ["Text"] = text, ["Language"] = language,
            ["Title"] = title, ["EntityIds"] = new BsonArray(entityIds.Select(e => new BsonValue(e))),
        };
        Optional(sentence, ("Url", url), ("Outlet", outlet), ("Published", published));
        return sentence;
    }

    private static BsonDocument Citation(string articleId, int index, string quote, string language, string title, string? url, string? outlet, string? published)
    {
        var citation = new BsonDocument
        {
            ["ArticleId"] = articleId, ["Title"] = title, ["Language"] = language, ["SentenceIndex"] = index, ["Quote"] = quote,
        };
        Optional(citation, ("Url", url), ("Outlet", outlet), ("Published", published));
        return citation;
    }

    private static BsonDocument MoveDocument(EntityRef person, EntityRef from, EntityRef? to, long seq, string when, DateTime firstSeen, BsonDocument citation)
    {
        var move = new BsonDocument
        {
            ["_id"] = MoveId(person, from, to), ["Seq"] = seq, ["PersonId"] = person.Id, ["PersonName"] = person.Name,
            ["FromId"] = from.Id, ["FromName"] = from.Name, ["Kind"] = "Left", ["When"] = when, ["FirstSeen"] = firstSeen,
            ["Citations"] = new BsonArray { citation },
        };
        Optional(move, ("ToId", to?.Id), ("ToName", to?.Name));
        return move;
    }

    /// <summary>Schema 2 wrote no null values: a missing field is absent.</summary>
    private static void Optional(BsonDocument document, params (string Field, string? Value)[] fields)
    {
        foreach (var (field, value) in fields)
            if (value is not null) document[field] = value;
    }

    public void Dispose() => _folder.Dispose();
}
