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
/// With <c>--questions</c> it answers the folder's <c>questions.jsonl</c> instead, from a store of its articles.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("folder") { Description = "A gold set: articles/ with gold.jsonl, and optionally traps.jsonl, counts.jsonl and manifest.jsonl." };
        var diff = new Option<bool>("--diff") { Description = "Also list every wrong, missed or partial move, date, amount and count." };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object." };
        var questions = new Option<bool>("--questions")
        {
            Description = "Answer the folder's questions.jsonl from a temporary store of its articles, instead of scoring moves.",
        };
        var command = new Command("eval", "Measure the extractor, or the answers to questions, on a gold-annotated folder of articles.")
        {
            folder, diff, json, questions,
        };
        command.SetAction((result, _) =>
        {
            using var host = context.BuildHost();
            var knowledge = StorePaths.Knowledge(host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Path);
            GoldSet set;
            EntityRegistry registry;
            IReadOnlyList<GoldQuestion> asked = [];
            try
            {
                registry = EntityRegistry.FromJson(File.ReadAllText(Path.Combine(knowledge, Corpus.RegistryFile)));
                set = GoldSetReader.Read(result.GetValue(folder)!);
                if (result.GetValue(questions)) asked = GoldSetReader.ReadQuestions(set);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
            {
                context.Error.WriteLine($"Cannot evaluate: {e.Message.ReplaceLineEndings(" ")}");
                return Task.FromResult(ExitCodes.BadInput);
            }
            if (result.GetValue(questions))
            {
                var answered = AnswerQuestions(set, asked, registry, host.Services.GetRequiredService<TimeProvider>());
                context.Output.Write(result.GetValue(json) ? QuestionReportJson.Serialize(answered) + "\n" : QuestionReportText.Format(answered, result.GetValue(diff)));
                return Task.FromResult(ExitCodes.Ok);
            }
            var report = Evaluator.Run(set, new RuleBasedExtractor(registry), registry);
            context.Output.Write(result.GetValue(json) ? EvaluationReportJson.Serialize(report) + "\n" : EvaluationReportText.Format(report, result.GetValue(diff)));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>The store is a throwaway: built for the set, deleted after, so measuring never touches the user's.</summary>
    private static QuestionReport AnswerQuestions(GoldSet set, IReadOnlyList<GoldQuestion> asked, EntityRegistry registry, TimeProvider time)
    {
        var store = Directory.CreateTempSubdirectory("talentbot-eval-");
        try
        {
            return QuestionEvaluator.Run(set, asked, registry, store.FullName, time);
        }
        finally
        {
            store.Delete(recursive: true);
        }
    }
}
