using TalentBot.Commands;

namespace TalentBot.Bench.Tests;

/// <summary><c>talentbot-bench</c> itself: the corpus run refuses what it could not measure, and says which option.</summary>
public sealed class BenchCommandTests
{
    [Theory]
    [InlineData("--articles", "ten", "--articles takes positive whole numbers")]
    [InlineData("--articles", "1000,0", "--articles takes positive whole numbers")]
    [InlineData("--queries", "9", "--queries must be at least 10")]
    [InlineData("--batch", "0", "--batch must be at least 1")]
    public async Task Bench_WithAnOptionItCannotMeasure_SaysWhich(string option, string value, string message)
    {
        var result = await BenchRun.RunAsync(option, value);

        result.ExitCode.ShouldBe(ExitCodes.BadInput);
        result.Error.ShouldContain(message);
        result.Output.ShouldBeEmpty();
    }

    /// <summary>The corpus run is the root's own action, so a mistyped command must not start a long run instead.</summary>
    [Fact]
    public async Task Bench_WithAMistypedCommand_NamesItAndRunsNothing()
    {
        var result = await BenchRun.RunAsync("discrod");

        result.ExitCode.ShouldNotBe(ExitCodes.Ok);
        result.Error.ShouldContain("discrod");
        result.Output.ShouldNotContain("ingesting");
    }
}
