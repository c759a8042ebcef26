using System.Text.Json;
using System.Text.Json.Serialization;
using TalentBot.Core;

namespace TalentBot.Evaluation;

/// <summary>An <see cref="EvaluationReport"/>'s figures as one JSON object, for scripts that track them over time.</summary>
public static class EvaluationReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var articles = report.Articles.Select(a => a.Article).ToList();
        return JsonSerializer.Serialize(new
        {
            folder = report.Folder,
            articles = articles.Count,
            moves = articles.Sum(a => a.Moves.Count),
            overall = Scores(report.Overall),
            by_language = report.ByLanguage.ToDictionary(l => l.Key.ToCode(), l => Scores(l.Value)),
            by_kind = report.ByKind.ToDictionary(k => k.Key.ToCode(), k => Scores(k.Value)),
            precision_by_confidence = report.PrecisionByCertainty.ToDictionary(c => c.Key.ToString().ToLowerInvariant(), c => Rate(c.Value)),
            traps_hit = Rate(report.TrapsHit),
            counts = new { precision = Rate(report.CountPrecision), recall = Rate(report.CountRecall) },
            amounts = new { attached = Rate(report.AmountsAttached), wrong = report.AmountsWrong },
            dates = new { right = Rate(report.DatesRight), wrong = report.DatesWrong },
            failures = report.Failures,
        }, Options);
    }

    private static object Scores(MoveScores s) => new
    {
        strict_precision = Rate(s.StrictPrecision),
        strict_recall = Rate(s.StrictRecall),
        consistent_precision = Rate(s.ConsistentPrecision),
        consistent_recall = Rate(s.ConsistentRecall),
    };

    private static object Rate(Ratio r) => new { value = Math.Round(r.Value, 4), hits = r.Hits, total = r.Total };
}
