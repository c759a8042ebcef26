using TalentBot.Core;

namespace TalentBot.Extraction.Tests;

/// <summary>
/// Shapes that once made extraction quadratic. Time is measured by <c>talentbot-bench hostile</c>, not here; these hold what the
/// extractor must still do with them: read the beginning of an endless sentence, quote every sentence verbatim, and
/// find the moves of ordinary sentences among a great many others, up to the sentence cap.
/// </summary>
public sealed class HostileArticleTests
{
    [Theory]
    [InlineData(Language.English, "Bob Smith joined OpenAI from Meta, with ", ", {0} and more.")]
    [InlineData(Language.French, "Bob Smith a rejoint OpenAI en provenance de Meta, avec ", ", {0} et d'autres.")]
    [InlineData(Language.Italian, "Bob Smith è passato da Meta a OpenAI, con ", ", {0} e altri.")]
    public void Extract_SentenceOfSixtyThousandNames_ReadsItsBeginningAndQuotesItWhole(Language language, string opening, string closing)
    {
        var names = string.Join(", ", Enumerable.Range(0, 60_000).Select(i => $"Ana Ruiz{i}"));
        var text = opening + names + string.Format(System.Globalization.CultureInfo.InvariantCulture, closing, "Kai Mendes");

        var facts = Extraction.Of(language, text);

        facts.Sentences.ShouldHaveSingleItem().Text.ShouldBe(text);
        facts.Moves.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            m => m.Person.Id.ShouldBe("~bob-smith"),
            m => (m.From?.Id, m.To?.Id).ShouldBe(("meta", "openai")));
        // Only the readable beginning is analysed: names past it are neither people nor mentions.
        facts.Mentions.Count.ShouldBeLessThan(1_000);
    }

    [Fact]
    public void Extract_JapaneseWithNoSentenceEnd_ReadsTheBeginning()
    {
        var text = "田中宏氏はグーグルを退社し、メタに移籍した" + string.Concat(Enumerable.Repeat("、そして研究を続けている", 50_000));

        var facts = Extraction.Of(Language.Japanese, text);

        facts.Moves.ShouldHaveSingleItem().Person.Id.ShouldBe("hiroshi-tanaka");
        string.Concat(facts.Sentences.Select(s => s.Text)).Length.ShouldBe(text.Length);
    }

    [Fact]
    public void Extract_HundredThousandParagraphs_ReadsTheFirstSentencesUpToTheCapAndFindsTheirMoves()
    {
        string[] movers = ["Kai Mendes", "Ana Ruiz", "Leo Costa", "Mia Laurent", "Tom Hale", "Eva Brandt", "Sam Okoro", "Ida Berg", "Max Weber", "Zoe Park"];
        var paragraphs = Enumerable.Range(0, 100_000)
            .Select(i => i % 400 == 1 && i / 400 < movers.Length ? $"{movers[i / 400]} left Google for Anthropic."
                       : i == 60_000 ? "Past the cap, Noa Levi left Google for Anthropic."
                       : "Nothing else happened that day.");
        var text = "Hiring news\n\n" + string.Join("\n\n", paragraphs);

        var facts = Extraction.Of(Language.English, text);

        facts.Sentences.Count.ShouldBe(ArticleLayout.MaxSentences);
        facts.Moves.Select(m => m.Person.Name).ShouldBe(movers);
        facts.Moves.ShouldAllBe(m => m.From!.Id == "google" && m.To!.Id == "anthropic");
    }
}
