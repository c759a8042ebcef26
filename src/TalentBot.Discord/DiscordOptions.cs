using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using TalentBot.Chat.Adapters;
using TalentBot.Chat.Api;
using TalentBot.Discord.Interactions;

namespace TalentBot.Discord;

/// <summary>How Discord delivers interactions: to our public URL, or over the Gateway connection we open.</summary>
public enum DiscordMode
{
    /// <summary>Discord POSTs signed interactions to <c>/discord/interactions</c>; needs a public HTTPS URL.</summary>
    Endpoint,

    /// <summary>We connect to the Gateway and answer through the REST callback; needs no public URL.</summary>
    Gateway,
}

/// <summary>
/// The <c>Discord</c> section. The public key and application id may come from settings or from
/// <c>DISCORD_PUBLIC_KEY</c> and <c>DISCORD_APPLICATION_ID</c>; the bot token only from <c>DISCORD_BOT_TOKEN</c>
/// (environment or user secrets), never from a settings file. Read once at start; treat as immutable.
/// </summary>
/// <remarks>Interactions are accepted up to 128 KiB by default: a button click carries its whole message.</remarks>
public sealed class DiscordOptions() : ChatAdapterOptions("https://discord.com/api/v10", maxRequestBytes: 128 * 1024)
{
    public const string Section = "Discord";
    public const string PublicKeyVariable = "DISCORD_PUBLIC_KEY";
    public const string BotTokenVariable = "DISCORD_BOT_TOKEN";
    public const string ApplicationIdVariable = "DISCORD_APPLICATION_ID";

    /// <summary>Default <see cref="DiscordMode.Endpoint"/>.</summary>
    public DiscordMode Mode { get; set; } = DiscordMode.Endpoint;

    /// <summary>The application's Ed25519 public key, 64 hex characters (Developer Portal, General Information).</summary>
    public string? PublicKey { get; set; }

    /// <summary>The application id (a snowflake), for registering commands.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The bot token. Not bindable from the section (no public setter): only <c>DISCORD_BOT_TOKEN</c> sets it.</summary>
    public string? BotToken { get; internal set; }

    /// <summary>
    /// Oldest signed timestamp accepted, in seconds either side of now. Default 300. Discord documents no window;
    /// this one refuses replays of captured requests.
    /// </summary>
    [Range(30, 3600)]
    public int SignatureWindowSeconds { get; set; } = 300;

    /// <summary>
    /// The URL the User-Agent names (<c>DiscordBot (URL, version)</c>, as Discord requires): the bot's page or
    /// repository. Unset, the application's page on Discord is named when <see cref="ApplicationId"/> is known.
    /// </summary>
    public string? UserAgentUrl { get; set; }

    public TimeSpan SignatureWindow => TimeSpan.FromSeconds(SignatureWindowSeconds);

    /// <summary>
    /// True when Discord is set up at all: a public key or a bot token is present. Without either, serving has no
    /// Discord endpoint and no Gateway connection.
    /// </summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[PublicKeyVariable])
        || !string.IsNullOrWhiteSpace(configuration[$"{Section}:{nameof(PublicKey)}"])
        || !string.IsNullOrWhiteSpace(configuration[BotTokenVariable]);

    /// <summary>The configured mode, read before the container is built (it decides which services exist).</summary>
    public static DiscordMode ModeOf(IConfiguration configuration) =>
        configuration.GetSection(Section).GetValue(nameof(Mode), DiscordMode.Endpoint);

    /// <summary>The <c>DISCORD_*</c> variables, copied over the section so either spelling works where allowed.</summary>
    internal static IReadOnlyList<OptionsVariable<DiscordOptions>> Variables { get; } =
    [
        new(PublicKeyVariable, (options, key) => options.PublicKey = key),
        new(ApplicationIdVariable, (options, id) => options.ApplicationId = id),
        new(BotTokenVariable, (options, token) => options.BotToken = token),
    ];
}

/// <summary>
/// Checks the settings any Discord call relies on, naming each malformed one: the key and id formats, the API URL,
/// and that the token did not come from a settings file.
/// </summary>
internal sealed class DiscordSettingsValidator(IConfiguration configuration) : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        if (configuration[$"{DiscordOptions.Section}:BotToken"] is not null)
            failures.Add($"Discord:BotToken is never read from settings; set {DiscordOptions.BotTokenVariable} in the environment or user secrets instead.");
        if (SettingsFileWithToken() is { } file)
            failures.Add($"{DiscordOptions.BotTokenVariable} is in {file}; the token belongs in the environment or user secrets, never a settings file.");
        if (!string.IsNullOrWhiteSpace(options.PublicKey) && !InteractionSignature.IsValidPublicKey(options.PublicKey))
            failures.Add($"{DiscordOptions.PublicKeyVariable} must be the 64 hexadecimal characters of the application's public key.");
        if (!string.IsNullOrWhiteSpace(options.ApplicationId) && !options.ApplicationId.All(char.IsAsciiDigit))
            failures.Add($"{DiscordOptions.ApplicationIdVariable} must be the application's numeric id.");
        if (options.ApiBaseUrlProblem(DiscordOptions.Section, "https://discord.com/api/v10") is { } api) failures.Add(api);
        // It goes inside the User-Agent's parentheses, so it must be a plain URL: no spaces, no parentheses.
        if (!string.IsNullOrWhiteSpace(options.UserAgentUrl)
            && (!Uri.TryCreate(options.UserAgentUrl.Trim(), UriKind.Absolute, out var page) || page.Scheme is not ("https" or "http")
                || options.UserAgentUrl.Trim().IndexOfAny([' ', '(', ')', ',']) >= 0))
            failures.Add("Discord:UserAgentUrl must be an absolute http(s) URL without spaces, commas or parentheses, such as https://github.com/you/your-bot.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The appsettings file that holds the token, if one does (user secrets are JSON too, but not appsettings).</summary>
    private string? SettingsFileWithToken() =>
        (configuration as IConfigurationRoot)?.Providers
            .OfType<FileConfigurationProvider>()
            .Where(p => p.TryGet(DiscordOptions.BotTokenVariable, out var token) && !string.IsNullOrEmpty(token))
            .Select(p => System.IO.Path.GetFileName(p.Source.Path))
            .FirstOrDefault(name => name?.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) == true);
}

/// <summary>Checks that serving in the chosen mode has what that mode needs, saying how to fix it.</summary>
internal sealed class DiscordModeValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options) => options.Mode switch
    {
        DiscordMode.Endpoint when string.IsNullOrWhiteSpace(options.PublicKey) => ValidateOptionsResult.Fail(
            $"{DiscordOptions.PublicKeyVariable} is not set: Discord:Mode is Endpoint, which verifies every request with the application's public key. " +
            "Set it, or set Discord__Mode=Gateway to connect without a public URL."),
        DiscordMode.Gateway when string.IsNullOrWhiteSpace(options.BotToken) => ValidateOptionsResult.Fail(
            $"{DiscordOptions.BotTokenVariable} is not set: Discord:Mode is Gateway, which logs in with the bot token."),
        _ => ValidateOptionsResult.Success,
    };
}
