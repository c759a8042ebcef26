using TalentBot.Slack.Conversations;
using TalentBot.Slack.Http;
using TalentBot.Slack.Requests;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace TalentBot.Slack.Manifest;

/// <summary>How the manifest is made: with Socket Mode (no URLs) or for HTTP delivery to <see cref="BaseUrl"/>, and with which prefix.</summary>
public sealed record ManifestChoices(CommandPrefix Prefix, bool SocketMode, Uri BaseUrl)
{
    /// <summary>The placeholder address of the committed manifest, to be replaced with serve's public one.</summary>
    public static readonly Uri ExampleUrl = new("https://talentbot.example.com");

    public static ManifestChoices Default { get; } = new(CommandPrefix.None, SocketMode: false, ExampleUrl);
}

/// <summary>
/// Writes TalentBot's Slack app manifest from the tables the adapter runs on: the commands from
/// <see cref="DeclaredCommands"/> (prefixed as <c>Slack:CommandPrefix</c> routes them), the URLs from
/// <see cref="SlackEndpoints"/>, the events the dispatcher takes and the scopes each capability needs from
/// <see cref="Capabilities"/>. So the manifest cannot promise what the handlers do not serve. YAML (the format the
/// README's paste-in steps and the committed file use; Slack reads YAML and JSON alike) through YamlDotNet.
/// </summary>
public static class ManifestGenerator
{
    /// <summary>What TalentBot does in Slack, and the bot scopes and events each needs: the manifest asks for these and no more.</summary>
    public static IReadOnlyList<Capability> Capabilities { get; } =
    [
        new("slash commands", ["commands"], []),
        new("@TalentBot questions in channels", ["app_mentions:read"], [SlackEvent.AppMention]),
        new("answers, in the thread or conversation asked in", ["chat:write"], []),
        new("alerts and digests in public channels TalentBot has not joined", ["chat:write.public"], []),
        new("the /flows picture, shared in the channel", ["files:write"], []),
        new("direct messages to the bot, answered like mentions", ["im:history"], [SlackEvent.Message + "." + SlackEvent.DirectMessageChannel]),
        new("the App Home tab, published when opened", [], [SlackEvent.AppHomeOpened]),
    ];

    private static readonly ISerializer Yaml = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .DisableAliases()
        .Build();

    public static AppManifest Build(ManifestChoices choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        string? At(string path) => choices.SocketMode ? null : new Uri(choices.BaseUrl, path).AbsoluteUri;
        return new AppManifest
        {
            Metadata = new ManifestMetadata(),
            DisplayInformation = new DisplayInformation
            {
                Name = "TalentBot",
                Description = "Who left which AI lab, who joined whom, and for how much, with every claim cited from the news.",
                BackgroundColor = "#2c2d30",
            },
            Features = new ManifestFeatures
            {
                // The Messages tab takes questions (message.im); the Home tab shows the workspace's subscriptions.
                AppHome = new AppHomeFeature { HomeTabEnabled = true, MessagesTabEnabled = true, MessagesTabReadOnlyEnabled = false },
                BotUser = new BotUser { DisplayName = "talentbot", AlwaysOnline = true },
                SlashCommands = DeclaredCommands.All.Select(c => new SlashCommandEntry
                {
                    Command = choices.Prefix.Declared(c.Name),
                    Url = At(SlackEndpoints.CommandsPath),
                    Description = c.Description,
                    UsageHint = c.UsageHint,
                    // Names are read as typed; escaping would turn them into ids.
                    ShouldEscape = false,
                }).ToList(),
            },
            OauthConfig = new OAuthConfig { Scopes = new OAuthScopes { Bot = Capabilities.SelectMany(c => c.BotScopes).Distinct().ToList() } },
            Settings = new ManifestSettings
            {
                EventSubscriptions = new EventSubscriptions
                {
                    RequestUrl = At(SlackEndpoints.EventsPath),
                    BotEvents = Capabilities.SelectMany(c => c.BotEvents).Distinct().ToList(),
                },
                Interactivity = new Interactivity { IsEnabled = true, RequestUrl = At(SlackEndpoints.InteractivityPath) },
                SocketModeEnabled = choices.SocketMode,
            },
        };
    }

    /// <summary>The manifest as YAML, after a comment saying where it came from and how to use it.</summary>
    public static string ToYaml(ManifestChoices choices)
    {
        var header = choices.SocketMode
            ? "# Socket Mode: TalentBot connects out with SLACK_APP_TOKEN, so there are no URLs to set."
            : $"# HTTP delivery: Slack posts to {choices.BaseUrl.AbsoluteUri.TrimEnd('/')}; it must be the public HTTPS address `talentbot serve` answers on.";
        return "# TalentBot's Slack app. Paste it at https://api.slack.com/apps → Create New App → From a manifest.\n"
               + "# Generated by `talentbot slack manifest` from the commands, events and scopes the adapter serves; regenerate it rather than edit it.\n"
               + header + "\n"
               + "# The README's \"Slack\" section walks through both modes.\n"
               + Yaml.Serialize(Build(choices));
    }
}

/// <summary>One thing TalentBot does in Slack, with the bot scopes and the events (<c>bot_events</c>) it needs.</summary>
public sealed record Capability(string Purpose, IReadOnlyList<string> BotScopes, IReadOnlyList<string> BotEvents);
