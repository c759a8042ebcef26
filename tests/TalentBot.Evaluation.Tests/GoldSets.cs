using TalentBot.Core;
using TalentBot.Extraction;

namespace TalentBot.Evaluation.Tests;

/// <summary>The committed gold sets and the product's registry, read once for every test that scores them.</summary>
internal static class GoldSets
{
    public static EntityRegistry Registry { get; } = EntityRegistry.FromJson(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "registry.json")));

    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "Sets", name);

    public static EvaluationReport Score(string name) =>
        Evaluator.Run(GoldSetReader.Read(Folder(name)), new RuleBasedExtractor(Registry), Registry);
}
