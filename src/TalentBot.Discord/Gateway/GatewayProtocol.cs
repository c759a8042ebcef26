using System.Text.Json;

namespace TalentBot.Discord.Gateway;

/// <summary>Gateway opcodes TalentBot sends or handles.</summary>
public static class GatewayOpcodes
{
    public const int Dispatch = 0;
    public const int Heartbeat = 1;
    public const int Identify = 2;
    public const int Resume = 6;
    public const int Reconnect = 7;
    public const int InvalidSession = 9;
    public const int Hello = 10;
    public const int HeartbeatAck = 11;
}

/// <summary>Gateway close codes, and which of them end the bot for good or end the session.</summary>
public static class GatewayCloseCodes
{
    public const int UnknownError = 4000;
    public const int AuthenticationFailed = 4004;
    public const int InvalidSequence = 4007;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    /// <summary>Codes after which reconnecting cannot help: a person has to fix the token, shards, version or intents.</summary>
    public static bool IsFatal(int code) => code is AuthenticationFailed or >= InvalidShard and <= DisallowedIntents;

    /// <summary>Codes after which the session is gone and a new one must be identified.</summary>
    public static bool EndsSession(int code) => code is InvalidSequence or SessionTimedOut;

    public static string Describe(int code) => code switch
    {
        AuthenticationFailed => "authentication failed: DISCORD_BOT_TOKEN is wrong or was reset",
        InvalidShard => "invalid shard",
        ShardingRequired => "sharding required: the bot is in too many servers for one connection",
        InvalidApiVersion => "invalid API version",
        InvalidIntents => "invalid intents",
        DisallowedIntents => "disallowed intents: a privileged intent is not enabled for this application",
        _ => "closed by Discord",
    };
}

/// <summary>A Gateway message: <c>{op, d, s, t}</c>; <see cref="S"/> and <see cref="T"/> only on dispatches.</summary>
public sealed record GatewayPayload(int Op, JsonElement? D, int? S = null, string? T = null);

public sealed record HelloData(int HeartbeatInterval);

public sealed record ReadyData(string SessionId, string ResumeGatewayUrl);

public sealed record IdentifyProperties(string Os, string Browser, string Device);

/// <summary>Identify with no intents: interactions belong to none, so no privileged intent is ever asked for.</summary>
public sealed record IdentifyData(string Token, int Intents, IdentifyProperties Properties);

public sealed record ResumeData(string Token, string SessionId, int? Seq);

/// <summary><c>GET /gateway/bot</c>: where to connect.</summary>
public sealed record GatewayBotInfo(string Url);
