using System.CommandLine;
using TalentBot.Commands;
using TalentBot.Knowledge;

namespace TalentBot.Bench;

/// <summary>
/// <c>talentbot-bench [--articles 10000,100000] [--queries N] [--dir PATH [--reuse]]</c>: measures ingest throughput, answer
/// latency and memory on a synthetic corpus, and prints a Markdown table for the README. <c>discord</c> loads the
/// Discord interactions endpoint instead, <c>slack</c> the Slack commands endpoint, <c>alerts</c> measures what
/// alerts cost on ingest and how fast the outbox is sent, <c>hostile</c> how long one article built to be hard to
/// read takes to ingest.
/// </summary>
internal static class BenchCommand
{
    public static RootCommand Create(CliContext context, IEnumerable<KeyValuePair<string, string?>>? settings)
    {
        var articles = new Option<string>("--articles")
        {
            Description = "Corpus sizes to measure, comma-separated.",
            DefaultValueFactory = _ => "10000,100000",
        };
        var queries = new Option<int>("--queries")
        {
            Description = "Questions asked per kind and size.",
            DefaultValueFactory = _ => 2000,
        };
        var batch = new Option<int>("--batch")
        {
            Description = "Articles per store transaction during ingest.",
            DefaultValueFactory = _ => new IngestionOptions().MaxBatchArticles,
        };
        var dir = new Option<string?>("--dir") { Description = "Where to build the benchmark stores (default: a temporary folder, deleted after)." };
        var reuse = new Option<bool>("--reuse")
        {
            Description = "Time the answers on the stores an earlier run left in --dir instead of building them again; a size with no store there yet is built.",
        };
        var command = new RootCommand("Benchmark talentbot's ingest and answers on a synthetic multilingual corpus, or load its endpoints.")
        {
            articles, queries, batch, dir, reuse,
            LoadCommand.Create("discord", "Load the Discord interactions endpoint on loopback with signed /who-left commands.", context, settings,
                () => new DiscordLoad()),
            LoadCommand.Create("slack", "Load the Slack commands endpoint on loopback with signed /who-left commands.", context, settings,
                () => new SlackLoad()),
            AlertsBenchCommand.Create(context), HostileBenchCommand.Create(context),
        };
        command.SetAction((result, cancellationToken) =>
        {
            var sizes = ParseSizes(result.GetValue(articles));
            if (sizes is null)
            {
                context.Error.WriteLine("--articles takes positive whole numbers separated by commas, e.g. 10000,100000");
                return Task.FromResult(ExitCodes.BadInput);
            }
            var count = result.GetValue(queries);
            if (count < 10)
            {
                context.Error.WriteLine("--queries must be at least 10 for percentiles to mean anything.");
                return Task.FromResult(ExitCodes.BadInput);
            }
            var batchSize = result.GetValue(batch);
            if (batchSize < 1)
            {
                context.Error.WriteLine("--batch must be at least 1.");
                return Task.FromResult(ExitCodes.BadInput);
            }
            var folder = result.GetValue(dir);
            var reused = result.GetValue(reuse);
            if (reused && string.IsNullOrWhiteSpace(folder))
            {
                context.Error.WriteLine("--reuse needs --dir, the folder where an earlier run left its stores.");
                return Task.FromResult(ExitCodes.BadInput);
            }
            var runner = new BenchRunner(context.Output, context.Error, folder, new IngestionOptions { MaxBatchArticles = batchSize }, reused);
            return Task.FromResult(runner.Run(sizes, count, cancellationToken));
        });
        return command;
    }

    private static int[]? ParseSizes(string? text)
    {
        var parts = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var sizes = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, out var size) || size < 1) return null;
            sizes.Add(size);
        }
        return sizes.Count == 0 ? null : sizes.ToArray();
    }
}
