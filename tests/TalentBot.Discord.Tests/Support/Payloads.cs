using System.Text.Json.Nodes;

namespace TalentBot.Discord.Tests.Support;

/// <summary>Interaction bodies shaped like Discord's, as the tests send them.</summary>
internal static class Payloads
{
    public const string ApplicationId = "1100000000000000001";
    public const string GuildId = "1200000000000000001";
    public const string ChannelId = "1300000000000000001";

    /// <summary>A member with every permission but Manage Channels and Administrator.</summary>
    public const string NoManagePermissions = "2147483648";

    public static JsonObject Ping() => new() { ["type"] = 1, ["id"] = NewId(), ["application_id"] = ApplicationId, ["token"] = "ping-token", ["version"] = 1 };

    public static JsonObject Command(string name, IReadOnlyDictionary<string, string>? options = null, string locale = "en-US",
                                     string? permissions = NoManagePermissions, bool inGuild = true) =>
        Interaction(2, new JsonObject
        {
            ["id"] = "1400000000000000001",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = Options(options),
        }, locale, permissions, inGuild);

    public static JsonObject Autocomplete(string name, string option, string typed, string locale = "en-US") =>
        Interaction(4, new JsonObject
        {
            ["id"] = "1400000000000000001",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = option, ["type"] = 3, ["value"] = typed, ["focused"] = true }),
        }, locale, NoManagePermissions, inGuild: true);

    public static JsonObject Button(string customId, string locale = "en-US", string? permissions = NoManagePermissions) =>
        Interaction(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, locale, permissions, inGuild: true);

    public static JsonObject Interaction(int type, JsonObject data, string locale, string? permissions, bool inGuild)
    {
        var user = new JsonObject { ["id"] = "1500000000000000001", ["username"] = "asker" };
        var body = new JsonObject
        {
            ["id"] = NewId(),
            ["application_id"] = ApplicationId,
            ["type"] = type,
            ["data"] = data,
            ["channel_id"] = ChannelId,
            ["token"] = "interaction-token-" + Guid.NewGuid().ToString("N"),
            ["version"] = 1,
            ["locale"] = locale,
        };
        if (inGuild)
        {
            body["guild_id"] = GuildId;
            body["guild_locale"] = "en-US";
            body["member"] = new JsonObject { ["user"] = user, ["permissions"] = permissions };
        }
        else
        {
            body["user"] = user;
        }
        return body;
    }

    public static string NewId() => Random.Shared.NextInt64(1_000_000_000_000_000_000, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static JsonArray Options(IReadOnlyDictionary<string, string>? options) =>
        new((options ?? new Dictionary<string, string>())
            .Select(o => (JsonNode)new JsonObject { ["name"] = o.Key, ["type"] = 3, ["value"] = o.Value }).ToArray());
}
