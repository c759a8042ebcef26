using System.Text.RegularExpressions;
using TalentBot.Slack.Conversations;
using TalentBot.Slack.Http;

namespace TalentBot.Slack.Tests;

/// <summary>The app manifest in the repository declares what the adapter serves: every command, the three URLs, the mention event and its scopes.</summary>
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

        commands.Count.ShouldBe(9);
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
}
