using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using TalentBot.Chat.Adapters;
using TalentBot.Chat.Api;

namespace TalentBot.Slack;

/// <summary>How Slack delivers commands, mentions and clicks: to our public URLs, or over a WebSocket we open.</summary>
public enum SlackMode
{
    /// <summary>Slack POSTs signed requests to <c>/slack/commands</c>, <c>/slack/events</c> and <c>/slack/interactivity</c>; needs a public HTTPS URL.</summary>
    Http,

    /// <summary>We open a Socket Mode connection with the app-level token; needs no public URL.</summary>
    SocketMode,
}

/// <summary>
/// The <c>Slack</c> section. The three secrets come only from <c>SLACK_SIGNING_SECRET</c>, <c>SLACK_BOT_TOKEN</c>
/// and <c>SLACK_APP_TOKEN</c> (environment or user secrets), never from a settings file. Read once at start; treat as
/// immutable.
/// </summary>
/// <remarks>Requests are accepted up to 256 KiB by default: Slack sends a click with its whole message, blocks and all.</remarks>
public sealed class SlackOptions() : ChatAdapterOptions("https://slack.com/api/", maxRequestBytes: 256 * 1024)
{
    public const string Section = "Slack";
    public const string SigningSecretVariable = "SLACK_SIGNING_SECRET";
    public const string BotTokenVariable = "SLACK_BOT_TOKEN";
    public const string AppTokenVariable = "SLACK_APP_TOKEN";

    /// <summary>Default <see cref="SlackMode.Http"/>.</summary>
    public SlackMode Mode { get; set; } = SlackMode.Http;

    /// <summary>Verifies requests in HTTP mode. Only <c>SLACK_SIGNING_SECRET</c> sets it.</summary>
    public string? SigningSecret { get; internal set; }

    /// <summary>The bot token (<c>xoxb-…</c>) for <c>chat.postMessage</c>. Only <c>SLACK_BOT_TOKEN</c> sets it.</summary>
    public string? BotToken { get; internal set; }

    /// <summary>The app-level token (<c>xapp-…</c>, scope <c>connections:write</c>) for Socket Mode. Only <c>SLACK_APP_TOKEN</c> sets it.</summary>
    public string? AppToken { get; internal set; }

    /// <summary>Least time between two messages to one channel. Default 1000 ms: Slack's guidance for <c>chat.postMessage</c>.</summary>
    [Range(0, 60_000)]
    public int ChannelPostIntervalMilliseconds { get; set; } = 1000;

    /// <summary>
    /// Put before every slash command's name, in the manifest and in routing (<c>tb-</c> makes <c>/tb-ask</c>), so
    /// TalentBot's commands do not clash with another app's <c>/ask</c>. Default empty: no prefix.
    /// </summary>
    public string CommandPrefix { get; set; } = "";

    public TimeSpan ChannelPostInterval => TimeSpan.FromMilliseconds(ChannelPostIntervalMilliseconds);

    /// <summary>True when Slack is set up at all: one of its secrets is present. Without them, serving has no Slack side.</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[SigningSecretVariable])
        || !string.IsNullOrWhiteSpace(configuration[BotTokenVariable])
        || !string.IsNullOrWhiteSpace(configuration[AppTokenVariable]);

    /// <summary>The configured mode, read before the container is built (it decides which services exist).</summary>
    public static SlackMode ModeOf(IConfiguration configuration) =>
        configuration.GetSection(Section).GetValue(nameof(Mode), SlackMode.Http);

    /// <summary>The <c>SLACK_*</c> variables: the only way the secrets get into the options.</summary>
    internal static IReadOnlyList<OptionsVariable<SlackOptions>> Secrets { get; } =
    [
        new(SigningSecretVariable, (options, secret) => options.SigningSecret = secret),
        new(BotTokenVariable, (options, bot) => options.BotToken = bot),
        new(AppTokenVariable, (options, app) => options.AppToken = app),
    ];
}

/// <summary>
/// Checks the settings any Slack call relies on, naming each bad one: no secret in a settings file, tokens of the
/// right kind (the bot and app-level tokens are easily swapped), and the API URL.
/// </summary>
internal sealed class SlackSettingsValidator(IConfiguration configuration) : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var failures = new List<string>();
        foreach (var (setting, variable) in new[]
                 {
                     ("SigningSecret", SlackOptions.SigningSecretVariable),
                     ("BotToken", SlackOptions.BotTokenVariable),
                     ("AppToken", SlackOptions.AppTokenVariable),
                 })
        {
            if (configuration[$"{SlackOptions.Section}:{setting}"] is not null)
                failures.Add($"Slack:{setting} is never read from settings; set {variable} in the environment or user secrets instead.");
        }
        if (options.BotToken is { Length: > 0 } bot && !bot.StartsWith("xoxb-", StringComparison.Ordinal))
            failures.Add($"{SlackOptions.BotTokenVariable} must be the bot token (xoxb-…) from OAuth & Permissions.");
        if (options.AppToken is { Length: > 0 } app && !app.StartsWith("xapp-", StringComparison.Ordinal))
            failures.Add($"{SlackOptions.AppTokenVariable} must be an app-level token (xapp-…) with connections:write, from Basic Information.");
        if (options.ApiBaseUrlProblem(SlackOptions.Section, "https://slack.com/api/") is { } api) failures.Add(api);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>Checks that serving in the chosen mode has what that mode needs, saying how to fix it.</summary>
internal sealed class SlackModeValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var failures = new List<string>();
        if (options.Mode == SlackMode.Http && string.IsNullOrWhiteSpace(options.SigningSecret))
            failures.Add($"{SlackOptions.SigningSecretVariable} is not set: Slack:Mode is Http, which verifies every request with the signing secret. " +
                         "Set it, or set Slack__Mode=SocketMode to connect without a public URL.");
        if (options.Mode == SlackMode.SocketMode && string.IsNullOrWhiteSpace(options.AppToken))
            failures.Add($"{SlackOptions.AppTokenVariable} is not set: Slack:Mode is SocketMode, which connects with an app-level token (xapp-…).");
        if (string.IsNullOrWhiteSpace(options.BotToken))
            failures.Add($"{SlackOptions.BotTokenVariable} is not set: answering mentions and posting need the bot token (xoxb-…).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
