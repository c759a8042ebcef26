using TalentBot.Commands;

namespace TalentBot.Cli.Tests;

/// <summary>What one run of the command line printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>A temporary folder for a test's store and inputs, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "talentbot-cli-" + Guid.NewGuid().ToString("N")[..10]);

    public string Database => System.IO.Path.Combine(Path, "data", "talentbot.db");

    public string File(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process killed by a test may still hold a handle for a moment; the OS cleans temp later.
        }
    }
}

internal static class Cli
{
    /// <summary>Settings that retry a failed alert delivery at once and give ingest time to deliver, for alert tests.</summary>
    public static KeyValuePair<string, string?>[] FastAlertRetries { get; } =
    [
        new("Alerts:RetryDelay", "00:00:00.050"),
        new("Alerts:IngestDeliveryWindow", "00:00:10"),
    ];

    /// <summary>Runs the real command line in-process, with the corpus shipped beside the tests.</summary>
    public static Task<CliResult> RunAsync(params string[] args) => RunAsync([], args);

    /// <summary>Runs the command line with <paramref name="settings"/> on top, as environment variables would be.</summary>
    public static async Task<CliResult> RunAsync(IEnumerable<KeyValuePair<string, string?>> settings, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await TalentBotCli.RunAsync(args, output, error,
            [new("Knowledge:Path", System.IO.Path.Combine(AppContext.BaseDirectory, "knowledge")), .. settings]);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The founding articles' text, to check that quotes are verbatim.</summary>
    public static IReadOnlyList<string> CorpusTexts() =>
        Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "knowledge", "articles"), "*.txt")
                 .Select(System.IO.File.ReadAllText).ToList();

    public static void ShouldHaveNoStackTrace(this CliResult result)
    {
        (result.Output + result.Error).ShouldNotContain("   at ");
        (result.Output + result.Error).ShouldNotContain("Exception:");
    }
}
