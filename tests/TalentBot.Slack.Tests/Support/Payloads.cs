using System.Text.Json.Nodes;

namespace TalentBot.Slack.Tests.Support;

/// <summary>What Slack sends, built the way Slack builds it.</summary>
internal static class Payloads
{
    public const string Team = "T0TALENT";
    public const string Channel = "C0CHANNEL";
    public const string User = "U0ASKER";
    public const string BotUser = "U0TALENTBOT";

    public static string NewTrigger() => "13345224609." + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A slash command's fields, as Socket Mode sends them.</summary>
    public static JsonObject CommandFields(string command, string text, string responseUrl, string? trigger = null) => new()
    {
        ["token"] = "verification-token-unused",
        ["team_id"] = Team,
        ["team_domain"] = "talentwar",
        ["channel_id"] = Channel,
        ["channel_name"] = "general",
        ["user_id"] = User,
        ["user_name"] = "asker",
        ["command"] = command,
        ["text"] = text,
        ["api_app_id"] = "A0TALENT",
        ["response_url"] = responseUrl,
        ["trigger_id"] = trigger ?? NewTrigger(),
    };

    /// <summary>A slash command as the form body Slack posts.</summary>
    public static string Command(string command, string text, string responseUrl, string? trigger = null) =>
        Form(CommandFields(command, text, responseUrl, trigger).ToDictionary(p => p.Key, p => (string)p.Value!));

    /// <summary>An <c>event_callback</c> carrying an <c>app_mention</c>.</summary>
    public static JsonObject Mention(string text, string? eventId = null, string ts = "1700000001.000100", string? threadTs = null, string? botId = null)
    {
        var mention = new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = botId is null ? User : "U0OTHERBOT",
            ["text"] = text,
            ["ts"] = ts,
            ["channel"] = Channel,
            ["event_ts"] = ts,
        };
        if (threadTs is not null) mention["thread_ts"] = threadTs;
        if (botId is not null) mention["bot_id"] = botId;
        return new JsonObject
        {
            ["token"] = "verification-token-unused",
            ["team_id"] = Team,
            ["api_app_id"] = "A0TALENT",
            ["event"] = mention,
            ["type"] = "event_callback",
            ["event_id"] = eventId ?? "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
            ["event_time"] = 1700000001,
            ["authorizations"] = new JsonArray(new JsonObject
            {
                ["enterprise_id"] = null,
                ["team_id"] = Team,
                ["user_id"] = BotUser,
                ["is_bot"] = true,
                ["is_enterprise_install"] = false,
            }),
        };
    }

    /// <summary>A <c>block_actions</c> payload: a click on the button <paramref name="actionId"/> carrying <paramref name="value"/>.</summary>
    public static JsonObject ClickPayload(string actionId, string value, string responseUrl, string? trigger = null) => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = User, ["username"] = "asker", ["team_id"] = Team },
        ["api_app_id"] = "A0TALENT",
        ["token"] = "verification-token-unused",
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000002.000100", ["channel_id"] = Channel },
        ["trigger_id"] = trigger ?? NewTrigger(),
        ["team"] = new JsonObject { ["id"] = Team, ["domain"] = "talentwar" },
        ["channel"] = new JsonObject { ["id"] = Channel, ["name"] = "general" },
        ["response_url"] = responseUrl,
        ["actions"] = new JsonArray(new JsonObject
        {
            ["action_id"] = actionId,
            ["block_id"] = "b1",
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "button" },
            ["value"] = value,
            ["type"] = "button",
            ["action_ts"] = "1700000003.000100",
        }),
    };

    /// <summary>The interactivity form body: one <c>payload</c> field holding the JSON.</summary>
    public static string Click(JsonObject payload) => Form(new Dictionary<string, string> { ["payload"] = payload.ToJsonString() });

    public static string Form(IReadOnlyDictionary<string, string> fields) =>
        string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
}
