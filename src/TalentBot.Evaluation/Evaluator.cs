using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Evaluation;

/// <summary>Runs an extractor over every article of a gold set, as ingest would run it, and scores the result.</summary>
public static class Evaluator
{
    public static EvaluationReport Run(GoldSet set, IFactExtractor extractor, EntityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(extractor);
        var scorer = new ExtractionScorer(registry);
        var failures = new List<string>();
        var scores = set.Articles.Select(article =>
        {
            var text = TextFolding.WellFormed(article.Source.Text);
            var language = article.Source.Language ?? LanguageDetector.Detect(text).Language;
            ArticleFacts facts;
            try
            {
                facts = extractor.Extract(new ArticleText(text, language, article.Source.Published));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // An article the extractor cannot read scores as one that yields nothing, and is named in the report,
                // as ingest would reject it and go on.
                failures.Add($"{article.File}: {e.GetType().Name}: {e.Message}");
                facts = new ArticleFacts([], [], [], []);
            }
            return scorer.Score(article, facts);
        }).ToList();
        return EvaluationReport.Of(set.Folder, scores) with { Failures = failures };
    }
}
