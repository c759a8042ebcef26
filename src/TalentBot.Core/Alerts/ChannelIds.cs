namespace TalentBot.Core.Alerts;

/// <summary>
/// What a chat platform's ids look like, checked before an id reaches a route or the store: a Discord snowflake is
/// 17 to 20 ASCII digits; a Slack id is a kind letter (C, G or D for conversations, U or W for users, T for teams)
/// followed by uppercase letters and digits. Anything else (a path, a query, a name) is not an id. Stateless.
/// </summary>
public static class ChannelIds
{
    /// <summary>Slack's ids are 9 to 11 characters today; the limit leaves room for growth and refuses a flood.</summary>
    private const int SlackIdMaxLength = 24;

    public static bool IsDiscordSnowflake(string? id) => id is { Length: >= 17 and <= 20 } && id.All(char.IsAsciiDigit);

    /// <summary>A Slack conversation: a channel (C), a private channel (G) or a direct message (D).</summary>
    public static bool IsSlackConversation(string? id) => IsSlackId(id, "CGD");

    /// <summary>A Slack user: a member (U) or an Enterprise Grid user (W).</summary>
    public static bool IsSlackUser(string? id) => IsSlackId(id, "UW");

    public static bool IsSlackTeam(string? id) => IsSlackId(id, "TE");

    /// <summary>Whether a channel target's address is an id of its platform; a webhook is checked as a URL elsewhere.</summary>
    public static bool IsValid(DeliveryTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Kind switch
        {
            TargetKind.DiscordChannel => IsDiscordSnowflake(target.Address),
            TargetKind.SlackChannel => IsSlackConversation(target.Address),
            _ => true,
        };
    }

    private static bool IsSlackId(string? id, string kinds) =>
        id is { Length: >= 2 and <= SlackIdMaxLength } && kinds.Contains(id[0], StringComparison.Ordinal)
        && id.AsSpan(1).IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") < 0;
}
