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
        var scores = set.Articles.Select(article =>
        {
            var text = TextFolding.WellFormed(article.Source.Text);
            var language = article.Source.Language ?? LanguageDetector.Detect(text).Language;
            return scorer.Score(article, extractor.Extract(new ArticleText(text, language, article.Source.Published)));
        }).ToList();
        return EvaluationReport.Of(set.Folder, scores);
    }
}
