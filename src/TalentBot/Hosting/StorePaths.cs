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

    /// <summary>
    /// Where the owner of the store at <paramref name="storePath"/> takes commands from the CLI: a Unix domain socket
    /// in an owner-only folder beside the store, so the folder's mode admits only the operator (and there is no
    /// window between binding the socket and restricting it). A socket path is limited to 107 bytes; a store deeper
    /// than that gets its folder in the temp directory, named after a hash of the store's path, which every process
    /// computes alike.
    /// </summary>
    public static string AdminSocket(string storePath)
    {
        const int MaxSocketPath = 107;
        var fullPath = Path.GetFullPath(storePath);
        var beside = Path.Combine(fullPath + ".admin", "socket");
        if (System.Text.Encoding.UTF8.GetByteCount(beside) <= MaxSocketPath) return beside;
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(fullPath)))[..16];
        return Path.Combine(Path.GetTempPath(), $"talentbot-{Environment.UserName}-{hash}", "socket");
    }
}
