using TalentBot.Core;
using TalentBot.Core.Extraction;
using TalentBot.Knowledge.Ingestion;

namespace TalentBot.Knowledge;

/// <summary>
/// Article text in, facts stored: settles each article's metadata, runs the extractor (in parallel within a batch)
/// and, in <see cref="IngestManyAsync"/>, an enricher after it, then writes each batch in one store transaction.
/// Idempotent: an article whose normalised text is already stored is reported as already known. Thread-safe, since
/// the store serialises writes.
/// </summary>
public sealed class ArticleIngestion
{
    private const int MaxTitleLength = 200;

    private readonly KnowledgeStore _store;
    private readonly IFactExtractor _extractor;
    private readonly TimeProvider _time;
    private readonly IngestionOptions _options;

    public ArticleIngestion(KnowledgeStore store, IFactExtractor extractor, TimeProvider time, IngestionOptions? options = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _extractor = extractor ?? throw new ArgumentNullException(nameof(extractor));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options ?? new IngestionOptions();
        if (_options.MaxBatchArticles < 1) throw new ArgumentOutOfRangeException(nameof(options), "MaxBatchArticles must be at least 1.");
        if (_options.MaxEnrichedBatchArticles < 1) throw new ArgumentOutOfRangeException(nameof(options), "MaxEnrichedBatchArticles must be at least 1.");
        if (_options.MaxConcurrentEnrichments < 1) throw new ArgumentOutOfRangeException(nameof(options), "MaxConcurrentEnrichments must be at least 1.");
    }

    public IngestReport Ingest(ArticleSource source) => Write(PrepareAll([source]))[0];

    /// <summary>
    /// Ingests <paramref name="sources"/> in batches, reporting to <paramref name="progress"/> the number of articles
    /// committed so far. Cancellation is honoured between batches; batches already committed stay.
    /// </summary>
    public IReadOnlyList<IngestReport> IngestMany(
        IEnumerable<ArticleSource> sources, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var reports = new List<IngestReport>();
        // The extractor works on the next batch while the store writes this one: writing is single-threaded,
        // so on two cores this overlap is most of the throughput.
        Task<Prepared[]>? preparing = null;
        foreach (var batch in Batches(sources, _options.MaxBatchArticles, cancellationToken))
        {
            var next = Task.Run(() => PrepareAll(batch), cancellationToken);
            if (preparing is not null) Commit(preparing.GetAwaiter().GetResult(), reports, progress, cancellationToken);
            preparing = next;
        }
        if (preparing is not null) Commit(preparing.GetAwaiter().GetResult(), reports, progress, cancellationToken);
        return reports;
    }

    /// <summary>
    /// As <see cref="IngestMany"/>, with <paramref name="enricher"/> run over each article's extracted facts before
    /// it is stored, up to <see cref="IngestionOptions.MaxConcurrentEnrichments"/> articles at a time, in batches of
    /// at most <see cref="IngestionOptions.MaxEnrichedBatchArticles"/>. Articles that repeat an earlier one in the
    /// same batch are not enriched, since they will be reported as already known. An enricher that throws (a bug:
    /// outside failures are its own to absorb) rejects that article with the reason, as an extractor would.
    /// </summary>
    public async Task<IReadOnlyList<IngestReport>> IngestManyAsync(
        IEnumerable<ArticleSource> sources, IFactEnricher enricher, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(enricher);
        var reports = new List<IngestReport>();
        var batchSize = Math.Min(_options.MaxBatchArticles, _options.MaxEnrichedBatchArticles);
        // One gate for every batch: the next batch is extracted and enriched while this one is written, and the two
        // together stay within the limit. Not disposed: if a write fails, the batch behind it may still release a
        // slot, and without its wait handle a SemaphoreSlim holds nothing to free.
        var slots = new SemaphoreSlim(_options.MaxConcurrentEnrichments);
        Task<Prepared[]>? preparing = null;
        foreach (var batch in Batches(sources, batchSize, cancellationToken))
        {
            var next = PrepareAndEnrichAsync(batch, enricher, slots, cancellationToken);
            if (preparing is not null) Commit(await preparing.ConfigureAwait(false), reports, progress, cancellationToken);
            preparing = next;
        }
        if (preparing is not null) Commit(await preparing.ConfigureAwait(false), reports, progress, cancellationToken);
        return reports;
    }

    private async Task<Prepared[]> PrepareAndEnrichAsync(
        List<ArticleSource> batch, IFactEnricher enricher, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        var prepared = await Task.Run(() => PrepareAll(batch), cancellationToken).ConfigureAwait(false);
        var contentKeys = new HashSet<string>(StringComparer.Ordinal);
        var firsts = Enumerable.Range(0, prepared.Length)
            // Stored articles are reported as known without a write, so a model call on them would be wasted.
            .Where(i => prepared[i].Article is { } article && contentKeys.Add(article.ContentKey) && !_store.HasContent(article.ContentKey))
            .ToList();
        await Task.WhenAll(firsts.Select(async i =>
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                prepared[i] = await EnrichAsync(prepared[i].Article!, enricher, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        })).ConfigureAwait(false);
        return prepared;
    }

    private static async Task<Prepared> EnrichAsync(PreparedArticle article, IFactEnricher enricher, CancellationToken cancellationToken)
    {
        try
        {
            var text = new ArticleText(article.Text, article.Language, article.Published);
            var facts = await enricher.EnrichAsync(text, article.Facts, cancellationToken).ConfigureAwait(false);
            return new Prepared(article with { Facts = facts }, null);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            return new Prepared(null, IngestReport.Rejected(article.Id, $"the enricher failed: {ex.GetType().Name}: {ex.Message}"));
        }
    }

    private IEnumerable<List<ArticleSource>> Batches(IEnumerable<ArticleSource> sources, int size, CancellationToken cancellationToken)
    {
        var batch = new List<ArticleSource>(size);
        var started = _time.GetTimestamp();
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (batch.Count == 0) started = _time.GetTimestamp();
            batch.Add(source);
            if (batch.Count < size && _time.GetElapsedTime(started) < _options.MaxBatchDelay) continue;
            yield return batch;
            batch = new List<ArticleSource>(size);
        }
        if (batch.Count > 0) yield return batch;
    }

    private void Commit(Prepared[] prepared, List<IngestReport> reports, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        reports.AddRange(Write(prepared));
        progress?.Report(reports.Count);
    }

    private Prepared[] PrepareAll(IReadOnlyList<ArticleSource> sources)
    {
        var prepared = new Prepared[sources.Count];
        Parallel.For(0, sources.Count, i => prepared[i] = Prepare(sources[i]));
        return prepared;
    }

    private IReadOnlyList<IngestReport> Write(Prepared[] prepared)
    {
        var ready = prepared.Where(p => p.Article is not null).Select(p => p.Article!).ToList();
        var written = ready.Count == 0 ? [] : _store.Write(ready, _time.GetUtcNow());
        var next = 0;
        return prepared.Select(p => p.Rejection ?? written[next++]).ToList();
    }

    private Prepared Prepare(ArticleSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        // Repaired once here, so the key, the extractor and the stored text (which quotes must match) agree, and a
        // lone surrogate cannot throw inside the batch's parallel loop and fail every article with it.
        var text = TextFolding.WellFormed(source.Text ?? "");
        var contentKey = ContentKey.Of(text);
        var id = string.IsNullOrWhiteSpace(source.Id) ? contentKey[..16] : source.Id.Trim();
        if (string.IsNullOrWhiteSpace(text)) return new Prepared(null, IngestReport.Rejected(id, "the article has no text"));

        var language = source.Language ?? LanguageDetector.Detect(text).Language;
        ArticleFacts facts;
        try
        {
            facts = _extractor.Extract(new ArticleText(text, language, source.Published));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One article the extractor cannot read must not stop a corpus; the reason goes back to the caller.
            return new Prepared(null, IngestReport.Rejected(id, $"the extractor failed: {ex.GetType().Name}: {ex.Message}"));
        }
        // Every title is cut, whoever gave it: each stored sentence carries its article's title, so a page whose
        // "title" is a whole one-line document would otherwise be copied once per sentence.
        var title = Shortened(string.IsNullOrWhiteSpace(source.Title) ? FirstLine(text) : TextFolding.WellFormed(source.Title).Trim());
        return new Prepared(
            new PreparedArticle(id, contentKey, title, language, source.Url, source.Outlet, source.Published, text, facts), null);
    }

    private static string FirstLine(string text) => text.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);

    private static string Shortened(string title)
    {
        if (title.Length <= MaxTitleLength) return title;
        var end = char.IsHighSurrogate(title[MaxTitleLength - 1]) ? MaxTitleLength - 1 : MaxTitleLength;
        return title[..end];
    }

    private readonly record struct Prepared(PreparedArticle? Article, IngestReport? Rejection);
}
