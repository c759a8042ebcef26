using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Extraction.Tests;

/// <summary>Runs the extractor with the test registry, as the focused tests need it.</summary>
internal static class Extraction
{
    public static RuleBasedExtractor Extractor { get; } = new(TestRegistry.Instance);

    public static ArticleFacts Of(Language language, string text) =>
        Extractor.Extract(new ArticleText(text, language, new PartialDate(2025, 7, 20)));

    public static string Describe(MoveClaim m) => Move.KeyOf(m.Person, m.Kind, m.From, m.To);
}
