namespace TalentBot.Hosting;

/// <summary>Turns configured paths into the ones used, with the precedence a CLI user expects.</summary>
public static class StorePaths
{
    public const string DatabaseVariable = "TALENTBOT_DB";

    /// <summary><c>--db</c>, then <c>TALENTBOT_DB</c>, then <c>Store:Path</c>; relative to the working directory.</summary>
    public static string Database(string? commandLine, string? environment, string configured)
    {
        var chosen = !string.IsNullOrWhiteSpace(commandLine) ? commandLine
            : !string.IsNullOrWhiteSpace(environment) ? environment
            : configured;
        return Path.GetFullPath(chosen);
    }

    /// <summary>
    /// The configured knowledge folder if it holds a registry, else the copy built beside the program, so the
    /// default works from any working directory.
    /// </summary>
    public static string Knowledge(string configured)
    {
        var fromWorkingDirectory = Path.GetFullPath(configured);
        if (File.Exists(Path.Combine(fromWorkingDirectory, "registry.json"))) return fromWorkingDirectory;
        var shipped = Path.Combine(AppContext.BaseDirectory, "knowledge");
        return File.Exists(Path.Combine(shipped, "registry.json")) ? shipped : fromWorkingDirectory;
    }
}
