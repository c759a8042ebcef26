using System.Text.Json;

namespace TalentBot.Discord.Interactions;

/// <summary>Interaction types (Discord's numbering).</summary>
public enum InteractionType
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    ApplicationCommandAutocomplete = 4,
    ModalSubmit = 5,
}

/// <summary>
/// The fields of an interaction TalentBot reads, the same whether it arrived over HTTP or the Gateway. Snowflakes
/// stay strings, as Discord sends them. Strings that default to empty have setters, not init: the JSON source
/// generator sets every init property, missing ones to null.
/// </summary>
public sealed class Interaction
{
    public string Id { get; set; } = "";

    public string ApplicationId { get; set; } = "";

    public InteractionType Type { get; init; }

    public InteractionData? Data { get; init; }

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    /// <summary>Present in a server; carries the member's permissions in this channel.</summary>
    public GuildMember? Member { get; init; }

    /// <summary>Present in a direct message, instead of <see cref="Member"/>.</summary>
    public DiscordUser? User { get; init; }

    public string Token { get; set; } = "";

    public string? Locale { get; init; }

    public string? GuildLocale { get; init; }

    public string? UserId => Member?.User?.Id ?? User?.Id;

    /// <summary>
    /// True when the fields every non-PING interaction needs are present. The JSON reader sets a field Discord sent
    /// as null to null whatever its declared type, so each is tested for null, not only for length.
    /// </summary>
    public bool IsComplete =>
        Type == InteractionType.Ping
        || (Id is { Length: > 0 } && Token is { Length: > 0 } && ApplicationId is { Length: > 0 } && Data is not null);
}

public sealed class InteractionData
{
    public string? Name { get; init; }

    public IReadOnlyList<CommandOption>? Options { get; init; }

    public string? CustomId { get; init; }

    public int? ComponentType { get; init; }
}

/// <summary>A slash-command option as typed; <see cref="Focused"/> marks the one being typed during autocomplete.</summary>
public sealed class CommandOption
{
    public string Name { get; set; } = "";

    public int Type { get; init; }

    public JsonElement? Value { get; init; }

    public IReadOnlyList<CommandOption>? Options { get; init; }

    public bool? Focused { get; init; }

    public string? Text => Value is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public bool IsTrue => Value is { ValueKind: JsonValueKind.True };
}

public sealed class GuildMember
{
    public DiscordUser? User { get; init; }

    /// <summary>The member's permissions in the channel, overwrites included: a decimal integer in a string.</summary>
    public string? Permissions { get; init; }
}

public sealed class DiscordUser
{
    public string Id { get; set; } = "";
}

public static class InteractionOptions
{
    /// <summary>The string value of the named top-level option, or null.</summary>
    public static string? Text(this Interaction interaction, string name) =>
        interaction.Data?.Options?.FirstOrDefault(o => o.Name == name)?.Text;

    /// <summary>Whether the named top-level boolean option was given as True.</summary>
    public static bool Flag(this Interaction interaction, string name) =>
        interaction.Data?.Options?.FirstOrDefault(o => o.Name == name)?.IsTrue == true;

    /// <summary>The option the user is typing during autocomplete.</summary>
    public static CommandOption? Focused(this Interaction interaction) =>
        interaction.Data?.Options?.FirstOrDefault(o => o.Focused == true);
}
