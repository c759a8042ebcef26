using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalentBot.Commands;
using TalentBot.Core;
using TalentBot.Hosting;
using TalentBot.Knowledge;

namespace TalentBot.Bench;

/// <summary>
/// <c>talentbot-bench hostile [--scale 1] [--dir PATH]</c>: how long ingest takes on articles built to be as hard as an article
/// under the size cap can be (see <see cref="HostileArticles"/>). Each is written to a file and goes through what
/// <c>ingest</c> runs: the loader and the reader its extension picks, the rule-based extractor with the registry,
/// and a LiteDB store built from the corpus as <c>ingest</c> builds one.
/// </summary>
internal static class HostileBenchCommand
{
    public static Command Create(CliContext context)
    {
        var scale = new Option<double>("--scale")
        {
            Description = "Shrinks every article's counts and size alike, above 0 and at most 1.",
            DefaultValueFactory = _ => 1,
        };
        var dir = new Option<string?>("--dir") { Description = "Where to write the articles and the store (default: a temporary folder, deleted after)." };
        var command = new Command("hostile", "Time ingest of hostile articles up to the size cap: huge name lists, tag soup, text without sentence ends.")
        {
            scale, dir,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var factor = result.GetValue(scale);
            if (!(factor > 0 && factor <= 1))
            {
                context.Error.WriteLine("--scale must be above 0 and at most 1.");
                return Task.FromResult(ExitCodes.BadInput);
            }
            return Task.FromResult(new HostileBenchRunner(context).Run(factor, result.GetValue(dir), cancellationToken));
        });
        return command;
    }
}

/// <summary>One run: a store, then each hostile article written, read, extracted and stored in turn, timed end to end.</summary>
internal sealed class HostileBenchRunner(CliContext context)
{
    /// <summary>The most one article may take on a 2-core machine before the bench flags it.</summary>
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(5);

    private const string StoreFile = "hostile.db";

    public int Run(double scale, string? folder, CancellationToken cancellationToken)
    {
        if (folder is not null && File.Exists(Path.Combine(folder, StoreFile)))
        {
            // Every article would come back as already known, and the table would measure nothing.
            context.Error.WriteLine($"{Path.Combine(folder, StoreFile)} is left from an earlier run; give --dir an empty folder.");
            return ExitCodes.BadInput;
        }
        var root = folder ?? Path.Combine(Path.GetTempPath(), "talentbot-bench-hostile-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        try
        {
            using var host = context.BuildHost(Path.Combine(root, StoreFile));
            var (session, error) = host.Services.GetRequiredService<StoreProvider>().Open(context.Error, cancellationToken);
            if (session is null)
            {
                context.Error.WriteLine(error);
                return ExitCodes.Unavailable;
            }
            var settings = host.Services.GetRequiredService<IOptions<IngestOptions>>().Value;
            var loader = host.Services.GetRequiredService<ArticleLoader>();
            // The rules alone, one article at a time: the table measures extraction and storage, not a model or batching.
            var ingestion = new ArticleIngestion(session.Store, session.Extractor, host.Services.GetRequiredService<TimeProvider>());
            var organisations = session.Store.Registry.Entities.Where(e => e.Kind == EntityKind.Organisation).Select(e => e.Name).ToList();
            if (organisations.Count < 2)
            {
                context.Error.WriteLine("The registry names fewer than two organisations, so no article could hold a move.");
                return ExitCodes.Unavailable;
            }
            var articles = new HostileArticles(organisations, settings.MaxFileBytes, scale);
            var rows = new List<Row>();
            foreach (var article in articles.All())
            {
                cancellationToken.ThrowIfCancellationRequested();
                rows.Add(Measure(article, root, loader, ingestion, session.Store, cancellationToken));
            }
            Print(rows, settings.MaxFileBytes, scale);
            return ExitCodes.Ok;
        }
        finally
        {
            if (folder is null) Directory.Delete(root, recursive: true);
        }
    }

    private Row Measure(HostileArticle article, string root, ArticleLoader loader, ArticleIngestion ingestion, KnowledgeStore store,
        CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, article.FileName);
        File.WriteAllText(path, article.Text);
        var bytes = new FileInfo(path).Length;
        context.Output.WriteLine($"{article.FileName}: {bytes:N0} bytes …");
        var sentencesBefore = store.Stats().Sentences;
        // The previous article's garbage is collected now, so its cost does not land in this one's time.
        GC.Collect();
        GC.WaitForPendingFinalizers();

        var start = Stopwatch.GetTimestamp();
        var load = loader.LoadFile(path);
        var report = load.Article is { } source ? ingestion.IngestMany([source], cancellationToken: cancellationToken)[0] : null;
        var elapsed = Stopwatch.GetElapsedTime(start);

        var outcome = report is null ? $"not read: {load.Error}" : report.Status switch
        {
            IngestStatus.Added => "added",
            IngestStatus.AlreadyKnown => "already known",
            _ => $"rejected: {report.Reason}",
        };
        var moves = report is null ? 0 : report.NewMoves.Count + report.CorroboratedMoves.Count;
        var sentences = store.Stats().Sentences - sentencesBefore;
        // Said as each article finishes, so a run stopped on a pathological one still shows the others.
        context.Output.WriteLine($"  {outcome}: {sentences:N0} sentences, {moves:N0} moves in {Seconds(elapsed)}");
        return new Row(article, bytes, outcome, sentences, moves, elapsed);
    }

    private void Print(IReadOnlyList<Row> rows, long maxBytes, double scale)
    {
        var output = context.Output;
        output.WriteLine();
        output.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, ingest cap {maxBytes:N0} bytes, scale " +
                         scale.ToString(CultureInfo.InvariantCulture) + $"; time is read + extract + store, target ≤ {Target.TotalSeconds:N0} s an article");
        output.WriteLine("| article | shape | bytes | outcome | sentences stored | moves found | ingest time |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            var time = row.Elapsed > Target ? $"**{Seconds(row.Elapsed)} (over {Target.TotalSeconds:N0} s)**" : Seconds(row.Elapsed);
            output.WriteLine($"| `{row.Article.FileName}` | {row.Article.Shape} | {row.Bytes:N0} | {row.Outcome} | {row.Sentences:N0} | {row.Moves:N0} | {time} |");
        }
        var worst = rows.MaxBy(r => r.Elapsed)!;
        var over = rows.Count(r => r.Elapsed > Target);
        output.WriteLine();
        output.WriteLine($"Worst: `{worst.Article.FileName}` in {Seconds(worst.Elapsed)}; " +
                         (over == 0 ? $"every article within {Target.TotalSeconds:N0} s." : $"{over} of {rows.Count} over {Target.TotalSeconds:N0} s."));
    }

    private static string Seconds(TimeSpan elapsed) => $"{elapsed.TotalSeconds:N2} s";

    private sealed record Row(HostileArticle Article, long Bytes, string Outcome, int Sentences, int Moves, TimeSpan Elapsed);
}
