using TalentBot.Core;

namespace TalentBot.Evaluation;

/// <summary>Hits out of a total, as a rate that is 1 when there is nothing to hit.</summary>
public readonly record struct Ratio(int Hits, int Total)
{
    public double Value => Total == 0 ? 1 : Hits / (double)Total;

    public static Ratio operator +(Ratio a, Ratio b) => new(a.Hits + b.Hits, a.Total + b.Total);
}

/// <summary>Precision and recall of moves, strictly and consistently matched, for one slice of a gold set.</summary>
public sealed record MoveScores(Ratio StrictPrecision, Ratio StrictRecall, Ratio ConsistentPrecision, Ratio ConsistentRecall)
{
    public static MoveScores Empty { get; } = new(default, default, default, default);

    public static MoveScores operator +(MoveScores a, MoveScores b) => new(
        a.StrictPrecision + b.StrictPrecision, a.StrictRecall + b.StrictRecall,
        a.ConsistentPrecision + b.ConsistentPrecision, a.ConsistentRecall + b.ConsistentRecall);
}

/// <summary>
/// Everything an evaluation measured: move scores overall, per language and per kind (precision by the kind
/// predicted, recall by the gold kind), precision by confidence, traps that became moves, head counts, amounts
/// tied to their person and dates, with each article's score for the differences. Immutable.
/// </summary>
public sealed record EvaluationReport(
    string Folder,
    IReadOnlyList<ArticleScore> Articles,
    MoveScores Overall,
    IReadOnlyDictionary<Language, MoveScores> ByLanguage,
    IReadOnlyDictionary<MoveKind, MoveScores> ByKind,
    IReadOnlyDictionary<Certainty, Ratio> PrecisionByCertainty,
    Ratio TrapsHit,
    Ratio CountPrecision,
    Ratio CountRecall,
    Ratio AmountsAttached,
    int AmountsWrong,
    Ratio DatesRight,
    int DatesWrong)
{
    /// <summary>Articles the extractor failed on, each with the reason; they count as articles that yield nothing.</summary>
    public IReadOnlyList<string> Failures { get; init; } = [];

    public static EvaluationReport Of(string folder, IReadOnlyList<ArticleScore> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var byLanguage = new SortedDictionary<Language, MoveScores>();
        var byKind = new SortedDictionary<MoveKind, MoveScores>();
        var byCertainty = new SortedDictionary<Certainty, Ratio>();
        foreach (var article in articles)
        {
            var language = article.Article.Language;
            byLanguage[language] = byLanguage.GetValueOrDefault(language, MoveScores.Empty) + Scores(article.Predicted, article.Gold);
            foreach (var kind in Enum.GetValues<MoveKind>())
            {
                var scores = Scores(article.Predicted.Where(p => p.Move.Kind == kind), article.Gold.Where(g => g.Move.Kind == kind));
                byKind[kind] = byKind.GetValueOrDefault(kind, MoveScores.Empty) + scores;
            }
            foreach (var p in article.Predicted)
            {
                var certainty = p.Move.Confidence.Certainty;
                byCertainty[certainty] = byCertainty.GetValueOrDefault(certainty) + new Ratio(p.Consistent is null ? 0 : 1, 1);
            }
        }

        var gold = articles.SelectMany(a => a.Gold).ToList();
        var judged = gold.Where(g => g.Best is not null).ToList();
        return new EvaluationReport(
            folder,
            articles,
            byLanguage.Values.Aggregate(MoveScores.Empty, (a, b) => a + b),
            byLanguage,
            byKind.Where(k => k.Value.StrictPrecision.Total + k.Value.StrictRecall.Total > 0).ToDictionary(),
            byCertainty,
            new Ratio(articles.Sum(a => a.TrapsHit.Count), articles.Sum(a => a.Article.Traps.Count)),
            new Ratio(articles.Sum(a => a.CountsRight), articles.Sum(a => a.PredictedCounts.Count)),
            new Ratio(articles.Sum(a => a.Counts.Count(c => c.Found)), articles.Sum(a => a.Counts.Count)),
            new Ratio(judged.Count(g => g.Move.Amount is not null && ExtractionScorer.AmountAgrees(g.Best!, g.Move)),
                      gold.Count(g => g.Move.Amount is not null)),
            judged.Count(g => g.Best!.Amount is not null && !ExtractionScorer.AmountAgrees(g.Best!, g.Move)),
            new Ratio(judged.Count(g => g.Move.When is not null && ExtractionScorer.DateAgrees(g.Best!, g.Move)),
                      gold.Count(g => g.Move.When is not null)),
            judged.Count(g => g.Best!.When is not null && !ExtractionScorer.DateAgrees(g.Best!, g.Move)));
    }

    private static MoveScores Scores(IEnumerable<PredictedOutcome> predicted, IEnumerable<GoldOutcome> gold)
    {
        var p = predicted.ToList();
        var g = gold.ToList();
        return new MoveScores(
            new Ratio(p.Count(x => x.Strict is not null), p.Count),
            new Ratio(g.Count(x => x.Strict is not null), g.Count),
            new Ratio(p.Count(x => x.Consistent is not null), p.Count),
            new Ratio(g.Count(x => x.Consistent is not null), g.Count));
    }
}
