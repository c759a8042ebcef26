using Microsoft.Extensions.Options;
using TalentBot.Slack.Conversations;
using TalentBot.Slack.Tests.Support;

namespace TalentBot.Slack.Tests;

/// <summary><c>Slack:CommandPrefix</c>: checked as Slack checks command names, and applied to routing over loopback.</summary>
public sealed class CommandPrefixTests
{
    [Theory]
    [InlineData("", "/who-left")]
    [InlineData("tb-", "/tb-who-left")]
    [InlineData("talent_bot", "/talent_botwho-left")]
    [InlineData("  tb-  ", "/tb-who-left")]
    public void ValidPrefix_IsPutBeforeEveryName(string text, string declared)
    {
        CommandPrefix.TryParse(text, out var prefix, out var error).ShouldBeTrue();

        error.ShouldBeNull();
        prefix.Declared(CommandNames.WhoLeft).ShouldBe(declared);
    }

    [Theory]
    [InlineData("TB-", "lowercase")]
    [InlineData("t b-", "lowercase")]
    [InlineData("/tb-", "lowercase")]
    [InlineData("tb.", "lowercase")]
    [InlineData("équipe-", "lowercase")]
    [InlineData("a-very-long-prefix-", "at most 18")]
    public void InvalidPrefix_IsRefused_SayingWhy(string text, string reason)
    {
        CommandPrefix.TryParse(text, out _, out var error).ShouldBeFalse();

        error.ShouldContain(reason);
    }

    [Fact]
    public void LongestAllowedPrefix_KeepsEveryCommandWithinSlacksLimit()
    {
        var longest = new string('x', CommandPrefix.MaxCommandLength - DeclaredCommands.LongestName);

        CommandPrefix.TryParse(longest, out var prefix, out _).ShouldBeTrue();
        DeclaredCommands.All.Max(c => prefix!.Declared(c.Name).Length).ShouldBe(CommandPrefix.MaxCommandLength);
        CommandPrefix.TryParse(longest + "x", out _, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("/tb-ask", "/ask")]
    [InlineData("/TB-Who_Left", "/Who_Left")]
    [InlineData("/ask", null)]
    [InlineData("/tb-", null)]
    [InlineData("/tbask", null)]
    public void Route_StripsThePrefix_AndRefusesCommandsWithoutIt(string typed, string? routed)
    {
        CommandPrefix.TryParse("tb-", out var prefix, out _);

        prefix!.Route(typed).ShouldBe(routed);
    }

    [Fact]
    public void NoPrefix_RoutesEveryCommandAsTyped() => CommandPrefix.None.Route("/ask").ShouldBe("/ask");

    [Fact]
    public async Task PrefixedCommand_IsAnsweredLikeTheUnprefixedOne()
    {
        await using var host = await SlackHost.StartAsync(settings: new Dictionary<string, string?> { ["Slack:CommandPrefix"] = "tb-" });

        var result = await host.CommandAsync("/tb-who-left", "meta");

        result.Status.ShouldBe(200);
        ((string)result.Json["text"]!).ShouldBe("Who left Meta");
        result.BlockText.ShouldContain("Avi Verma");
    }

    [Theory]
    [InlineData("meta", "I don't know the command /who-left. Try one of /tb-who-left, /tb-who-joined, /tb-moves, /tb-ask")]
    [InlineData("qui a quitté Meta ?", "Je ne connais pas la commande /who-left. Essayez l'une de /tb-who-left, /tb-who-joined, /tb-moves, /tb-ask")]
    [InlineData("chi ha lasciato Meta?", "Non conosco il comando /who-left. Prova uno di /tb-who-left")]
    [InlineData("メタを辞めたのは誰？", "/who-leftというコマンドはありません。/tb-who-left, /tb-who-joined")]
    public async Task UnprefixedCommand_IsNotOurs_AndTheHintNamesThePrefixedOnes(string text, string hint)
    {
        await using var host = await SlackHost.StartAsync(settings: new Dictionary<string, string?> { ["Slack:CommandPrefix"] = "tb-" });

        var result = await host.CommandAsync("/who-left", text);

        result.Status.ShouldBe(200);
        result.IsEphemeral.ShouldBeTrue();
        result.BlockText.ShouldContain(hint);
    }

    [Theory]
    [InlineData("meta", "Alerts are not enabled in this workspace yet. You can still ask with /tb-who-left, /tb-who-joined, /tb-moves, /tb-ask.")]
    [InlineData("メタ", "/tb-who-left, /tb-who-joined, /tb-moves, /tb-ask での質問はできます。")]
    public async Task SubscriptionCommand_WithoutAlerts_NamesThePrefixedCommandsThatStillAnswer(string text, string hint)
    {
        await using var host = await SlackHost.StartAsync(settings: new Dictionary<string, string?> { ["Slack:CommandPrefix"] = "tb-" });

        var result = await host.CommandAsync("/tb-subscribe", text);

        result.Status.ShouldBe(200);
        result.IsEphemeral.ShouldBeTrue();
        result.BlockText.ShouldContain(hint);
    }

    [Fact]
    public async Task BadPrefixSetting_StopsTheHostAtStart_NamingTheSetting()
    {
        var failure = await Should.ThrowAsync<OptionsValidationException>(() =>
            SlackHost.StartAsync(settings: new Dictionary<string, string?> { ["Slack:CommandPrefix"] = "TB-" }));

        failure.Message.ShouldContain("Slack:CommandPrefix 'TB-' may hold only lowercase letters");
    }
}
