using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace TalentBot.Slack.Tests.Support;

/// <summary>
/// Slack's published app manifest type (v1), transcribed field by field from the manifest reference
/// (https://docs.slack.dev/reference/app-manifest, field table at https://api.slack.com/concepts/manifests, as
/// summarised in platform-protocols.md §12) independently of the generator's own model: a manifest is read into it
/// strictly, so an unknown key, a misspelt one or a value of the wrong type fails, and <see cref="Problems"/> lists
/// every documented limit it breaks.
/// </summary>
public sealed class PublishedManifest
{
    private static readonly IDeserializer Strict = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    [YamlMember(Alias = "_metadata", ApplyNamingConventions = false)]
    public Metadata? MetadataBlock { get; set; }

    public DisplayInformationBlock? DisplayInformation { get; set; }

    public FeaturesBlock? Features { get; set; }

    public OauthConfigBlock? OauthConfig { get; set; }

    public SettingsBlock? Settings { get; set; }

    public static PublishedManifest Read(string yaml) => Strict.Deserialize<PublishedManifest>(yaml);

    /// <summary>Every documented rule the manifest breaks; empty when Slack would accept it.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Check(bool ok, string rule)
        {
            if (!ok) problems.Add(rule);
        }

        Check(MetadataBlock?.MajorVersion is null or 1, "_metadata.major_version is 1");
        Check(DisplayInformation?.Name is { Length: > 0 and <= 35 }, "display_information.name is required, ≤35");
        Check(DisplayInformation?.Description is null or { Length: <= 140 }, "display_information.description ≤140");
        Check(DisplayInformation?.LongDescription is null or { Length: >= 175 and <= 4000 }, "display_information.long_description 175–4000");
        Check(DisplayInformation?.BackgroundColor is null || System.Text.RegularExpressions.Regex.IsMatch(DisplayInformation.BackgroundColor, "^#([0-9a-fA-F]{3}){1,2}$"),
            "display_information.background_color is #RGB or #RRGGBB");
        var bot = Features?.BotUser;
        Check(bot is null || (bot.DisplayName is { Length: > 0 and <= 80 } name && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.')),
            "features.bot_user.display_name is required, ≤80, a-z 0-9 - _ .");
        var commands = Features?.SlashCommands ?? [];
        Check(commands.Count <= 50, "features.slash_commands ≤50");
        foreach (var command in commands)
        {
            Check(command.Command is { Length: > 1 and <= 32 } c && c[0] == '/', $"slash command '{command.Command}': ≤32 with its leading /");
            Check(command.Command?.Skip(1).All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch is '-' or '_') == true,
                $"slash command '{command.Command}': lowercase letters, digits, - and _");
            Check(command.Description is { Length: > 0 and <= 2000 }, $"slash command '{command.Command}': description required, ≤2000");
            Check(command.UsageHint is null or { Length: <= 1000 }, $"slash command '{command.Command}': usage_hint ≤1000");
            Check(command.Url is null || command.Url.StartsWith("https://", StringComparison.Ordinal), $"slash command '{command.Command}': url is https");
        }
        Check(commands.Select(c => c.Command).Distinct().Count() == commands.Count, "slash commands are unique");
        var scopes = OauthConfig?.Scopes?.Bot ?? [];
        Check(scopes.Count <= 255, "oauth_config.scopes.bot ≤255");
        var events = Settings?.EventSubscriptions;
        Check(events?.BotEvents is null or { Count: <= 100 }, "settings.event_subscriptions.bot_events ≤100");
        Check(events is null || events.RequestUrl is not null || Settings!.SocketModeEnabled == true,
            "Event Subscription requires either Request URL or Socket Mode Enabled");
        Check(Settings?.Interactivity is null || Settings.Interactivity.IsEnabled is not null, "settings.interactivity.is_enabled is required");
        Check(Settings?.Interactivity?.RequestUrl is null || Settings.Interactivity.RequestUrl.StartsWith("https://", StringComparison.Ordinal),
            "settings.interactivity.request_url is https");
        Check(Settings?.SocketModeEnabled == true || commands.All(c => c.Url is not null), "without Socket Mode every command has a url");
        return problems;
    }

    public sealed class Metadata
    {
        public int? MajorVersion { get; set; }

        public int? MinorVersion { get; set; }
    }

    public sealed class DisplayInformationBlock
    {
        public string? Name { get; set; }

        public string? Description { get; set; }

        public string? LongDescription { get; set; }

        public string? BackgroundColor { get; set; }
    }

    public sealed class FeaturesBlock
    {
        public AppHomeBlock? AppHome { get; set; }

        public BotUserBlock? BotUser { get; set; }

        public List<ShortcutBlock>? Shortcuts { get; set; }

        public List<SlashCommandBlock>? SlashCommands { get; set; }

        public List<string>? UnfurlDomains { get; set; }
    }

    public sealed class AppHomeBlock
    {
        public bool? HomeTabEnabled { get; set; }

        public bool? MessagesTabEnabled { get; set; }

        public bool? MessagesTabReadOnlyEnabled { get; set; }
    }

    public sealed class BotUserBlock
    {
        public string? DisplayName { get; set; }

        public bool? AlwaysOnline { get; set; }
    }

    public sealed class ShortcutBlock
    {
        public string? Name { get; set; }

        public string? CallbackId { get; set; }

        public string? Description { get; set; }

        public string? Type { get; set; }
    }

    public sealed class SlashCommandBlock
    {
        public string? Command { get; set; }

        public string? Url { get; set; }

        public string? Description { get; set; }

        public string? UsageHint { get; set; }

        public bool? ShouldEscape { get; set; }
    }

    public sealed class OauthConfigBlock
    {
        public List<string>? RedirectUrls { get; set; }

        public ScopesBlock? Scopes { get; set; }
    }

    public sealed class ScopesBlock
    {
        public List<string>? Bot { get; set; }

        public List<string>? User { get; set; }
    }

    public sealed class SettingsBlock
    {
        public List<string>? AllowedIpAddressRanges { get; set; }

        public EventSubscriptionsBlock? EventSubscriptions { get; set; }

        public InteractivityBlock? Interactivity { get; set; }

        public bool? OrgDeployEnabled { get; set; }

        public bool? SocketModeEnabled { get; set; }

        public bool? TokenRotationEnabled { get; set; }
    }

    public sealed class EventSubscriptionsBlock
    {
        public string? RequestUrl { get; set; }

        public List<string>? BotEvents { get; set; }

        public List<string>? UserEvents { get; set; }
    }

    public sealed class InteractivityBlock
    {
        public bool? IsEnabled { get; set; }

        public string? RequestUrl { get; set; }

        public string? MessageMenuOptionsUrl { get; set; }
    }
}
