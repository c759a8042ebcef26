namespace TalentBot.Bench.Tests;

/// <summary>What one run of the benchmark command line printed and returned.</summary>
internal sealed record BenchResult(int ExitCode, string Output, string Error);

internal static class BenchRun
{
    /// <summary>Runs the real <c>talentbot-bench</c> command line in-process, with the corpus shipped beside the tests.</summary>
    public static async Task<BenchResult> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await BenchCli.RunAsync(args, output, error, [new("Knowledge:Path", Path.Combine(AppContext.BaseDirectory, "knowledge"))]);
        return new BenchResult(exitCode, output.ToString(), error.ToString());
    }
}
