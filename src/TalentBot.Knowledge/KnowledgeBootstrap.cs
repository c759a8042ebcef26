using TalentBot.Core.Extraction;

namespace TalentBot.Knowledge;

/// <summary>A store opened over the corpus, and what seeding it did (nothing when it already held articles).</summary>
public sealed record BootstrappedStore(KnowledgeStore Store, Corpus Corpus, IReadOnlyList<IngestReport> Seeded);

/// <summary>Opens the store a host runs on, seeding an empty one from the founding corpus.</summary>
public static class KnowledgeBootstrap
{
    /// <summary>
    /// Opens the store at <paramref name="storePath"/> with the corpus's registry, and ingests the corpus if the store
    /// holds no articles. The caller loads the corpus (it needs the registry to build the extractor) and owns the store.
    /// </summary>
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
            if (store.Stats().Articles > 0) return new BootstrappedStore(store, corpus, []);
            var seeded = new ArticleIngestion(store, extractor, time).IngestMany(corpus.Articles, progress, cancellationToken);
            return new BootstrappedStore(store, corpus, seeded);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
