using System.Globalization;
using Xunit.Abstractions;

namespace TalentBot.Evaluation.Tests;

/// <summary>
/// The extractor's scores on every committed gold set, held at floors a little under what was measured, so that a
/// change cannot quietly lower them. The development set is what the rules were tuned on; the blind sets were written
/// by people who never saw the rules (their first, untuned scores are in the README; blind-heldout and
/// blind-heldout-4 were never tuned on, blind-heldout-2 and blind-heldout-3 were measured at their first run and
/// later used to find failure classes); the earlier sets are the ones
/// previous versions were measured on.
/// </summary>
public sealed class ExtractionFloorsTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("development", 0.90, 0.88, 1)]
    [InlineData("blind-en-ja", 0.88, 0.83, 1)]
    [InlineData("blind-fr-it", 0.82, 0.63, 1)]
    [InlineData("blind-heldout", 0.76, 0.55, 5)]
    [InlineData("blind-heldout-2", 0.73, 0.73, 1)]
    [InlineData("blind-heldout-3", 0.74, 0.67, 6)]
    [InlineData("blind-heldout-4", 0.71, 0.67, 2)]
    [InlineData("earlier-tuning", 0.87, 0.85, 0)]
    [InlineData("earlier-heldout", 0.70, 0.68, 0)]
    public void Evaluate_CommittedGoldSet_StaysAtOrAboveItsFloors(string set, double precision, double recall, int trapsAllowed)
    {
        var report = GoldSets.Score(set);
        output.WriteLine(EvaluationReportText.Format(report, differences: true));

        report.Failures.ShouldBeEmpty();
        report.Overall.ConsistentPrecision.Value.ShouldBeGreaterThanOrEqualTo(precision, Describe(report));
        report.Overall.ConsistentRecall.Value.ShouldBeGreaterThanOrEqualTo(recall, Describe(report));
        report.TrapsHit.Hits.ShouldBeLessThanOrEqualTo(trapsAllowed, Describe(report));
    }

    private static string Describe(EvaluationReport report) => string.Create(CultureInfo.InvariantCulture,
        $"consistent precision {report.Overall.ConsistentPrecision.Value:0.000}, recall {report.Overall.ConsistentRecall.Value:0.000}, traps {report.TrapsHit.Hits}");
}
