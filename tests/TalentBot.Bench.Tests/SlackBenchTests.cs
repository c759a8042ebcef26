using System.Text.RegularExpressions;
using TalentBot.Commands;

namespace TalentBot.Bench.Tests;

/// <summary><c>talentbot-bench slack</c>: signed commands through the real endpoint of a serve host on loopback, and a table for the README.</summary>
public sealed class SlackBenchTests
{
    [Fact]
    public async Task BenchSlack_AnswersEveryCommand_AndPrintsThroughputAndPercentiles()
    {
        var temp = Directory.CreateTempSubdirectory("talentbot-bench-");
        var db = Path.Combine(temp.FullName, "data", "talentbot.db");
        BenchResult result;
        try
        {
            result = await BenchRun.RunAsync("slack", "--concurrency", "8", "--requests", "200", "--warmup-seconds", "0", "--db", db);
            // The host answered from the store --db names, not from one of its own in a temporary folder.
            File.Exists(db).ShouldBeTrue(result.Error);
        }
        finally
        {
            temp.Delete(recursive: true);
        }

        result.ExitCode.ShouldBe(ExitCodes.Ok, result.Error);
        result.Output.ShouldContain("200 signed /who-left commands over loopback, 8 in flight");
        var row = Regex.Match(result.Output, @"\| [\d,]+ req/s \| [\d.]+ ms \| [\d.]+ ms \| [\d.]+ ms \| [\d.]+ ms \| (?<answered>\d+) / (?<private>\d+) \| (?<failed>\d+) \|");
        row.Success.ShouldBeTrue(result.Output);
        (int.Parse(row.Groups["answered"].Value) + int.Parse(row.Groups["private"].Value)).ShouldBe(200);
        int.Parse(row.Groups["answered"].Value).ShouldBeGreaterThan(0);
        row.Groups["failed"].Value.ShouldBe("0");
    }

    [Theory]
    [InlineData("--concurrency", "0")]
    [InlineData("--requests", "10")]
    public async Task BenchSlack_WithTooLittleToMeasure_SaysSo(string option, string value)
    {
        var result = await BenchRun.RunAsync("slack", option, value);

        result.ExitCode.ShouldBe(ExitCodes.BadInput);
        result.Error.ShouldContain("for percentiles to mean anything");
    }
}
