using TalentBot.Core.Alerts;

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
        if (command is not { Length: > 1 and <= MaxCommandLength } || command[0] != '/' || command.Any(char.IsWhiteSpace)) return null;
        // Ids are checked as what they are before they reach a route, the store or a log line.
        if (!ChannelIds.IsSlackUser(user) || !ChannelIds.IsSlackConversation(channel)) return null;
        var team = Field(fields, "team_id");
        if (team is not null && !ChannelIds.IsSlackTeam(team)) return null;
        var trigger = Field(fields, "trigger_id");
        if (trigger is { Length: > MaxTriggerLength }) return null;
        if (ResponseUrls.Parse(Field(fields, "response_url")) is not { } responseUrl) return null;
        return new SlashCommand(command, IncomingText.Plain(Field(fields, "text")), user!, channel!, team, responseUrl, trigger);
    }

    /// <summary>Slack's own limit on a command's name is 32 characters.</summary>
    private const int MaxCommandLength = 32;

    /// <summary>Trigger ids are a few dozen characters; a longer one is not Slack's.</summary>
    private const int MaxTriggerLength = 100;

    private static string? Field(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}

/// <summary>
/// Reads the <c>response_url</c> a payload names. Whose host it is on is checked where it is used
/// (<see cref="WebApi.SlackHosts"/>), which knows the configured API.
/// </summary>
internal static class ResponseUrls
{
    /// <summary>Real ones are about 100 characters.</summary>
    private const int MaxLength = 500;

    public static Uri? Parse(string? text) =>
        text is { Length: <= MaxLength } && Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" ? url : null;
}
