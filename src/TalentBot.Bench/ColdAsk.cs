using System.Diagnostics;
using System.Text.Json;
using TalentBot.Commands;
using TalentBot.Core;

namespace TalentBot.Bench;

/// <summary>
/// Times <c>talentbot ask "/who-left ORG"</c> as a user runs it: a new process of the build this benchmark references,
/// from start to exit, on a store the benchmark built and closed. What a one-shot command pays to open the store shows
/// here and nowhere else, since the in-process timings reuse one open store.
/// </summary>
internal static class ColdAsk
{
    private const int Runs = 5;

    /// <summary>
    /// The median and slowest of <see cref="Runs"/> asks about random organisations, after one untimed ask that warms
    /// the file cache. Throws when an ask fails or finds no move, because its time would then measure something else.
    /// </summary>
    public static (TimeSpan Median, TimeSpan Slowest) Measure(string storePath, IReadOnlyList<string> organisations, EntityRegistry registry)
    {
        var knowledge = WriteKnowledgeFolder(Path.GetDirectoryName(storePath)!, registry);
        var random = new Random(13);
        Ask(storePath, knowledge, organisations[random.Next(organisations.Count)]);
        var times = Enumerable.Range(0, Runs).Select(_ => Ask(storePath, knowledge, organisations[random.Next(organisations.Count)])).Order().ToList();
        return (times[Runs / 2], times[^1]);
    }

    private static TimeSpan Ask(string storePath, string knowledge, string organisation)
    {
        var start = new ProcessStartInfo(TalentBotProgram())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["ask", "--json", "--db", storePath, "/who-left " + organisation]) start.ArgumentList.Add(argument);
        // The child resolves names with the synthetic registry; its store already holds articles, so nothing is seeded.
        start.Environment["Knowledge__Path"] = knowledge;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start talentbot.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0 || !ListsMoves(output))
            throw new InvalidOperationException($"talentbot ask about {organisation} exited with {process.ExitCode}: {error.Result.Trim()} {output.Trim()}");
        return clock.Elapsed;
    }

    /// <summary>
    /// The <c>talentbot</c> app host that the build copies beside the benchmark with the program it references, so the
    /// child is the very build being measured and starts as a user starts it.
    /// </summary>
    private static string TalentBotProgram()
    {
        var program = Path.Combine(Path.GetDirectoryName(typeof(TalentBotCli).Assembly.Location)!, OperatingSystem.IsWindows() ? "talentbot.exe" : "talentbot");
        return File.Exists(program) ? program : throw new InvalidOperationException($"The benchmark cannot find talentbot at {program}.");
    }

    private static bool ListsMoves(string json)
    {
        using var reply = JsonDocument.Parse(json);
        return reply.RootElement.GetProperty("outcome").GetString() == "answered" && reply.RootElement.GetProperty("moves").GetArrayLength() > 0;
    }

    /// <summary>A knowledge folder with the synthetic registry and no founding articles.</summary>
    private static string WriteKnowledgeFolder(string parent, EntityRegistry registry)
    {
        var folder = Path.Combine(parent, "knowledge");
        Directory.CreateDirectory(folder);
        var organisations = registry.Entities.Where(e => e.Kind == EntityKind.Organisation).Select(e => new { id = e.Id, name = e.Name });
        File.WriteAllText(Path.Combine(folder, "registry.json"), JsonSerializer.Serialize(new { organisations }));
        File.WriteAllText(Path.Combine(folder, "articles.json"), """{"articles": []}""");
        return folder;
    }
}
