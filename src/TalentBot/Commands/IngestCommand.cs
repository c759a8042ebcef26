using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using TalentBot.Core;
using TalentBot.Ingesting;
using TalentBot.Knowledge;
using TalentBot.Llm.Extraction;

namespace TalentBot.Commands;

/// <summary>
/// <c>ingest [--db PATH] [--url URL] [--outlet NAME] [--date DATE] PATH_OR_URL...</c>: files, folders and http(s) URLs
/// into the store through the host's <see cref="IngestPipeline"/>, whose report it prints. A source that fails is
/// reported and skipped; what was added stays committed. <c>--url</c>, <c>--outlet</c> and <c>--date</c> say where
/// one article came from (a saved page, a text file), over what it declares. With <c>Llm:Endpoint</c> set (and
/// <c>Llm:ExtractMoves</c> on) a model proposes moves too, each checked against its article; a model failure costs
/// only its proposals.
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
            if (ArticleProvenance.Parse(result.GetValue(url), result.GetValue(outlet), result.GetValue(date)) is not { } provenance)
                return Task.FromResult(BadProvenance(context, result.GetValue(url), result.GetValue(date)));
            return RunAsync(context, result.GetValue(context.Database), result.GetValue(locations) ?? [], provenance, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, string? db, string[] locations, ArticleProvenance provenance, CancellationToken cancellationToken)
    {
        if (provenance.IsGiven && locations.Length != 1)
        {
            context.Error.WriteLine(ArticleProvenance.OneLocationOnly);
            return ExitCodes.BadInput;
        }
        return await context.WithStoreAsync(db, async (host, _) =>
        {
            var pipeline = host.Services.GetRequiredService<IngestPipeline>();
            var loaded = await pipeline.LoadAsync(locations.Select(l => Located(context, l)).ToList(), provenance, cancellationToken)
                                       .ConfigureAwait(false);
            if (loaded.Refusal is { } refusal)
            {
                context.Error.WriteLine(refusal);
                return ExitCodes.BadInput;
            }

            var run = await IngestAsync(pipeline, loaded, context, cancellationToken).ConfigureAwait(false);
            Print(run, context);
            await WaitingDeliveries.SendAsync(host, context, cancellationToken).ConfigureAwait(false);
            return run.Failed > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A URL as given, a path from the caller's directory (also when the store's owner runs the command, in a directory of its own), shown as typed.</summary>
    private static ArticleLocation Located(CliContext context, string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri) && !uri.IsFile
            ? new ArticleLocation(location, location)
            : new ArticleLocation(context.ResolvePath(location), location);

    /// <summary>The run, under a progress bar when there is a terminal and enough articles to need one.</summary>
    private static async Task<IngestRun> IngestAsync(IngestPipeline pipeline, LoadedArticles loaded, CliContext context, CancellationToken cancellationToken)
    {
        var articles = loaded.Loads.Count(l => l.Succeeded);
        if (articles < ProgressBarThreshold || context.Terminal is not { } terminal)
            return await pipeline.IngestAsync(loaded, progress: null, cancellationToken).ConfigureAwait(false);

        IngestRun? run = null;
        await terminal.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask(pipeline.UsesModel ? "Ingesting with the model" : "Ingesting", maxValue: articles);
            run = await pipeline.IngestAsync(loaded, new Progress<int>(done => task.Value = done), cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return run!;
    }

    private static void Print(IngestRun run, CliContext context)
    {
        var withModel = run.Model is not null;
        foreach (var article in run.Articles)
        {
            switch (article.Status)
            {
                case IngestStatus.Added:
                    var breakdown = Breakdown(article.NewStated, article.NewInferred, withModel ? article.FoundOnlyByModel : null);
                    context.Output.WriteLine(
                        $"+ {article.Location} ({article.ArticleId}): {NewMoves(article.NewMoves.Count)} {breakdown}, {article.CorroboratedMoves.Count} confirmed by this article");
                    break;
                case IngestStatus.AlreadyKnown:
                    context.Output.WriteLine($"= {article.Location}: already in the knowledge base as {article.ArticleId}");
                    break;
                default:
                    context.Error.WriteLine($"✗ {article.Location}: {article.Reason}");
                    break;
            }
        }
        context.Output.WriteLine(
            $"Added {run.Added} article(s) with {run.NewMoves} new move(s) {Breakdown(run.NewStated, run.NewMoves - run.NewStated, withModel ? run.FoundOnlyByModel : null)} " +
            $"and {run.Corroborated} confirmation(s); {run.AlreadyKnown} already known; {run.Failed} failed.");
        if (run.Model is { } model) ReportModel(model, context.Output);
        if (run.Vectors is { } vectors)
            context.Output.WriteLine($"Sentence vectors ({vectors.Model}): {vectors.Embedded} of {vectors.Sentences} sentences.");
    }

    private static int BadProvenance(CliContext context, string? url, string? date)
    {
        if (url is not null && ArticleProvenance.HttpUrl(url) is null)
            context.Error.WriteLine($"--url must be an absolute http or https link, such as https://news.example.com/story (it is '{url}').");
        if (date is not null && !PartialDate.TryParse(date.Trim(), out _))
            context.Error.WriteLine($"--date must be a date such as 2025-07-15, 2025-07 or 2025 (it is '{date}').");
        return ExitCodes.BadInput;
    }

    private static string NewMoves(int count) => count == 1 ? "1 new move" : $"{count} new moves";

    /// <summary>"(9 stated, 3 inferred)", and how many only the model found when a model took part.</summary>
    private static string Breakdown(int stated, int inferred, int? onlyModel) => onlyModel is { } byModel
        ? $"({stated} stated, {inferred} inferred; {byModel} found only by the model)"
        : $"({stated} stated, {inferred} inferred)";

    private static void ReportModel(ModelExtractionSummary summary, TextWriter output)
    {
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
}
