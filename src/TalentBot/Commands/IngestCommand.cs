using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentBot.Hosting;
using Spectre.Console;
using TalentBot.Core;
using TalentBot.Knowledge;
using TalentBot.Llm;
using TalentBot.Llm.Extraction;

namespace TalentBot.Commands;

/// <summary>
/// <c>ingest [--db PATH] [--url URL] [--outlet NAME] [--date DATE] PATH_OR_URL...</c>: files, folders and http(s) URLs
/// into the store. A source that fails is reported and skipped; what was added stays committed. <c>--url</c>,
/// <c>--outlet</c> and <c>--date</c> say where one article came from (a saved page, a text file), over what it declares. With <c>Llm:Endpoint</c> set (and <c>Llm:ExtractMoves</c>
/// on) a model proposes moves too, each checked against its article; a model failure costs only its proposals.
/// </summary>
internal static class IngestCommand
{
    /// <summary>Below this many articles a progress bar is noise.</summary>
    private const int ProgressBarThreshold = 20;

    public static Command Create(CliContext context)
    {
        var locations = new Argument<string[]>("locations")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Files (.txt, .md, .html), folders (searched recursively) or http(s) URLs.",
        };
        var url = new Option<string?>("--url") { Description = "The link the article was published at (one article only)." };
        var outlet = new Option<string?>("--outlet") { Description = "The outlet that published it (one article only)." };
        var date = new Option<string?>("--date") { Description = "When it was published: 2025-07-15, 2025-07 or 2025 (one article only)." };
        var command = new Command("ingest", "Add articles to the knowledge base and extract their moves.") { locations, url, outlet, date };
        command.SetAction((result, cancellationToken) =>
        {
            if (Provenance.Parse(result.GetValue(url), result.GetValue(outlet), result.GetValue(date)) is not { } provenance)
                return Task.FromResult(BadProvenance(context, result.GetValue(url), result.GetValue(date)));
            return RunAsync(context, result.GetValue(context.Database), result.GetValue(locations) ?? [], provenance, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, string? db, string[] locations, Provenance provenance, CancellationToken cancellationToken)
    {
        if (provenance.IsGiven && locations.Length != 1)
        {
            context.Error.WriteLine("--url, --outlet and --date describe one article: give one file or URL with them.");
            return ExitCodes.BadInput;
        }
        return await context.WithStoreAsync(db, async (host, session) =>
        {
            var loader = host.Services.GetRequiredService<ArticleLoader>();
            var loaded = new List<ArticleLoad>();
            foreach (var location in locations)
                loaded.AddRange(await LoadAsync(loader, context, location, cancellationToken).ConfigureAwait(false));
            if (provenance.IsGiven)
            {
                if (loaded.Count != 1)
                {
                    context.Error.WriteLine($"--url, --outlet and --date describe one article, and {locations[0]} holds {loaded.Count}: give one file.");
                    return ExitCodes.BadInput;
                }
                loaded[0] = provenance.ApplyTo(loaded[0]);
            }

            var failed = 0;
            foreach (var failure in loaded.Where(l => !l.Succeeded))
            {
                failed++;
                context.Error.WriteLine($"✗ {failure.Location}: {failure.Error}");
            }

            var articles = loaded.Where(l => l.Succeeded).ToList();
            var ingest = host.Services.GetRequiredService<IOptions<IngestOptions>>().Value;
            var time = host.Services.GetRequiredService<TimeProvider>();
            var ingestion = ArticlePipeline.Ingestion(session, ingest, time);
            var model = ArticlePipeline.ModelExtractor(host.Services.GetRequiredService<ConfiguredModel>(), session, time,
                host.Services.GetRequiredService<ILoggerFactory>());
            var sources = articles.Select(a => a.Article!).ToList();
            var reports = model is null
                ? Ingest(ingestion, sources, context, cancellationToken)
                : await IngestAsync(ingestion, model, sources, context, cancellationToken).ConfigureAwait(false);

            int added = 0, known = 0, newMoves = 0, newStated = 0, corroborated = 0, modelOnly = 0;
            for (var i = 0; i < reports.Count; i++)
            {
                var report = reports[i];
                var location = articles[i].Location;
                switch (report.Status)
                {
                    case IngestStatus.Added:
                        added++;
                        newMoves += report.NewMoves.Count;
                        newStated += report.NewStated;
                        corroborated += report.CorroboratedMoves.Count;
                        var onlyModel = report.NewMoves.Count(m => m.FoundOnlyByModel);
                        modelOnly += onlyModel;
                        var breakdown = Breakdown(report.NewStated, report.NewInferred, model is null ? null : onlyModel);
                        context.Output.WriteLine(
                            $"+ {location} ({report.ArticleId}): {NewMoves(report.NewMoves.Count)} {breakdown}, {report.CorroboratedMoves.Count} confirmed by this article");
                        break;
                    case IngestStatus.AlreadyKnown:
                        known++;
                        context.Output.WriteLine($"= {location}: already in the knowledge base as {report.ArticleId}");
                        break;
                    default:
                        failed++;
                        context.Error.WriteLine($"✗ {location}: {report.Reason}");
                        break;
                }
            }
            context.Output.WriteLine(
                $"Added {added} article(s) with {newMoves} new move(s) {Breakdown(newStated, newMoves - newStated, model is null ? null : modelOnly)} " +
                $"and {corroborated} confirmation(s); {known} already known; {failed} failed.");
            if (model is not null) ReportModel(model, context.Output);
            // New sentences are embedded now, once, rather than on the first question that needs them.
            var connection = host.Services.GetRequiredService<ConfiguredModel>().Connection;
            var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SentenceEmbedding));
            if (await SentenceEmbedding.PrepareAsync(session.Store, connection, logger, cancellationToken).ConfigureAwait(false) is { } vectors)
                context.Output.WriteLine($"Sentence vectors ({connection!.Options.EmbeddingModel}): {vectors} of {session.Store.Stats().Sentences} sentences.");
            await WaitingDeliveries.SendAsync(host, context, cancellationToken).ConfigureAwait(false);
            return failed > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Loads a URL as given and a path from the caller's directory (also when the store's owner runs the command,
    /// in a directory of its own), naming each file as the caller typed it.
    /// </summary>
    private static async Task<IReadOnlyList<ArticleLoad>> LoadAsync(
        ArticleLoader loader, CliContext context, string location, CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(location, UriKind.Absolute, out var uri) && !uri.IsFile)
            return await loader.LoadAsync(location, cancellationToken).ConfigureAwait(false);
        var path = context.ResolvePath(location);
        var loaded = await loader.LoadAsync(path, cancellationToken).ConfigureAwait(false);
        return loaded.Select(l => l.Location.StartsWith(path, StringComparison.Ordinal) ? l with { Location = location + l.Location[path.Length..] } : l)
                     .ToList();
    }

    private static int BadProvenance(CliContext context, string? url, string? date)
    {
        if (url is not null && Provenance.HttpUrl(url) is null)
            context.Error.WriteLine($"--url must be an absolute http or https link, such as https://news.example.com/story (it is '{url}').");
        if (date is not null && !PartialDate.TryParse(date.Trim(), out _))
            context.Error.WriteLine($"--date must be a date such as 2025-07-15, 2025-07 or 2025 (it is '{date}').");
        return ExitCodes.BadInput;
    }

    /// <summary>Where one article came from, as the operator says: each part overrides what the article declares.</summary>
    private sealed record Provenance(string? Url, string? Outlet, PartialDate? Published)
    {
        public bool IsGiven => Url is not null || Outlet is not null || Published is not null;

        /// <summary>The parts given, or null when a link or a date does not parse.</summary>
        public static Provenance? Parse(string? url, string? outlet, string? date)
        {
            string? link = null;
            if (url is not null && (link = HttpUrl(url)) is null) return null;
            PartialDate? published = null;
            if (date is not null)
            {
                if (!PartialDate.TryParse(date.Trim(), out var parsed)) return null;
                published = parsed;
            }
            return new Provenance(link, string.IsNullOrWhiteSpace(outlet) ? null : outlet.Trim(), published);
        }

        public static string? HttpUrl(string text) =>
            Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

        public ArticleLoad ApplyTo(ArticleLoad load) => load.Article is not { } article
            ? load
            : load with
            {
                Article = article with
                {
                    Url = Url ?? article.Url,
                    Outlet = Outlet ?? article.Outlet,
                    Published = Published ?? article.Published,
                },
            };
    }

    private static string NewMoves(int count) => count == 1 ? "1 new move" : $"{count} new moves";

    /// <summary>"(9 stated, 3 inferred)", and how many only the model found when a model took part.</summary>
    private static string Breakdown(int stated, int inferred, int? onlyModel) => onlyModel is { } byModel
        ? $"({stated} stated, {inferred} inferred; {byModel} found only by the model)"
        : $"({stated} stated, {inferred} inferred)";

    private static void ReportModel(ModelMoveExtractor model, TextWriter output)
    {
        var summary = model.Summary;
        var rejected = summary.Rejected;
        output.WriteLine(
            $"Model: {summary.Proposed} move(s) proposed for {summary.Articles} article(s); {summary.Accepted} passed verification " +
            $"({summary.ModelOnly} not found by the rules); {summary.RejectedTotal} rejected: " +
            $"{rejected[ProposalRejection.NotVerbatim]} quote not verbatim, {rejected[ProposalRejection.UnknownName]} unknown name, " +
            $"{rejected[ProposalRejection.BadKind]} bad kind, {rejected[ProposalRejection.Malformed]} malformed, " +
            $"{rejected[ProposalRejection.AddressesModel]} quoting an instruction to the model.");
        if (summary.Unavailable == 0) return;
        var reasons = string.Join(", ", summary.Failures.Where(f => f.Value > 0).Select(f => $"{FailureText(f.Key)} {f.Value}"));
        output.WriteLine($"Model unavailable for {summary.Unavailable} article(s) ({reasons}); their moves come from the rules alone.");
    }

    private static string FailureText(ModelFailure failure) => failure switch
    {
        ModelFailure.Timeout => "timed out",
        ModelFailure.RateLimited => "rate limited",
        ModelFailure.ServerError => "server error",
        ModelFailure.Refused => "request refused",
        ModelFailure.Unreachable => "unreachable",
        ModelFailure.Malformed => "unusable reply",
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, null),
    };

    private static IReadOnlyList<IngestReport> Ingest(
        ArticleIngestion ingestion, IReadOnlyList<ArticleSource> articles, CliContext context, CancellationToken cancellationToken)
    {
        if (WantsProgressBar(articles, context) is not { } terminal) return ingestion.IngestMany(articles, cancellationToken: cancellationToken);

        IReadOnlyList<IngestReport> reports = [];
        terminal.Progress().Start(progress =>
        {
            var task = progress.AddTask("Ingesting", maxValue: articles.Count);
            reports = ingestion.IngestMany(articles, new Progress<int>(done => task.Value = done), cancellationToken);
        });
        return reports;
    }

    /// <summary>As <see cref="Ingest"/>, with the model's moves added to each article's before it is stored.</summary>
    private static async Task<IReadOnlyList<IngestReport>> IngestAsync(
        ArticleIngestion ingestion, ModelMoveExtractor model, IReadOnlyList<ArticleSource> articles, CliContext context,
        CancellationToken cancellationToken)
    {
        if (WantsProgressBar(articles, context) is not { } terminal)
            return await ingestion.IngestManyAsync(articles, model, cancellationToken: cancellationToken).ConfigureAwait(false);

        IReadOnlyList<IngestReport> reports = [];
        await terminal.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Ingesting with the model", maxValue: articles.Count);
            reports = await ingestion.IngestManyAsync(articles, model, new Progress<int>(done => task.Value = done), cancellationToken)
                                     .ConfigureAwait(false);
        }).ConfigureAwait(false);
        return reports;
    }

    /// <summary>The terminal to draw a progress bar on, when there is one and enough articles to need it.</summary>
    private static IAnsiConsole? WantsProgressBar(IReadOnlyList<ArticleSource> articles, CliContext context) =>
        articles.Count >= ProgressBarThreshold ? context.Terminal : null;
}
