namespace TalentBot.Slack.Requests;

/// <summary>An interactivity payload; TalentBot handles <c>block_actions</c>, the clicks on its buttons.</summary>
public sealed record InteractionPayload(
    string? Type,
    SlackUser? User,
    SlackTeam? Team,
    SlackChannel? Channel,
    string? TriggerId,
    string? ResponseUrl,
    IReadOnlyList<BlockAction>? Actions)
{
    public const string BlockActions = "block_actions";
}

public sealed record SlackUser(string? Id);

public sealed record SlackTeam(string? Id);

public sealed record SlackChannel(string? Id);

/// <summary>One click: which button (<see cref="ActionId"/>) and what it carries (<see cref="Value"/>).</summary>
public sealed record BlockAction(string? ActionId, string? Value, string? BlockId);
