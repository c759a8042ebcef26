using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using LiteDB;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Core.Feeds;
using TalentBot.Core.Knowledge;
using TalentBot.Knowledge.Alerts;
using TalentBot.Knowledge.Ingestion;
using TalentBot.Knowledge.Ownership;
using TalentBot.Knowledge.Search;
using TalentBot.Knowledge.Storage;

namespace TalentBot.Knowledge;

/// <summary>
/// The fact store: articles, sentences, entities, moves and counts in one LiteDB file (the record of truth), and a
/// Lucene evidence index beside it (<c>&lt;path&gt;.index/</c>) derived from it. The process that opens it owns it: a
/// <see cref="StoreLock"/> keeps every other process out until it is disposed. Thread-safe: reads run concurrently, writes are serialised.
/// </summary>
public sealed class KnowledgeStore : IKnowledgeBase, ISentenceVectorStore, IDisposable
{
    /// <summary>
    /// The file format this code reads and writes, kept in LiteDB's <c>UserVersion</c>. 2: people and organisations
    /// carry a name key, so a Latin name finds its katakana spelling. 3: sentences and citations name their article
    /// instead of repeating its title and link, and an article holds its sentences. 4: name keys read German sch, and
    /// ts, tz and z, as katakana writes them (シュワルツァー), so keys written before are computed again. An older store is
    /// brought up to date when first opened.
    /// </summary>
    public const int SchemaVersion = 4;

    private readonly LiteDatabase _db;
    private readonly StoreCollections _collections;
    private readonly ArticleHeads _heads;
    private readonly MoveTimeline _timeline;
    private readonly Task<EvidenceIndex> _evidenceOpening;
    private readonly StoreWriter _writer;
    private readonly AlertStore _alerts;
    private readonly FeedBook _feeds;
    private readonly ILiteCollection<SentenceVectorDocument> _sentenceVectors;
    private readonly ConcurrentDictionary<string, SentenceVectors> _vectors = new(StringComparer.Ordinal);
    private readonly StoreLock _ownership;
    private StoreMetaDocument _meta;

    private KnowledgeStore(string path, EntityRegistry registry, LiteDatabase db, StoreCollections collections,
                           StoreMetaDocument meta, MoveTimeline timeline, Task<EvidenceIndex> evidenceOpening, StoreLock ownership)
    {
        _ownership = ownership;
        Path = path;
        Registry = registry;
        _db = db;
        _collections = collections;
        _heads = new ArticleHeads(collections.Articles);
        _meta = meta;
        _timeline = timeline;
        _evidenceOpening = evidenceOpening;
        _sentenceVectors = db.GetCollection<SentenceVectorDocument>("sentence_vectors");
        _sentenceVectors.EnsureIndex(x => x.Model);
        _writer = new StoreWriter(db);
        _alerts = new AlertStore(db, collections, _heads, _writer, registry);
        _feeds = new FeedBook(db, _writer);
    }

    /// <summary>Subscriptions and their outbox, written in the same transactions as the moves they announce.</summary>
    public IAlertStore Alerts => _alerts;

    /// <summary>The RSS and Atom feeds that bring new articles.</summary>
    public IFeedBook Feeds => _feeds;

    public string Path { get; }

    public EntityRegistry Registry { get; }

    /// <summary>What opening did to the evidence index: replayed articles after a crash, or a rebuild.</summary>
    public IndexRecovery IndexRecovery => Evidence.Recovery;

    public static string IndexPathFor(string storePath) => System.IO.Path.GetFullPath(storePath) + ".index";

    /// <summary>
    /// Opens (or creates, owner-only) the store at <paramref name="path"/>, taking its <see cref="StoreLock"/> for as
    /// long as it is open, and brings its evidence index up to date with it. Throws <see cref="StoreInUseException"/>
    /// when another process owns it, <see cref="StoreDamagedException"/> for a store that is empty, cut short or
    /// unreadable (nothing is written to it), and <see cref="InvalidDataException"/> for a file that is not a LiteDB
    /// store or was written by a newer schema.
    /// </summary>
    public static KnowledgeStore Open(string path, EntityRegistry registry)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(registry);
        var fullPath = System.IO.Path.GetFullPath(path);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        var ownership = StoreLock.TryAcquire(fullPath) ?? throw new StoreInUseException(fullPath);
        LiteDatabase? db = null;
        Task<EvidenceIndex>? evidence = null;
        try
        {
            if (StoreFile.IsNew(fullPath)) StoreFile.CreateOwnerOnly(fullPath);
            else OwnerOnly.CreateFile(StoreFile.LogPathFor(fullPath));
            db = OpenLiteDb(fullPath);
            if (db.UserVersion > SchemaVersion)
                throw new InvalidDataException($"'{fullPath}' was written by schema {db.UserVersion}; this build reads up to {SchemaVersion}.");
            var collections = new StoreCollections(db);
            if (db.UserVersion < SchemaVersion)
            {
                if (db.UserVersion < 3) SchemaThree.Migrate(db, collections);
                KeyNames(db, collections);
                db.UserVersion = SchemaVersion;
            }

            var meta = collections.Meta.FindById(StoreMetaDocument.SingletonId) ?? new StoreMetaDocument();
            var timeline = new MoveTimeline(collections.Moves);
            // Lucene opens on the other core while the command reads what it needs from LiteDB: most of a one-shot
            // /who-left never searches evidence. Writes wait for it (see Evidence), so its replay of articles the
            // index has not seen reads exactly those committed before this open.
            evidence = Task.Run(() => EvidenceIndex.Open(IndexPathFor(fullPath), meta.LastArticleSeq, after => SentencesAfter(collections, after)));
            return new KnowledgeStore(fullPath, registry, db, collections, meta, timeline, evidence, ownership);
        }
        catch (Exception e) when (StoreDamage.IsUnreadable(e))
        {
            Close(evidence, db, ownership);
            throw new StoreDamagedException(fullPath, StoreDamage.Describe(e), e);
        }
        catch
        {
            Close(evidence, db, ownership);
            throw;
        }
    }

    private static LiteDatabase OpenLiteDb(string fullPath)
    {
        var db = new LiteDatabase(new ConnectionString { Filename = fullPath, Connection = ConnectionType.Direct },
                                  StoreMapping.CreateMapper());
        db.UtcDate = true;
        return db;
    }

    /// <summary>
    /// The evidence index once it has opened. Its failure to open surfaces here, at its first use, as it would have at
    /// open: a store page that did not read while replaying articles into it is said to be damage.
    /// </summary>
    private EvidenceIndex Evidence
    {
        get
        {
            try
            {
                return _evidenceOpening.GetAwaiter().GetResult();
            }
            catch (Exception e) when (StoreDamage.IsUnreadable(e) && e is not StoreDamagedException)
            {
                throw new StoreDamagedException(Path, StoreDamage.Describe(e), e);
            }
        }
    }

    private static void Close(Task<EvidenceIndex>? evidence, LiteDatabase? db, StoreLock ownership)
    {
        if (evidence is not null)
        {
            // Waits for an index still opening; one that failed to open has nothing to close, and its error is said where it is used.
            ((Task)evidence).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
            if (evidence.IsCompletedSuccessfully) evidence.Result.Dispose();
        }
        db?.Dispose();
        ownership.Dispose();
    }

    public MovePage FindMoves(MoveQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (ids, total) = _timeline.Page(query);
        if (ids.Count == 0) return new MovePage([], total);
        var documents = _collections.Moves.Find(StoreQueries.IdIn(ids))
                                          .ToDictionary(d => d.Id, StringComparer.Ordinal);
        return new MovePage(_heads.Moves(ids.Where(documents.ContainsKey).Select(id => documents[id]).ToList()), total);
    }

    public IReadOnlyList<CountFact> FindCounts(IReadOnlySet<string> organisationIds)
    {
        ArgumentNullException.ThrowIfNull(organisationIds);
        if (organisationIds.Count == 0) return [];
        var documents = _collections.Counts.Find(StoreQueries.In(nameof(CountDocument.FromId), organisationIds))
                                    .Concat(_collections.Counts.Find(StoreQueries.In(nameof(CountDocument.ToId), organisationIds)))
                                    .DistinctBy(d => d.Id)
                                    .ToList();
        _heads.Load(documents.SelectMany(d => d.Citations).Select(c => c.ArticleId));
        return documents.Select(d => StoreMapping.ToCount(d, _heads.Of))
                           .OrderByDescending(c => c.Citations.Count).ThenByDescending(c => c.Count).ThenBy(c => c.Id, StringComparer.Ordinal)
                           .ToList();
    }

    public IReadOnlyList<Evidence> SearchEvidence(EvidenceQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit <= 0) return [];
        // Ask for more hits than needed: reposts repeat sentences word for word, and those collapse to one below.
        var lexical = Evidence.Search(query, query.Limit * 3);
        var byMeaning = query.Embedding is { } embedding && _vectors.TryGetValue(embedding.Model, out var vectors)
            ? vectors.Nearest(embedding.Vector, query.Limit * 3)
            : [];
        var hits = byMeaning.Count == 0 ? lexical : Fuse(lexical, byMeaning);
        if (hits.Count == 0) return [];
        var nearest = byMeaning.Select(h => h.SentenceId).ToHashSet(StringComparer.Ordinal);
        var quotes = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<(string Id, StoredSentence Sentence, float Score)>(query.Limit);
        // The articles are read in rank order, only as many hits at a time as evidence is still missing, rather than
        // every hit's at once: the hits past the limit stand in for reposts of the ones before, and reading all their
        // articles was a quarter of a free question's time at 100k articles. The evidence is the same, the first
        // `Limit` distinct quotes in rank order.
        for (var next = 0; next < hits.Count && kept.Count < query.Limit;)
        {
            var batch = hits.Skip(next).Take(query.Limit - kept.Count).ToList();
            next += batch.Count;
            var sentences = Sentences(batch.Select(h => h.SentenceId));
            foreach (var (id, score) in batch)
                if (sentences.TryGetValue(id, out var sentence) && quotes.Add(sentence.Text.Trim())) kept.Add((id, sentence, score));
        }
        _heads.Load(kept.Select(k => k.Sentence.ArticleId));
        return kept.Select(k => new Evidence(StoreMapping.ToCitation(k.Sentence, _heads.Of(k.Sentence.ArticleId)), k.Score, nearest.Contains(k.Id))
                           { EntityIds = k.Sentence.EntityIds })
                   .ToList();
    }

    /// <summary>
    /// Sentence <paramref name="sentenceIndex"/> of article <paramref name="articleId"/> with up to
    /// <paramref name="around"/> sentences before and after it, or null when the store holds no such article or the
    /// article no such sentence.
    /// </summary>
    public SourcePassage? FindPassage(string articleId, int sentenceIndex, int around)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentOutOfRangeException.ThrowIfNegative(around);
        if (_collections.Articles.FindById(articleId) is not { } article) return null;
        var sentences = article.StoredSentences().ToList();
        var at = sentences.FindIndex(s => s.Index == sentenceIndex);
        if (at < 0) return null;
        var before = sentences.GetRange(Math.Max(0, at - around), Math.Min(at, around)).Select(s => s.Text).ToList();
        var after = sentences.Skip(at + 1).Take(around).Select(s => s.Text).ToList();
        return new SourcePassage(article.Id, article.Title, article.Url, article.Outlet, Enum.Parse<Language>(article.Language),
            StoreMapping.ParseDate(article.Published), before, sentences[at].Text, after);
    }

    /// <summary>
    /// Reciprocal rank fusion (k = 60, as in Cormack et al.): ranks, not scores, are combined, so BM25 and cosine
    /// need no common scale, and a sentence both rankings like rises above one only either likes.
    /// </summary>
    private static IReadOnlyList<(string SentenceId, float Score)> Fuse(
        IReadOnlyList<(string SentenceId, float Score)> lexical, IReadOnlyList<(string SentenceId, float Score)> byMeaning)
    {
        const float K = 60f;
        var fused = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var ranking in new[] { lexical, byMeaning })
            for (var rank = 0; rank < ranking.Count; rank++)
                fused[ranking[rank].SentenceId] = fused.GetValueOrDefault(ranking[rank].SentenceId) + 1f / (K + rank + 1);
        return fused.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value)).ToList();
    }

    /// <summary>
    /// Loads the sentence vectors of <paramref name="model"/> into memory, so evidence searches with a question
    /// vector of that model fuse them in; returns how many sentences have one.
    /// </summary>
    public int UseSentenceVectors(string model)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        return _vectors.GetOrAdd(model, LoadVectors).Count;
    }

    /// <summary>
    /// Sentences in store order (by article id, then place in the article) after the sentence <paramref name="after"/>,
    /// that have no vector of <paramref name="model"/>.
    /// </summary>
    public IReadOnlyList<(string SentenceId, string Text)> SentencesWithoutVectors(string model, string? after, int max)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        var vectors = _vectors.GetOrAdd(model, LoadVectors);
        var cursor = after is null ? null : SentenceDocument.ParseId(after);
        var articles = _collections.Articles.Query();
        if (cursor is { } start) articles = articles.Where(BsonExpression.Create("$._id >= @0", new BsonValue(start.ArticleId)));
        return articles.OrderBy(a => a.Id).ToEnumerable()
                       .SelectMany(a => a.StoredSentences())
                       .SkipWhile(s => cursor is { } c && s.ArticleId == c.ArticleId && s.Index <= c.Index)
                       .Where(s => !vectors.Contains(s.Id))
                       .Take(max)
                       .Select(s => (s.Id, s.Text))
                       .ToList();
    }

    /// <summary>Stores vectors of <paramref name="model"/> in one transaction and makes them searchable.</summary>
    public void AddSentenceVectors(string model, IReadOnlyList<(string SentenceId, float[] Vector)> vectors)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentNullException.ThrowIfNull(vectors);
        var index = _vectors.GetOrAdd(model, LoadVectors);
        _writer.Write(() => _sentenceVectors.Upsert(vectors.Select(v => new SentenceVectorDocument
        {
            Id = SentenceVectorDocument.IdOf(model, v.SentenceId),
            Model = model,
            SentenceId = v.SentenceId,
            Vector = MemoryMarshal.AsBytes(v.Vector.AsSpan()).ToArray(),
        })));
        index.Add(vectors);
    }

    private SentenceVectors LoadVectors(string model)
    {
        var vectors = new SentenceVectors(model);
        vectors.Add(_sentenceVectors.Find(StoreQueries.Equal(nameof(SentenceVectorDocument.Model), model))
                                    .Select(d => (d.SentenceId, MemoryMarshal.Cast<byte, float>(d.Vector).ToArray()))
                                    .ToList());
        return vectors;
    }

    public IReadOnlyList<EntityRef> FindEntities(EntityKind kind, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = TextFolding.Fold(name);
        if (folded.Length == 0) return [];
        var collection = kind == EntityKind.Person ? _collections.People : _collections.Organisations;
        return collection.Find(StoreQueries.Equal(nameof(EntityDocument.Folded), folded))
                         .OrderByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal)
                         .Select(e => new EntityRef(e.Id, e.Name))
                         .ToList();
    }

    public IReadOnlyList<EntityRef> FindEntitiesAcrossScripts(EntityKind kind, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Transliteration.NameKey(name) is not { } key || Transliteration.IsKana(name) is not { } kana) return [];
        var collection = kind == EntityKind.Person ? _collections.People : _collections.Organisations;
        var found = collection.Find(StoreQueries.Equal(nameof(EntityDocument.NameKey), key))
                              .Where(e => Transliteration.IsKana(e.Name) == !kana)
                              .OrderByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal)
                              .Select(e => new EntityRef(e.Id, e.Name))
                              .ToList();
        return found.Count > 0 || kana || kind != EntityKind.Person ? found : InKanji(name);
    }

    /// <summary>
    /// People named in kanji whom a Latin name reads (中村大輔 for "Daisuke Nakamura"): those whose given name reads
    /// so too, else the one person the surname alone reads, never a pick among several.
    /// </summary>
    private List<EntityRef> InKanji(string latinName)
    {
        var read = JapaneseNames.SurnamesReadIn(latinName)
            .SelectMany(surname => _collections.People.Find(StoreQueries.StartsWith(nameof(EntityDocument.Folded), TextFolding.Fold(surname))))
            .Select(e => (Entity: e, Reading: JapaneseNames.Reads(e.Name, latinName)))
            .Where(p => p.Reading != KanjiNameReading.None)
            .DistinctBy(p => p.Entity.Id)
            .ToList();
        var full = read.Where(p => p.Reading == KanjiNameReading.Full).ToList();
        var chosen = full.Count > 0 ? full : read.Count == 1 ? read : [];
        return chosen.Select(p => p.Entity)
                     .OrderByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal)
                     .Select(e => new EntityRef(e.Id, e.Name))
                     .ToList();
    }

    /// <summary>Whether an article with this normalised content is stored, so callers can skip costly work on it.</summary>
    internal bool HasContent(string contentKey) =>
        _collections.Articles.Exists(StoreQueries.Equal(nameof(ArticleDocument.ContentKey), contentKey));

    public KnowledgeStats Stats()
    {
        var meta = Volatile.Read(ref _meta);
        return new KnowledgeStats(meta.Articles, meta.Sentences, meta.Moves, meta.Counts, meta.People, meta.Organisations);
    }

    /// <summary>
    /// Reads every registered organisation's moves into the in-memory timeline, which a store otherwise reads an
    /// organisation at a time when a query first names it. A server calls this once at start, so its first answer
    /// about an organisation costs what later ones do; a one-shot command does not, and reads only what it asks about.
    /// </summary>
    public void LoadMoveLists(CancellationToken cancellationToken)
    {
        foreach (var organisation in Registry.Entities.Where(e => e.Kind == EntityKind.Organisation))
        {
            cancellationToken.ThrowIfCancellationRequested();
            _timeline.LoadOrganisation(organisation.Id);
        }
    }

    /// <summary>
    /// Writes a batch in one LiteDB transaction, with an alert for every subscription each new move (or each known
    /// move the batch is the first to state) matches, then feeds the evidence index and the move timeline. Reports are
    /// returned only after the commit, so whatever is reported as added is in the store, and an enqueued alert is on
    /// disk before anyone can try to send it.
    /// </summary>
    internal IReadOnlyList<IngestReport> Write(IReadOnlyList<PreparedArticle> batch, DateTimeOffset now)
    {
        // Not before the index has replayed what it missed: it would read this batch too, and index it twice.
        var evidence = Evidence;
        // BSON keeps milliseconds: truncate now so the timeline orders moves exactly as a reopened store will.
        var instant = new DateTime(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
        var outcome = _writer.Write(
            () =>
            {
                var meta = Copy(_meta);
                var write = new BatchWrite(_collections, _heads, meta, instant);
                var reports = new IngestReport?[batch.Count];
                for (var i = 0; i < batch.Count; i++) reports[i] = write.Apply(batch[i]);
                var added = write.Finish();
                var alerts = _alerts.EnqueueAlerts(added.Values.SelectMany(r => r.NewMoves), write.NowStated, instant);
                return (Write: write, Meta: meta, Reports: reports.Select((r, i) => r ?? added[batch[i].Id]).ToList(), Alerts: alerts);
            },
            durable: o => o.Alerts > 0,
            committed: o =>
            {
                foreach (var move in o.Write.TouchedMoves) _timeline.Upsert(move);
                evidence.Append(o.Write.Sentences, o.Meta.LastArticleSeq);
                Volatile.Write(ref _meta, o.Meta);
            });
        if (outcome.Alerts > 0) _alerts.RaiseDeliveriesWaiting();
        return outcome.Reports;
    }

    /// <summary>
    /// Copies the store to <paramref name="destination"/> while it stays open: writes wait while LiteDB's log is
    /// folded into the file and the file is copied, so the copy is one consistent state (the search index is not
    /// copied: it is rebuilt from the store when the copy is opened). The copy is owner-only, written beside its
    /// destination and renamed into place, so a failed backup never leaves a half-written file under that name.
    /// Returns the copy's size in bytes.
    /// </summary>
    public long Backup(string destination)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        var target = System.IO.Path.GetFullPath(destination);
        if (string.Equals(target, Path, StringComparison.Ordinal) || string.Equals(target, StoreFile.LogPathFor(Path), StringComparison.Ordinal))
            throw new ArgumentException("A backup cannot be written over the store it copies.", nameof(destination));
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        try
        {
            _writer.Exclusive(() =>
            {
                _db.Checkpoint();
                using var source = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnly.File;
                using var copy = new FileStream(partial, options);
                source.CopyTo(copy);
                copy.Flush(flushToDisk: true);
            });
            File.Move(partial, target, overwrite: true);
            return new FileInfo(target).Length;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// Reads every document of every collection, as <c>talentbot store check</c> does: LiteDB has no page checksums,
    /// so reading is the only way to find a damaged page before a question does. Throws
    /// <see cref="StoreDamagedException"/> at the first page that does not read. Then checks the evidence index
    /// against its checksums and rebuilds it from the store if it does not match (<see cref="IndexRecovery"/> says).
    /// </summary>
    public StoreCheck Check()
    {
        try
        {
            var names = _db.GetCollectionNames().Order(StringComparer.Ordinal).ToList();
            long documents = 0;
            foreach (var name in names)
            {
                var collection = _db.GetCollection(name);
                var read = collection.FindAll().LongCount();
                // The count comes from the _id index, the documents from the data pages: both must read, and agree.
                if (collection.LongCount() != read)
                    throw new StoreDamagedException(Path, $"its '{name}' collection counts {collection.LongCount():N0} documents but {read:N0} read");
                documents += read;
            }
            var indexRebuilt = Evidence.VerifyOrRebuild();
            return new StoreCheck(names, documents, indexRebuilt);
        }
        catch (Exception e) when (StoreDamage.IsUnreadable(e) && e is not StoreDamagedException)
        {
            throw new StoreDamagedException(Path, StoreDamage.Describe(e), e);
        }
    }

    public void Dispose() => _writer.Close(() => Close(_evidenceOpening, _db, _ownership));

    /// <summary>The sentences of articles whose sequence is greater than <paramref name="articleSeq"/>, article by article.</summary>
    private static IEnumerable<StoredSentence> SentencesAfter(StoreCollections collections, long articleSeq) =>
        (articleSeq == 0 ? collections.Articles.FindAll() : collections.Articles.Find(StoreQueries.GreaterThan(nameof(ArticleDocument.Seq), articleSeq)))
            .SelectMany(a => a.StoredSentences());

    /// <summary>The sentences these ids name, read from their articles in one query.</summary>
    private Dictionary<string, StoredSentence> Sentences(IEnumerable<string> sentenceIds)
    {
        var wanted = sentenceIds.ToHashSet(StringComparer.Ordinal);
        var articleIds = wanted.Select(SentenceDocument.ParseId).OfType<(string ArticleId, int Index)>().Select(s => s.ArticleId).Distinct(StringComparer.Ordinal);
        return _collections.Articles.Find(StoreQueries.IdIn(articleIds))
                           .SelectMany(a => a.StoredSentences())
                           .Where(s => wanted.Contains(s.Id))
                           .ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// Keys the names of a store written before they were kept, or by an older key, in one transaction: a few
    /// thousand small documents. A name whose key changed is written; one that has none now loses the old.
    /// </summary>
    private static void KeyNames(LiteDatabase db, StoreCollections collections)
    {
        db.BeginTrans();
        foreach (var entities in new[] { collections.People, collections.Organisations })
        {
            var changed = new List<EntityDocument>();
            foreach (var entity in entities.FindAll())
            {
                var key = Transliteration.NameKey(entity.Name);
                if (key == entity.NameKey) continue;
                entity.NameKey = key;
                changed.Add(entity);
            }
            entities.Update(changed);
        }
        db.Commit();
    }

    private static StoreMetaDocument Copy(StoreMetaDocument meta) => new()
    {
        LastArticleSeq = meta.LastArticleSeq,
        LastMoveSeq = meta.LastMoveSeq,
        Articles = meta.Articles,
        Sentences = meta.Sentences,
        Moves = meta.Moves,
        Counts = meta.Counts,
        People = meta.People,
        Organisations = meta.Organisations,
    };
}
