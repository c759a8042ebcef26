using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalentBot.Hosting;
using Spectre.Console;
using TalentBot.Knowledge;

namespace TalentBot.Commands;

/// <summary>
/// <c>ingest [--db PATH] PATH_OR_URL...</c>: files, folders and http(s) URLs into the store. A source that fails is
/// reported and skipped; what was added stays committed.
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
        var command = new Command("ingest", "Add articles to the knowledge base and extract their moves.") { locations };
        command.SetAction((result, cancellationToken) =>
            RunAsync(context, result.GetValue(context.Database), result.GetValue(locations) ?? [], cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? db, string[] locations, CancellationToken cancellationToken)
    {
        using var host = context.BuildHost();
        var (session, error) = StoreSession.Open(host, db, context.Error, cancellationToken);
        if (session is null)
        {
            context.Error.WriteLine(error);
            return ExitCodes.Unavailable;
        }
        using (session)
        {
            var loader = host.Services.GetRequiredService<ArticleLoader>();
            var loaded = new List<ArticleLoad>();
            foreach (var location in locations)
                loaded.AddRange(await loader.LoadAsync(location, cancellationToken).ConfigureAwait(false));

            var failed = 0;
            foreach (var failure in loaded.Where(l => !l.Succeeded))
            {
                failed++;
                context.Error.WriteLine($"✗ {failure.Location}: {failure.Error}");
            }

            var articles = loaded.Where(l => l.Succeeded).ToList();
            var batch = host.Services.GetRequiredService<IOptions<IngestOptions>>().Value.BatchArticles;
            var ingestion = new ArticleIngestion(session.Store, session.Extractor, host.Services.GetRequiredService<TimeProvider>(),
                new IngestionOptions { MaxBatchArticles = batch });
            var reports = Ingest(ingestion, articles.Select(a => a.Article!).ToList(), context, cancellationToken);

            int added = 0, known = 0, newMoves = 0, corroborated = 0;
            for (var i = 0; i < reports.Count; i++)
            {
                var report = reports[i];
                var location = articles[i].Location;
                switch (report.Status)
                {
                    case IngestStatus.Added:
                        added++;
                        newMoves += report.NewMoves.Count;
                        corroborated += report.CorroboratedMoves.Count;
                        context.Output.WriteLine($"+ {location} ({report.ArticleId}): {report.NewMoves.Count} new moves, {report.CorroboratedMoves.Count} confirmed by this article");
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
                $"Added {added} article(s) with {newMoves} new move(s) and {corroborated} confirmation(s); {known} already known; {failed} failed.");
            return failed > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        }
    }

    private static IReadOnlyList<IngestReport> Ingest(
        ArticleIngestion ingestion, IReadOnlyList<ArticleSource> articles, CliContext context, CancellationToken cancellationToken)
    {
        var interactive = !Console.IsOutputRedirected && ReferenceEquals(context.Output, Console.Out);
        if (!interactive || articles.Count < ProgressBarThreshold)
            return ingestion.IngestMany(articles, cancellationToken: cancellationToken);

        IReadOnlyList<IngestReport> reports = [];
        AnsiConsole.Progress().Start(progress =>
        {
            var task = progress.AddTask("Ingesting", maxValue: articles.Count);
            reports = ingestion.IngestMany(articles, new Progress<int>(done => task.Value = done), cancellationToken);
        });
        return reports;
    }
}
