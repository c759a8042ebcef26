using YamlDotNet.Serialization;

namespace TalentBot.Slack.Manifest;

// The fields of Slack's app manifest (v1) that TalentBot sets, named as Slack names them (snake_case, through the
// serializer's naming convention). Null fields are left out of the YAML.

public sealed class AppManifest
{
    [YamlMember(Alias = "_metadata", ApplyNamingConventions = false)]
    public required ManifestMetadata Metadata { get; init; }

    public required DisplayInformation DisplayInformation { get; init; }

    public required ManifestFeatures Features { get; init; }

    public required OAuthConfig OauthConfig { get; init; }

    public required ManifestSettings Settings { get; init; }
}

public sealed class ManifestMetadata
{
    public int MajorVersion { get; init; } = 1;
}

public sealed class DisplayInformation
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public string? BackgroundColor { get; init; }
}

public sealed class ManifestFeatures
{
    public required AppHomeFeature AppHome { get; init; }

    public required BotUser BotUser { get; init; }

    public required IReadOnlyList<SlashCommandEntry> SlashCommands { get; init; }
}

public sealed class AppHomeFeature
{
    public bool HomeTabEnabled { get; init; }

    public bool MessagesTabEnabled { get; init; }

    public bool MessagesTabReadOnlyEnabled { get; init; }
}

public sealed class BotUser
{
    public required string DisplayName { get; init; }

    public bool AlwaysOnline { get; init; }
}

public sealed class SlashCommandEntry
{
    public required string Command { get; init; }

    /// <summary>Absent with Socket Mode, where commands arrive over the socket.</summary>
    public string? Url { get; init; }

    public required string Description { get; init; }

    public string? UsageHint { get; init; }

    public bool ShouldEscape { get; init; }
}

public sealed class OAuthConfig
{
    public required OAuthScopes Scopes { get; init; }
}

public sealed class OAuthScopes
{
    public required IReadOnlyList<string> Bot { get; init; }
}

public sealed class ManifestSettings
{
    public required EventSubscriptions EventSubscriptions { get; init; }

    public required Interactivity Interactivity { get; init; }

    public bool OrgDeployEnabled { get; init; }

    public bool SocketModeEnabled { get; init; }

    public bool TokenRotationEnabled { get; init; }
}

public sealed class EventSubscriptions
{
    public string? RequestUrl { get; init; }

    public required IReadOnlyList<string> BotEvents { get; init; }
}

public sealed class Interactivity
{
    public bool IsEnabled { get; init; }

    public string? RequestUrl { get; init; }
}
