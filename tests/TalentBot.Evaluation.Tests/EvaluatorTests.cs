using TalentBot.Core;
using TalentBot.Core.Extraction;
using TalentBot.Knowledge;

namespace TalentBot.Evaluation.Tests;

public sealed class EvaluatorTests
{
    private static readonly GoldSet Set = new("set",
    [
        Article("en-01.txt", "Ana Ruiz left OpenAI for Meta."),
        Article("en-02.txt", "Kai Mendes left Google."),
    ]);

    [Fact]
    public void Run_ExtractorThatFailsOnOneArticle_ScoresItAsEmptyNamesItAndGoesOn()
    {
        var report = Evaluator.Run(Set, new FailingOn("Kai Mendes"), EntityRegistry.Empty);

        report.Failures.ShouldHaveSingleItem().ShouldBe("en-02.txt: InvalidOperationException: cannot read Kai Mendes");
        report.Overall.ConsistentRecall.ShouldBe(new Ratio(1, 2));
        EvaluationReportText.Format(report, differences: false).ShouldContain("The extractor failed on en-02.txt: InvalidOperationException");
        EvaluationReportJson.Serialize(report).ShouldContain("\"failures\"");
    }

    private static GoldArticle Article(string file, string text)
    {
        var person = text[..text.IndexOf(" left", StringComparison.Ordinal)];
        var from = text.Split(' ')[3].TrimEnd('.');
        return new GoldArticle(file, Language.English, new ArticleSource(text, Language: Language.English),
            [new GoldMove(person, [], MoveKind.Left, from, null, null, null, text)], [], []);
    }

    /// <summary>Finds the move each article states, but throws on one person's article, as a buggy extractor might.</summary>
    private sealed class FailingOn(string person) : IFactExtractor
    {
        public ArticleFacts Extract(ArticleText article)
        {
            if (article.Text.Contains(person, StringComparison.Ordinal)) throw new InvalidOperationException($"cannot read {person}");
            var name = article.Text[..article.Text.IndexOf(" left", StringComparison.Ordinal)];
            var from = article.Text.Split(' ')[3].TrimEnd('.');
            return new ArticleFacts(
                [new SentenceSpan(0, 0, article.Text)],
                [],
                [new MoveClaim(EntityRef.Unregistered(name), MoveKind.Left, EntityRef.Unregistered(from), null, null, null, [0])],
                []);
        }
    }
}
