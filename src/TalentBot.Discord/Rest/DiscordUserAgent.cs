using System.Reflection;

namespace TalentBot.Discord.Rest;

/// <summary>
/// The User-Agent Discord requires of every API call: <c>DiscordBot ($url, $versionNumber)</c>, the version being this
/// build's informational version. The URL says who is calling, so it is only ever one that exists for this bot:
/// <c>Discord:UserAgentUrl</c> when set (the bot's page or repository), else the application's own page on Discord
/// when its id is known. With neither there is no honest URL to give, and the product name stands in its place rather
/// than an invented address.
/// </summary>
public static class DiscordUserAgent
{
    private const string Product = "TalentBot";

    /// <summary>This build's version, as the assembly states it (with the commit when the build recorded one).</summary>
    public static string Version { get; } =
        typeof(DiscordUserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(DiscordUserAgent).Assembly.GetName().Version?.ToString()
        ?? "0";

    public static string For(DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var url = !string.IsNullOrWhiteSpace(options.UserAgentUrl) ? options.UserAgentUrl.Trim()
            : !string.IsNullOrWhiteSpace(options.ApplicationId) ? "https://discord.com/oauth2/authorize?client_id=" + Uri.EscapeDataString(options.ApplicationId.Trim())
            : Product;
        return $"DiscordBot ({url}, {Version})";
    }
}
