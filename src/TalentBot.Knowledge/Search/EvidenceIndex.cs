using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using TalentBot.Core;
using TalentBot.Core.Knowledge;
using TalentBot.Knowledge.Storage;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace TalentBot.Knowledge.Search;

/// <summary>
/// The Lucene index of sentences, derived from the store: one document per sentence, text in its language's field,
/// ids of the entities it mentions, and only the sentence id stored. Each commit records the last article sequence
/// it covers, so opening after a crash replays the rest from the store; a missing or unreadable index is rebuilt,
/// when it is opened or when a search first meets the damage. Thread-safe: searches run on near-real-time readers
/// while one writer adds; a rebuild waits for both and holds both off.
/// </summary>
internal sealed class EvidenceIndex : IDisposable
{
    private const string IndexedSeqKey = "talentbot.lastArticleSeq";

    /// <summary>
    /// Articles between Lucene commits. A commit costs ~15 ms plus a new segment to merge, so committing every
    /// batch would cost more than the batch; near-real-time readers keep search fresh in between, and a crash
    /// replays at most this many articles from the store at the next open.
    /// </summary>
    private const long CommitEveryArticles = 2_048;

    private readonly string _path;
    private readonly Analyzer _analyzer = EvidenceFields.CreateAnalyzer();
    private readonly EvidenceQueryBuilder _queries;
    private readonly Func<long, IEnumerable<StoredSentence>> _sentencesAfter;
    private readonly ReaderWriterLockSlim _rebuild = new();
    private int _generation;
    private LuceneDirectory _directory = null!;
    private IndexWriter _writer = null!;
    private SearcherManager _searchers = null!;
    private long _committedSeq;
    private long _addedSeq;

    private EvidenceIndex(string path, Func<long, IEnumerable<StoredSentence>> sentencesAfter)
    {
        _path = path;
        _sentencesAfter = sentencesAfter;
        _queries = new EvidenceQueryBuilder(_analyzer);
    }

    /// <summary>What opening found: articles replayed from the store, and whether the index was rebuilt whole.</summary>
    public IndexRecovery Recovery { get; private set; } = new(0, false);

    /// <summary>
    /// Opens the index at <paramref name="path"/>, bringing it up to <paramref name="storeSeq"/> with sentences
    /// from <paramref name="sentencesAfter"/> (all sentences of articles whose sequence is greater than the argument).
    /// </summary>
    public static EvidenceIndex Open(string path, long storeSeq, Func<long, IEnumerable<StoredSentence>> sentencesAfter)
    {
        var index = new EvidenceIndex(path, sentencesAfter);
        var existed = System.IO.Directory.Exists(path);
        var usable = index.TryOpenExisting(storeSeq, out var indexedSeq);
        if (!usable)
        {
            index.Close();
            if (System.IO.Directory.Exists(path)) System.IO.Directory.Delete(path, recursive: true);
            index.OpenWriter();
            indexedSeq = 0;
        }
        var replayed = 0;
        if (!usable || indexedSeq < storeSeq)
        {
            var articles = new HashSet<string>(StringComparer.Ordinal);
            foreach (var sentence in sentencesAfter(indexedSeq))
            {
                index.Add(sentence);
                articles.Add(sentence.ArticleId);
            }
            replayed = articles.Count;
            index.Commit(storeSeq);
        }
        index._committedSeq = index._addedSeq = storeSeq;
        index.Recovery = new IndexRecovery(replayed, Rebuilt: existed && !usable);
        return index;
    }

    /// <summary>
    /// Adds the sentences of articles up to <paramref name="articleSeq"/> and makes them searchable; commits when
    /// enough articles have accumulated since the last commit.
    /// </summary>
    public void Append(IReadOnlyList<StoredSentence> sentences, long articleSeq)
    {
        // The writer takes additions while searches run; only a rebuild, which replaces it, must wait.
        _rebuild.EnterReadLock();
        try
        {
            foreach (var sentence in sentences) Add(sentence);
            _addedSeq = articleSeq;
            if (_addedSeq - _committedSeq >= CommitEveryArticles) Commit(_addedSeq);
            else if (sentences.Count > 0) _searchers.MaybeRefresh();
        }
        finally
        {
            _rebuild.ExitReadLock();
        }
    }

    private void Add(StoredSentence sentence)
    {
        var document = new Document
        {
            new StringField(EvidenceFields.SentenceId, sentence.Id, Field.Store.YES),
            new TextField(EvidenceFields.TextField[Enum.Parse<Language>(sentence.Language)], sentence.Text, Field.Store.NO),
        };
        foreach (var id in sentence.EntityIds) document.Add(new StringField(EvidenceFields.Entity, id, Field.Store.NO));
        _writer.AddDocument(document);
    }

    /// <summary>Makes everything added durable, marked as covering articles up to <paramref name="articleSeq"/>.</summary>
    private void Commit(long articleSeq)
    {
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [IndexedSeqKey] = articleSeq.ToString(CultureInfo.InvariantCulture),
        });
        _writer.Commit();
        _committedSeq = articleSeq;
        _searchers.MaybeRefresh();
    }

    /// <summary>
    /// Sentence ids with their scores, best first, each sentence once. A search that meets a damaged index (a file
    /// cut short or changed since it was written) rebuilds it from the store and searches again.
    /// </summary>
    public IReadOnlyList<(string SentenceId, float Score)> Search(EvidenceQuery query, int hits)
    {
        if (hits <= 0) return [];
        var generation = Volatile.Read(ref _generation);
        try
        {
            return SearchNow(query, hits);
        }
        // One rebuild a process: if a search fails on a freshly built index, the fault is not the index's.
        catch (Exception e) when (IsDamage(e) && !Recovery.Rebuilt)
        {
            Rebuild(generation);
            return SearchNow(query, hits);
        }
    }

    private IReadOnlyList<(string SentenceId, float Score)> SearchNow(EvidenceQuery query, int hits)
    {
        _rebuild.EnterReadLock();
        try
        {
            return SearchUnlocked(query, hits);
        }
        finally
        {
            _rebuild.ExitReadLock();
        }
    }

    /// <summary>
    /// Reads every file of the index against the checksums Lucene wrote with it, and rebuilds it from the store when
    /// one does not match: a changed byte that no search has met yet. Costs a full read, so only a check does it.
    /// Returns whether it rebuilt.
    /// </summary>
    public bool VerifyOrRebuild()
    {
        var generation = Volatile.Read(ref _generation);
        try
        {
            _rebuild.EnterReadLock();
            try
            {
                var searcher = _searchers.Acquire();
                try
                {
                    foreach (var leaf in searcher.IndexReader.Leaves) leaf.AtomicReader.CheckIntegrity();
                }
                finally
                {
                    _searchers.Release(searcher);
                }
            }
            finally
            {
                _rebuild.ExitReadLock();
            }
            return false;
        }
        catch (Exception e) when (IsDamage(e))
        {
            Rebuild(generation);
            return true;
        }
    }

    /// <summary>
    /// Replaces a damaged index with one built from every sentence in the store, unless another search already did
    /// since <paramref name="generation"/>.
    /// </summary>
    private void Rebuild(int generation)
    {
        _rebuild.EnterWriteLock();
        try
        {
            if (_generation != generation) return;
            Close();
            if (System.IO.Directory.Exists(_path)) System.IO.Directory.Delete(_path, recursive: true);
            OpenWriter();
            foreach (var sentence in _sentencesAfter(0)) Add(sentence);
            Commit(_addedSeq);
            Recovery = Recovery with { Rebuilt = true };
            _generation++;
        }
        finally
        {
            _rebuild.ExitWriteLock();
        }
    }

    /// <summary>
    /// What a damaged index throws: <see cref="IOException"/> (Lucene's corrupt-index and end-of-file errors among
    /// them) or whatever Lucene's own readers throw on bytes that are not what they expect (an out-of-bounds slice).
    /// A lock held by another writer is not damage.
    /// </summary>
    private static bool IsDamage(Exception exception) => exception switch
    {
        LockObtainFailedException => false,
        IOException => true,
        OperationCanceledException or OutOfMemoryException => false,
        _ => Ownership.StoreDamage.ThrownInside(exception, typeof(IndexWriter).Assembly),
    };

    private IReadOnlyList<(string SentenceId, float Score)> SearchUnlocked(EvidenceQuery query, int hits)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            var lucene = _queries.Build(query, id => reader.DocFreq(new Term(EvidenceFields.Entity, id)));
            if (lucene is null) return [];
            var top = searcher.Search(lucene, hits);
            var result = new List<(string, float)>(top.ScoreDocs.Length);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var hit in top.ScoreDocs)
            {
                var id = searcher.Doc(hit.Doc).Get(EvidenceFields.SentenceId);
                if (id is not null && seen.Add(id)) result.Add((id, hit.Score));
            }
            return result;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        if (_writer is not null && _addedSeq > _committedSeq) Commit(_addedSeq);
        Close();
        _analyzer.Dispose();
        _rebuild.Dispose();
    }

    /// <summary>False when the index is missing, unreadable or inconsistent with the store and must be rebuilt.</summary>
    private bool TryOpenExisting(long storeSeq, out long indexedSeq)
    {
        indexedSeq = 0;
        if (!System.IO.Directory.Exists(_path)) return false;
        try
        {
            OpenWriter();
            var commitData = _writer.CommitData;
            if (commitData is null || !commitData.TryGetValue(IndexedSeqKey, out var text)
                || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out indexedSeq))
                return false;
            // An index ahead of its store belongs to another store file (or one restored from backup).
            return indexedSeq <= storeSeq;
        }
        catch (Exception e) when (IsDamage(e))
        {
            // The store holds every sentence, so the cure is a rebuild.
            return false;
        }
    }

    private void OpenWriter()
    {
        // The index holds the articles' text and who they name: owner-only, as the store is.
        Ownership.OwnerOnly.CreateDirectory(_path);
        _directory = FSDirectory.Open(_path);
        var config = new IndexWriterConfig(EvidenceFields.Version, _analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 32,
        };
        _writer = new IndexWriter(_directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: false, new BM25SearcherFactory());
    }

    private void Close()
    {
        _searchers?.Dispose();
        _writer?.Dispose();
        _directory?.Dispose();
        _searchers = null!;
        _writer = null!;
        _directory = null!;
    }

    private sealed class BM25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) =>
            new(reader) { Similarity = new BM25Similarity() };
    }
}
