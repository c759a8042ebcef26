namespace TalentBot.Slack.Requests;

/// <summary>
/// A slash command as Slack sends it, over HTTP (form fields) or Socket Mode (the same fields as JSON).
/// <see cref="Text"/> is what the user typed after the command, already turned into plain text.
/// </summary>
public sealed record SlashCommand(
    string Command,
    string Text,
    string UserId,
    string ChannelId,
    string? TeamId,
    Uri ResponseUrl,
    string? TriggerId)
{
    /// <summary>The command and its text, as the answerer parses them: <c>/who-left meta</c>.</summary>
    public string Input => Text.Length == 0 ? Command : Command + " " + Text;

    /// <summary>The command, or null when a field every command carries is missing or malformed.</summary>
    public static SlashCommand? From(IReadOnlyDictionary<string, string> fields)
    {
        var command = Field(fields, "command");
        var user = Field(fields, "user_id");
        var channel = Field(fields, "channel_id");
        if (command is not { Length: > 1 } || command[0] != '/' || command.Any(char.IsWhiteSpace) || user is null || channel is null) return null;
        if (ResponseUrls.Parse(Field(fields, "response_url")) is not { } responseUrl) return null;
        return new SlashCommand(command, IncomingText.Plain(Field(fields, "text")), user, channel, Field(fields, "team_id"),
            responseUrl, Field(fields, "trigger_id"));
    }

    private static string? Field(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}

/// <summary>Checks the <c>response_url</c> a payload names before anything is posted to it.</summary>
internal static class ResponseUrls
{
    public static Uri? Parse(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" ? url : null;
}
