using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalentBot.Core;
using TalentBot.Evaluation;
using TalentBot.Extraction;
using TalentBot.Hosting;
using TalentBot.Knowledge;

namespace TalentBot.Commands;

/// <summary>
/// <c>eval DIR [--diff] [--json]</c>: runs the offline extractor over a gold-annotated folder and prints precision
/// and recall (strict and consistent), traps that became moves, head counts, amounts and dates, per language and kind.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("folder") { Description = "A gold set: articles/ with gold.jsonl, and optionally traps.jsonl, counts.jsonl and manifest.jsonl." };
        var diff = new Option<bool>("--diff") { Description = "Also list every wrong, missed or partial move, date, amount and count." };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object." };
        var command = new Command("eval", "Measure the extractor on a gold-annotated folder of articles.") { folder, diff, json };
        command.SetAction((result, _) =>
        {
            using var host = context.BuildHost();
            var knowledge = StorePaths.Knowledge(host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Path);
            GoldSet set;
            EntityRegistry registry;
            try
            {
                registry = EntityRegistry.FromJson(File.ReadAllText(Path.Combine(knowledge, Corpus.RegistryFile)));
                set = GoldSetReader.Read(result.GetValue(folder)!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
            {
                context.Error.WriteLine($"Cannot evaluate: {e.Message.ReplaceLineEndings(" ")}");
                return Task.FromResult(ExitCodes.BadInput);
            }
            var report = Evaluator.Run(set, new RuleBasedExtractor(registry), registry);
            context.Output.Write(result.GetValue(json) ? EvaluationReportJson.Serialize(report) + "\n" : EvaluationReportText.Format(report, result.GetValue(diff)));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
