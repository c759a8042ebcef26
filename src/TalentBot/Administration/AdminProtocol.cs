using System.Text.Json;
using System.Text.Json.Serialization;

namespace TalentBot.Administration;

/// <summary>
/// A CLI command handed to the store's owner: the command line as typed, the directory it was typed in (relative
/// paths are the caller's), and the terminal's width when a progress bar may be drawn on it.
/// </summary>
internal sealed record ForwardedCommand(
    [property: JsonPropertyName("args")] IReadOnlyList<string> Arguments,
    [property: JsonPropertyName("workingDirectory")] string WorkingDirectory,
    [property: JsonPropertyName("terminalWidth")] int? TerminalWidth);

/// <summary>
/// One line of the owner's reply, a JSON object per line: text the command wrote to standard output
/// (<c>out</c>) or standard error (<c>err</c>), exactly as written, and at the end its exit code (<c>exit</c>). A
/// reply that ends without an exit code was cut off: the owner stopped mid-command.
/// </summary>
internal sealed record CommandFrame(
    [property: JsonPropertyName("out"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Output = null,
    [property: JsonPropertyName("err"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error = null,
    [property: JsonPropertyName("exit"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Exit = null);

internal static class AdminProtocol
{
    public const string CommandsPath = "/v1/commands";

    /// <summary>What the owner runs for the CLI: commands on the store. Not <c>serve</c> or <c>eval</c>, which open no store of theirs.</summary>
    public static readonly IReadOnlySet<string> Forwardable = new HashSet<string>(StringComparer.Ordinal)
    {
        "ask", "flows", "ingest", "subscribe", "unsubscribe", "resume", "subscriptions", "deliveries", "digest", "feeds", "backup", "store",
    };

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
