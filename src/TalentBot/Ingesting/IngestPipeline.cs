using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentBot.Feeds;
using TalentBot.Hosting;
using TalentBot.Knowledge;
using TalentBot.Llm;
using TalentBot.Llm.Extraction;

namespace TalentBot.Ingesting;

/// <summary>
/// How articles go into the host's store, the same for <c>ingest</c> (also when the administration socket runs it
/// for a CLI) and for what feeds and watched folders bring: loaded from files, folders and URLs, extracted by the
/// rules and, with <c>Llm:Endpoint</c> set and <c>Llm:ExtractMoves</c> on, the model's checked proposals, written
/// in batches as the <c>Ingest</c> settings say, and reported article by article. Alerts for the new moves are
/// enqueued in the same writes, and the outbox is woken by the store. Thread-safe, as the store serialises writes.
/// </summary>
internal sealed class IngestPipeline(
    StoreProvider store, ArticleLoader loader, ConfiguredModel model, IOptions<IngestOptions> options, TimeProvider time, ILoggerFactory loggers)
    : IArticleSink
{
    /// <summary>Whether a model proposes moves beside the rules.</summary>
    public bool UsesModel => model.Connection is { Options.ExtractMoves: true };

    /// <summary>
    /// Loads every location (a file, a folder searched recursively, or an http(s) URL), each failure kept with its
    /// reason, and applies <paramref name="provenance"/> to the one article it describes. Refused, with the reason,
    /// when provenance is given for other than one article.
    /// </summary>
    public async Task<LoadedArticles> LoadAsync(
        IReadOnlyList<ArticleLocation> locations, ArticleProvenance? provenance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(locations);
        if (provenance is { IsGiven: true } && locations.Count != 1)
            return LoadedArticles.Refused(ArticleProvenance.OneLocationOnly);
        var loaded = new List<ArticleLoad>();
        foreach (var location in locations)
            loaded.AddRange(await LoadAsync(location, cancellationToken).ConfigureAwait(false));
        if (provenance is { IsGiven: true })
        {
            if (loaded.Count != 1)
                return LoadedArticles.Refused(
                    $"--url, --outlet and --date describe one article, and {locations[0].Shown} holds {loaded.Count}: give one file.");
            loaded[0] = provenance.ApplyTo(loaded[0]);
        }
        return new LoadedArticles(loaded, Refusal: null);
    }

    /// <summary>
    /// Ingests what <see cref="LoadAsync(IReadOnlyList{ArticleLocation}, ArticleProvenance?, CancellationToken)"/>
    /// read, reporting to <paramref name="progress"/> the articles committed so far, then embeds the new sentences
    /// once, rather than on the first question that needs them. What was loaded but failed is reported first.
    /// </summary>
    public async Task<IngestRun> IngestAsync(LoadedArticles loaded, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var started = time.GetTimestamp();
        var outcomes = loaded.Loads.Where(l => !l.Succeeded).Select(l => ArticleOutcome.NotLoaded(l.Location, l.Error!)).ToList();
        var articles = loaded.Loads.Where(l => l.Succeeded).ToList();
        var (reports, summary) = await WriteAsync(articles.Select(a => a.Article!).ToList(), progress, cancellationToken).ConfigureAwait(false);
        outcomes.AddRange(reports.Select((report, i) => ArticleOutcome.Of(articles[i].Location, report)));

        var session = store.Session;
        var connection = model.Connection;
        var vectors = await SentenceEmbedding.PrepareAsync(session.Store, connection, loggers.CreateLogger(typeof(SentenceEmbedding)), cancellationToken)
                                             .ConfigureAwait(false) is { } embedded
            ? new SentenceVectorCount(embedded, connection!.Options.EmbeddingModel!, session.Store.Stats().Sentences)
            : null;
        return new IngestRun(outcomes, summary, vectors, time.GetElapsedTime(started));
    }

    /// <summary>Articles feeds and watched folders found, ingested as <c>ingest</c> ingests them; one report each, in order.</summary>
    public async Task<IReadOnlyList<IngestReport>> IngestAsync(IReadOnlyList<ArticleSource> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return (await WriteAsync(articles, progress: null, cancellationToken).ConfigureAwait(false)).Reports;
    }

    private async Task<(IReadOnlyList<IngestReport> Reports, ModelExtractionSummary? Model)> WriteAsync(
        IReadOnlyList<ArticleSource> articles, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var session = store.Session;
        var settings = options.Value;
        var ingestion = new ArticleIngestion(session.Store, session.Extractor, time,
            new IngestionOptions { MaxBatchArticles = settings.BatchArticles, MaxConcurrentEnrichments = settings.ModelConcurrency });
        if (model.Connection is not { Options.ExtractMoves: true } connection)
            return (ingestion.IngestMany(articles, progress, cancellationToken), null);
        // One extractor per run, so its summary counts this run's proposals only.
        var extractor = new ModelMoveExtractor(connection, session.Store.Registry, time, loggers.CreateLogger<ModelMoveExtractor>());
        var reports = await ingestion.IngestManyAsync(articles, extractor, progress, cancellationToken).ConfigureAwait(false);
        return (reports, extractor.Summary);
    }

    /// <summary>Loads one location, naming each article by <see cref="ArticleLocation.Shown"/> and its path below it.</summary>
    private async Task<IReadOnlyList<ArticleLoad>> LoadAsync(ArticleLocation location, CancellationToken cancellationToken)
    {
        var loaded = await loader.LoadAsync(location.Source, cancellationToken).ConfigureAwait(false);
        return loaded.Select(l => l.Location.StartsWith(location.Source, StringComparison.Ordinal)
                ? l with { Location = location.Shown + l.Location[location.Source.Length..] }
                : l)
            .ToList();
    }
}

/// <summary>What to load, <see cref="Source"/> (a full path or a URL), and how to name it to whoever asked, <see cref="Shown"/>.</summary>
internal sealed record ArticleLocation(string Source, string Shown);

/// <summary>What <see cref="IngestPipeline.LoadAsync"/> read, one load per article found, or why it refused to.</summary>
internal sealed record LoadedArticles(IReadOnlyList<ArticleLoad> Loads, string? Refusal)
{
    public static LoadedArticles Refused(string reason) => new([], reason);
}
