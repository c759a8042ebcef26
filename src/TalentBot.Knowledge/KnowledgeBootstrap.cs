using TalentBot.Core.Extraction;

namespace TalentBot.Knowledge;

/// <summary>A store opened over the corpus, and what seeding it did (nothing when it already held articles).</summary>
public sealed record BootstrappedStore(KnowledgeStore Store, Corpus Corpus, IReadOnlyList<IngestReport> Seeded);

/// <summary>Opens the store a host runs on, seeding an empty one from the founding corpus.</summary>
public static class KnowledgeBootstrap
{
    /// <summary>
    /// Ingests the corpus into <paramref name="store"/> if it holds no articles (new, or its first build was
    /// interrupted); a store with articles is left as it is. The caller opened the store (and owns it on failure).
    /// </summary>
    public static BootstrappedStore Seed(
        KnowledgeStore store,
        Corpus corpus,
        IFactExtractor extractor,
        TimeProvider time,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(corpus);
        if (store.Stats().Articles > 0) return new BootstrappedStore(store, corpus, []);
        var seeded = new ArticleIngestion(store, extractor, time).IngestMany(corpus.Articles, progress, cancellationToken);
        return new BootstrappedStore(store, corpus, seeded);
    }

    /// <summary>Opens the store at <paramref name="storePath"/> with the corpus's registry, and seeds it as <see cref="Seed"/> does.</summary>
    public static BootstrappedStore Open(
        string storePath,
        Corpus corpus,
        IFactExtractor extractor,
        TimeProvider time,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var store = KnowledgeStore.Open(storePath, corpus.Registry);
        try
        {
            return Seed(store, corpus, extractor, time, progress, cancellationToken);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
