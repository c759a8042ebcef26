using System.Text.Json;
using TalentBot.Core.Alerts;

namespace TalentBot.Discord.Interactions;

/// <summary>
/// Checks a deserialised interaction against the shape Discord sends, so nothing after the endpoint meets a null,
/// an id that is not a snowflake, a token that could leave its path segment, or a string that cannot be read: a
/// signed body is trusted to come from Discord, not to be well formed. Returns why it is refused, or null. Limits
/// are Discord's own where it has them (a command name 32 characters, a custom id 100, 25 options a level, two
/// levels of subcommands). Stateless.
/// </summary>
internal static class InteractionShape
{
    /// <summary>Interaction tokens are a few hundred URL-safe characters; this bounds a flood, not a real one.</summary>
    private const int MaxTokenLength = 1000;

    private const int MaxCommandNameLength = 32;
    private const int MaxCustomIdLength = 100;
    private const int MaxOptionsPerLevel = 25;

    /// <summary>A command, its subcommand group and its subcommand: the options of the last hold the values.</summary>
    private const int MaxOptionDepth = 3;

    /// <summary>Locales are short codes (<c>en-US</c>, <c>zh-TW</c>).</summary>
    private const int MaxLocaleLength = 16;

    public static string? Problem(Interaction interaction)
    {
        if (!Enum.IsDefined(interaction.Type)) return "an unknown interaction type";
        if (interaction.Type == InteractionType.Ping) return null;
        if (!ChannelIds.IsDiscordSnowflake(interaction.Id)) return "an interaction id that is not a snowflake";
        if (!ChannelIds.IsDiscordSnowflake(interaction.ApplicationId)) return "an application id that is not a snowflake";
        if (!IsToken(interaction.Token)) return "a missing or malformed interaction token";
        if (interaction.GuildId is not null && !ChannelIds.IsDiscordSnowflake(interaction.GuildId)) return "a guild id that is not a snowflake";
        if (interaction.ChannelId is not null && !ChannelIds.IsDiscordSnowflake(interaction.ChannelId)) return "a channel id that is not a snowflake";
        // Malformed permissions are not refused here: MemberPermissions reads them as none, and the member is told so.
        if (interaction.Member is { } member && (member.User is not { } memberUser || !ChannelIds.IsDiscordSnowflake(memberUser.Id)))
            return "a member without a user id";
        if (interaction.User is { } user && !ChannelIds.IsDiscordSnowflake(user.Id)) return "a user id that is not a snowflake";
        if (!IsLocale(interaction.Locale) || !IsLocale(interaction.GuildLocale)) return "a malformed locale";
        if (interaction.Data is not { } data) return "an interaction without data";
        if (data.Name is { Length: > MaxCommandNameLength }) return "a command name over 32 characters";
        if (data.CustomId is { Length: > MaxCustomIdLength }) return "a custom id over 100 characters";
        return OptionsProblem(data.Options, depth: 1);
    }

    private static string? OptionsProblem(IReadOnlyList<CommandOption>? options, int depth)
    {
        if (options is null) return null;
        if (depth > MaxOptionDepth) return "options nested deeper than subcommands go";
        if (options.Count > MaxOptionsPerLevel) return "more than 25 options";
        foreach (var option in options)
        {
            if (option is null || option.Name is not { Length: > 0 and <= MaxCommandNameLength }) return "an option without a name";
            if (!IsReadable(option.Value)) return "an option value that is not readable text";
            if (OptionsProblem(option.Options, depth + 1) is { } problem) return problem;
        }
        return null;
    }

    /// <summary>
    /// A string value is read now, while a failure is still a refusal: System.Text.Json keeps a value's raw bytes and
    /// only transcodes them when asked, and a lone surrogate escape (<c>\ud800</c>) fails there, not when parsing.
    /// </summary>
    private static bool IsReadable(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.String } text) return true;
        try
        {
            text.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsToken(string? token) =>
        token is { Length: > 0 and <= MaxTokenLength }
        && token.AsSpan().IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.") < 0;

    private static bool IsLocale(string? locale) =>
        locale is null || (locale.Length <= MaxLocaleLength && locale.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
}
