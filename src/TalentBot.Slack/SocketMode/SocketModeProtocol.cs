using System.Text.Json;
using TalentBot.Slack.WebApi;

namespace TalentBot.Slack.SocketMode;

/// <summary>
/// A message from Slack over Socket Mode: <c>hello</c>, <c>disconnect</c> (with its <see cref="Reason"/>), or an
/// envelope (<c>slash_commands</c>, <c>events_api</c>, <c>interactive</c>) whose <see cref="Payload"/> is what the
/// HTTP endpoint would have received, to acknowledge by <see cref="EnvelopeId"/>.
/// </summary>
public sealed record SocketMessage(
    string? Type,
    string? EnvelopeId,
    JsonElement? Payload,
    bool? AcceptsResponsePayload,
    string? Reason,
    int? NumConnections);

/// <summary>The acknowledgement of an envelope; a slash command's reply may ride in <see cref="Payload"/>.</summary>
public sealed record SocketAck(string EnvelopeId, CommandResponse? Payload = null);

/// <summary>Socket Mode's message types and disconnect reasons, named.</summary>
public static class SocketMessageTypes
{
    public const string Hello = "hello";
    public const string Disconnect = "disconnect";
    public const string SlashCommands = "slash_commands";
    public const string EventsApi = "events_api";
    public const string Interactive = "interactive";

    /// <summary>About ten seconds before Slack drops the connection: open a new one now.</summary>
    public const string Warning = "warning";

    /// <summary>A routine refresh, every few hours: reconnect with a new URL.</summary>
    public const string RefreshRequested = "refresh_requested";

    /// <summary>Socket Mode was switched off in the app's settings: reconnecting would only loop.</summary>
    public const string LinkDisabled = "link_disabled";
}
