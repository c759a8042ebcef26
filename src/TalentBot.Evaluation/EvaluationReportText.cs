using System.Globalization;
using System.Text;
using TalentBot.Core;

namespace TalentBot.Evaluation;

/// <summary>Prints an <see cref="EvaluationReport"/> as the tables <c>talentbot eval</c> shows, and optionally every difference.</summary>
public static class EvaluationReportText
{
    /// <summary>Wide enough for the longest kind's code, "threatened_to_leave", indented.</summary>
    private const int LabelWidth = 22;

    public static string Format(EvaluationReport report, bool differences)
    {
        ArgumentNullException.ThrowIfNull(report);
        var articles = report.Articles.Select(a => a.Article).ToList();
        var sb = new StringBuilder();
        var languages = string.Join(", ", articles.GroupBy(a => a.Language).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToCode()}"));
        Line(sb, $"Gold set {report.Folder}: {articles.Count} articles ({languages}), {articles.Sum(a => a.Moves.Count)} moves, " +
                 $"{articles.Sum(a => a.Traps.Count)} traps, {articles.Sum(a => a.Counts.Count)} head counts");
        sb.AppendLine();
        Line(sb, $"{"Moves",-LabelWidth}{"strict P",9} {"strict R",9} {"consistent P",14} {"consistent R",13} {"predicted",11} {"gold",5}");
        foreach (var (language, scores) in report.ByLanguage) Row(sb, "  " + language.ToCode(), scores);
        Row(sb, "  all", report.Overall);
        sb.AppendLine();
        Line(sb, "By kind (precision by the kind predicted, recall by the gold kind)");
        foreach (var (kind, scores) in report.ByKind) Row(sb, "  " + kind.ToCode(), scores);
        sb.AppendLine();
        Line(sb, "Consistent precision by confidence: " + (report.PrecisionByCertainty.Count == 0
            ? "no moves"
            : string.Join(", ", report.PrecisionByCertainty.Select(c => $"{c.Key.ToString().ToLowerInvariant()} {Rate(c.Value)}"))));
        Line(sb, $"Traps that became moves: {report.TrapsHit.Hits} of {report.TrapsHit.Total}");
        Line(sb, $"Head counts: {report.CountRecall.Hits} of {report.CountRecall.Total} found; {report.CountPrecision.Hits} of {report.CountPrecision.Total} predicted are right");
        Line(sb, $"Amounts tied to their person: {report.AmountsAttached.Hits} of {report.AmountsAttached.Total}; {report.AmountsWrong} wrong amounts on found moves");
        Line(sb, $"Dates: {report.DatesRight.Hits} of {report.DatesRight.Total} right; {report.DatesWrong} wrong dates on found moves");
        foreach (var failure in report.Failures) Line(sb, $"The extractor failed on {failure}");
        if (differences) Differences(sb, report);
        return sb.ToString();
    }

    private static void Differences(StringBuilder sb, EvaluationReport report)
    {
        sb.AppendLine();
        Line(sb, "Differences (! wrong, ~ right as far as it goes, - missed, x trap):");
        foreach (var article in report.Articles)
        {
            var lines = new List<string>();
            foreach (var p in article.Predicted.Where(p => p.Strict is null))
            {
                var mark = p.Trap is not null ? "x" : p.Consistent is not null ? "~" : "!";
                var why = p.Trap is not null ? $"  (trap: {p.Trap.Reason ?? "forbidden"})" : "";
                lines.Add($"  {mark} {Describe(p.Move)}{why}");
            }
            foreach (var g in article.Gold.Where(g => g.Strict is null && g.Consistent is null))
                lines.Add($"  - {g.Move.Person} | {g.Move.Kind.ToCode()} | {g.Move.From ?? "?"} → {g.Move.To ?? "?"}");
            foreach (var g in article.Gold.Where(g => g.Best is not null))
            {
                if (g.Move.When is not null && !ExtractionScorer.DateAgrees(g.Best!, g.Move))
                    lines.Add($"  d {g.Move.Person}: date {g.Best!.When?.ToString() ?? "none"}, gold {g.Move.When}");
                if ((g.Move.Amount is not null || g.Best!.Amount is not null) && !ExtractionScorer.AmountAgrees(g.Best!, g.Move))
                    lines.Add($"  $ {g.Move.Person}: amount {g.Best!.Amount?.Text ?? "none"}, gold {g.Move.Amount ?? "none"}");
            }
            foreach (var c in article.Counts.Where(c => !c.Found))
                lines.Add($"  # missed count {c.Count.From ?? "?"} → {c.Count.To ?? "?"}: {c.Count.Bound} {c.Count.Count}");
            if (lines.Count == 0) continue;
            Line(sb, article.Article.File);
            foreach (var line in lines) Line(sb, line);
        }
    }

    private static string Describe(Core.Extraction.MoveClaim move) =>
        $"{move.Person.Name} | {move.Kind.ToCode()} | {move.From?.Name ?? "?"} → {move.To?.Name ?? "?"}" +
        (move.Confidence.IsStated ? "" : $" [inferred: {string.Join(", ", move.Confidence.Reasons.Select(r => r.ToCode()))}]");

    private static void Row(StringBuilder sb, string label, MoveScores s) =>
        Line(sb, $"{label,-LabelWidth}{Rate(s.StrictPrecision),9} {Rate(s.StrictRecall),9} {Rate(s.ConsistentPrecision),14} {Rate(s.ConsistentRecall),13} {s.StrictPrecision.Total,11} {s.StrictRecall.Total,5}");

    private static string Rate(Ratio r) => r.Value.ToString("0.00", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder sb, string text) => sb.Append(text).Append('\n');
}
