using System.Text.RegularExpressions;
using TalentBot.Slack.Conversations;
using TalentBot.Slack.Http;
using TalentBot.Slack.Manifest;
using TalentBot.Slack.Tests.Support;
using YamlDotNet.Core;

namespace TalentBot.Slack.Tests;

/// <summary>
/// The app manifest declares what the adapter serves: every command (prefixed as routed), the three URLs, the events
/// and their scopes. The committed file is the generator's output for the default choices, and every generated
/// manifest type-checks against Slack's published manifest type (<see cref="PublishedManifest"/>).
/// </summary>
public sealed class ManifestTests
{
    private static readonly string Manifest = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "slack-app-manifest.yaml"));

    [Theory]
    [InlineData(CommandNames.WhoLeft)]
    [InlineData(CommandNames.WhoJoined)]
    [InlineData(CommandNames.Moves)]
    [InlineData(CommandNames.Flows)]
    [InlineData(CommandNames.Ask)]
    [InlineData(CommandNames.Subscribe)]
    [InlineData(CommandNames.Unsubscribe)]
    [InlineData(CommandNames.Subscriptions)]
    [InlineData(CommandNames.Digest)]
    public void DeclaresTheCommand_PointingAtTheCommandsUrl(string command)
    {
        var declared = Regex.Match(Manifest, $@"- command: {Regex.Escape(command)}\n\s+url: (?<url>\S+)");

        declared.Success.ShouldBeTrue();
        declared.Groups["url"].Value.ShouldEndWith(SlackEndpoints.CommandsPath);
    }

    [Fact]
    public void DeclaresOnlyCommandsTheAdapterHandles()
    {
        var commands = Regex.Matches(Manifest, @"- command: (\S+)").Select(m => m.Groups[1].Value).ToList();

        commands.Count.ShouldBe(DeclaredCommands.All.Count);
        commands.ShouldAllBe(c => AnswerCommands.Handles(c) || SubscriptionCommandRouter.ActionOf(c) != null);
    }

    [Fact]
    public void PointsEventsAndInteractivityAtTheirUrls_AndSubscribesToMentions()
    {
        Manifest.ShouldContain("request_url: https://talentbot.example.com" + SlackEndpoints.EventsPath);
        Manifest.ShouldContain("request_url: https://talentbot.example.com" + SlackEndpoints.InteractivityPath);
        Regex.IsMatch(Manifest, @"bot_events:\n\s+- app_mention").ShouldBeTrue();
    }

    [Theory]
    [InlineData("commands")]
    [InlineData("app_mentions:read")]
    [InlineData("chat:write")]
    [InlineData("files:write")]
    public void AsksForTheScope(string scope)
    {
        Regex.IsMatch(Manifest, $@"\n\s+- {Regex.Escape(scope)}\s").ShouldBeTrue();
    }

    public static TheoryData<string, bool, string?> Choices => new()
    {
        { "", false, null },
        { "", true, null },
        { "tb-", false, null },
        { "tb-", true, null },
        { "", false, "https://bot.example.org" },
        { "talentbot_", false, "https://bot.example.org" },
    };

    private static ManifestChoices Choose(string prefix, bool socketMode, string? url)
    {
        CommandPrefix.TryParse(prefix, out var parsed, out _).ShouldBeTrue();
        return new ManifestChoices(parsed!, socketMode, url is null ? ManifestChoices.ExampleUrl : new Uri(url));
    }

    [Fact]
    public void CommittedManifest_IsTheGeneratorsOutput_ForTheDefaultChoices()
    {
        Manifest.ReplaceLineEndings("\n").ShouldBe(ManifestGenerator.ToYaml(ManifestChoices.Default));
    }

    [Theory]
    [MemberData(nameof(Choices))]
    public void GeneratedManifest_TypeChecksAgainstSlacksPublishedManifestType(string prefix, bool socketMode, string? url)
    {
        var manifest = PublishedManifest.Read(ManifestGenerator.ToYaml(Choose(prefix, socketMode, url)));

        manifest.Problems().ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Choices))]
    public void GeneratedManifest_DeclaresEachCommandWithThePrefix_AndEachIsRoutedToAHandler(string prefix, bool socketMode, string? url)
    {
        var choices = Choose(prefix, socketMode, url);
        var manifest = PublishedManifest.Read(ManifestGenerator.ToYaml(choices));

        var declared = manifest.Features!.SlashCommands!.Select(c => c.Command!).ToList();
        declared.ShouldBe(DeclaredCommands.All.Select(c => "/" + prefix + c.Name[1..]));
        foreach (var command in declared)
        {
            var routed = choices.Prefix.Route(command);
            routed.ShouldNotBeNull();
            (AnswerCommands.Handles(routed) || SubscriptionCommandRouter.ActionOf(routed) != null).ShouldBeTrue(command);
        }
    }

    [Theory]
    [MemberData(nameof(Choices))]
    public void GeneratedManifest_HasRequestUrlsOnlyForHttpDelivery(string prefix, bool socketMode, string? url)
    {
        var manifest = PublishedManifest.Read(ManifestGenerator.ToYaml(Choose(prefix, socketMode, url)));
        var root = (url ?? "https://talentbot.example.com").TrimEnd('/');

        manifest.Settings!.SocketModeEnabled.ShouldBe(socketMode);
        manifest.Settings.Interactivity!.IsEnabled.ShouldBe(true);
        if (socketMode)
        {
            manifest.Features!.SlashCommands!.ShouldAllBe(c => c.Url == null);
            manifest.Settings.EventSubscriptions!.RequestUrl.ShouldBeNull();
            manifest.Settings.Interactivity.RequestUrl.ShouldBeNull();
        }
        else
        {
            manifest.Features!.SlashCommands!.ShouldAllBe(c => c.Url == root + SlackEndpoints.CommandsPath);
            manifest.Settings.EventSubscriptions!.RequestUrl.ShouldBe(root + SlackEndpoints.EventsPath);
            manifest.Settings.Interactivity.RequestUrl.ShouldBe(root + SlackEndpoints.InteractivityPath);
        }
    }

    [Fact]
    public void GeneratedManifest_AsksForWhatTheAppHomeAndDirectMessagesNeed()
    {
        var manifest = PublishedManifest.Read(ManifestGenerator.ToYaml(ManifestChoices.Default));

        manifest.Features!.AppHome!.HomeTabEnabled.ShouldBe(true);
        manifest.Features.AppHome.MessagesTabEnabled.ShouldBe(true);
        manifest.Features.AppHome.MessagesTabReadOnlyEnabled.ShouldBe(false);
        manifest.Settings!.EventSubscriptions!.BotEvents.ShouldBe(["app_mention", "message.im", "app_home_opened"]);
        manifest.OauthConfig!.Scopes!.Bot.ShouldBe(["commands", "app_mentions:read", "chat:write", "chat:write.public", "files:write", "im:history"]);
    }

    [Fact]
    public void PublishedType_RefusesAnUnknownKey()
    {
        var misspelt = ManifestGenerator.ToYaml(ManifestChoices.Default).Replace("usage_hint:", "usage_hints:", StringComparison.Ordinal);

        Should.Throw<YamlException>(() => PublishedManifest.Read(misspelt));
    }

    [Fact]
    public void PublishedType_ReportsABrokenLimit()
    {
        var tooLong = ManifestGenerator.ToYaml(ManifestChoices.Default).Replace("command: /who-left", "command: /" + new string('w', 32), StringComparison.Ordinal);

        PublishedManifest.Read(tooLong).Problems().ShouldContain(p => p.Contains("≤32"));
    }
}
