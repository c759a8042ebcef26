namespace TalentBot.Hosting;

/// <summary>Turns configured paths into the ones used, with the precedence a CLI user expects.</summary>
public static class StorePaths
{
    public const string DatabaseVariable = "TALENTBOT_DB";

    /// <summary>The store <c>TALENTBOT_DB</c> names, which overrides <c>Store:Path</c> in every settings file; null when unset or blank.</summary>
    public static string? FromEnvironment() =>
        Environment.GetEnvironmentVariable(DatabaseVariable) is { } path && !string.IsNullOrWhiteSpace(path) ? path : null;

    /// <summary>
    /// <paramref name="settings"/> with <c>--db</c> as <c>Store:Path</c> in place of any they hold, when it is given,
    /// so it overrides <c>TALENTBOT_DB</c> and every settings file.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string?>>? WithDatabase(IEnumerable<KeyValuePair<string, string?>>? settings, string? commandLine) =>
        string.IsNullOrWhiteSpace(commandLine)
            ? settings
            : [.. (settings ?? []).Where(s => !string.Equals(s.Key, StoreOptions.PathKey, StringComparison.OrdinalIgnoreCase)),
               new(StoreOptions.PathKey, commandLine)];

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
