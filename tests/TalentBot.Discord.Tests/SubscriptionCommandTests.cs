using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TalentBot.Alerts.Subscriptions;
using TalentBot.Core.Alerts;
using TalentBot.Discord.Tests.Support;

namespace TalentBot.Discord.Tests;

/// <summary>
/// The subscription commands before the alerts feature exists: polite "not enabled yet", and the permission rule
/// enforced now: changing a channel's alerts needs Manage Channels (16) or Administrator (8).
/// </summary>
public sealed class SubscriptionCommandTests
{
    private const string ManageChannels = "16";
    private const string Administrator = "8";
    private const string ManyButNotThose = "2147485696"; // USE_APPLICATION_COMMANDS | SEND_MESSAGES

    [Theory]
    [InlineData("subscribe")]
    [InlineData("unsubscribe")]
    public async Task ChangingAlerts_WithoutManageChannels_IsRefused(string command)
    {
        await using var host = await BotHost.StartAsync();

        var result = await host.SendAsync(Payloads.Command(command, Org("meta"), permissions: ManyButNotThose));

        result.IsEphemeral.ShouldBeTrue();
        ((string)result.Data!["content"]!).ShouldContain("Manage Channels");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("-16")]
    public async Task MissingOrMalformedPermissions_AreRefused(string? permissions)
    {
        await using var host = await BotHost.StartAsync();

        var result = await host.SendAsync(Payloads.Command("subscribe", Org("meta"), permissions: permissions));

        ((string)result.Data!["content"]!).ShouldContain("Manage Channels");
    }

    [Theory]
    [InlineData(ManageChannels)]
    [InlineData(Administrator)]
    [InlineData("1125899906842640")] // a high bit beyond 32 bits, plus Manage Channels
    public async Task WithPermission_AndNoAlertsFeature_SaysAlertsAreNotEnabledYet(string permissions)
    {
        await using var host = await BotHost.StartAsync();

        var result = await host.SendAsync(Payloads.Command("subscribe", Org("meta"), permissions: permissions));

        result.IsEphemeral.ShouldBeTrue();
        ((string)result.Data!["content"]!).ShouldContain("not enabled on this server yet");
    }

    [Theory]
    [InlineData("subscriptions")]
    [InlineData("digest")]
    public async Task ReadingAlerts_NeedsNoPermission(string command)
    {
        await using var host = await BotHost.StartAsync();

        var result = await host.SendAsync(Payloads.Command(command, permissions: ManyButNotThose));

        ((string)result.Data!["content"]!).ShouldContain("not enabled on this server yet");
    }

    [Fact]
    public async Task InADirectMessage_AlertsNeedAServer()
    {
        await using var host = await BotHost.StartAsync();

        var result = await host.SendAsync(Payloads.Command("subscribe", Org("meta"), inGuild: false));

        ((string)result.Data!["content"]!).ShouldContain("server");
    }

    [Fact]
    public async Task InJapanese_TheRefusalIsInJapanese()
    {
        await using var host = await BotHost.StartAsync();

        var result = await host.SendAsync(Payloads.Command("subscribe", Org("meta"), locale: "ja", permissions: ManyButNotThose));

        ((string)result.Data!["content"]!).ShouldContain("チャンネルの管理");
    }

    [Fact]
    public async Task WhenAlertsExist_TheCommandReachesThemWithTheChannelAndWhatWasTyped()
    {
        var alerts = new RecordingChannelCommands(new ChannelAnswer("Subscribed.", IsPrivate: false));
        await using var host = await BotHost.StartAsync(services: s => s.AddSingleton<IChannelCommands>(alerts));

        var result = await host.SendAsync(Payloads.Command("subscribe", Org("Facebook"), locale: "fr", permissions: ManageChannels));

        result.IsEphemeral.ShouldBeFalse();
        result.EmbedText.ShouldBe("Subscribed.");
        alerts.Commands.ShouldHaveSingleItem().ShouldBe(new ChannelCommand(ChannelAction.Subscribe, DeliveryTarget.DiscordChannel(Payloads.ChannelId),
            "1500000000000000001", Core.Language.French, Organisation: "Facebook"));
    }

    [Theory]
    [InlineData("subscribe", ChannelAction.Subscribe, true)]
    [InlineData("subscribe", ChannelAction.Subscribe, false)]
    [InlineData("unsubscribe", ChannelAction.Unsubscribe, true)]
    public async Task WhenAlertsExist_TheInferredOptionReachesThemAsGiven(string command, ChannelAction action, bool inferred)
    {
        var alerts = new RecordingChannelCommands(new ChannelAnswer("Subscribed.", IsPrivate: false));
        await using var host = await BotHost.StartAsync(services: s => s.AddSingleton<IChannelCommands>(alerts));

        await host.SendAsync(WithFlag(Payloads.Command(command, Org("Meta"), permissions: ManageChannels), "inferred", inferred));
        await host.SendAsync(Payloads.Command(command, permissions: ManageChannels));

        alerts.Commands.Select(r => (r.Action, r.Organisation, r.Inferred)).ShouldBe([(action, "Meta", inferred), (action, null, false)]);
    }

    [Fact]
    public async Task WhenAlertsExist_TheyAreNeverAskedWithoutPermission()
    {
        var alerts = new RecordingChannelCommands(new ChannelAnswer("Subscribed.", IsPrivate: false));
        await using var host = await BotHost.StartAsync(services: s => s.AddSingleton<IChannelCommands>(alerts));

        await host.SendAsync(Payloads.Command("unsubscribe", Org("meta"), permissions: ManyButNotThose));

        alerts.Commands.ShouldBeEmpty();
    }

    [Fact]
    public async Task SubscribeButton_SubscribesTheRegistryOrganisationWithTheSameRule()
    {
        var alerts = new RecordingChannelCommands(new ChannelAnswer("Subscribed.", IsPrivate: false));
        await using var host = await BotHost.StartAsync(services: s => s.AddSingleton<IChannelCommands>(alerts));

        var refused = await host.SendAsync(Payloads.Button("sub|meta", permissions: ManyButNotThose));
        var accepted = await host.SendAsync(Payloads.Button("sub|meta", permissions: Administrator));

        ((string)refused.Data!["content"]!).ShouldContain("Manage Channels");
        accepted.EmbedText.ShouldBe("Subscribed.");
        alerts.Commands.ShouldHaveSingleItem().Organisation.ShouldBe("Meta");
    }

    [Fact]
    public async Task SubscribeButton_ForAnIdNotInTheRegistry_SaysItIsNoLongerAvailable()
    {
        await using var host = await BotHost.StartAsync();

        var result = await host.SendAsync(Payloads.Button("sub|no-such-org", permissions: Administrator));

        ((string)result.Data!["content"]!).ShouldContain("no longer available");
    }

    private static Dictionary<string, string> Org(string name) => new() { ["org"] = name };

    /// <summary>The command with a boolean option (type 5) added, as Discord sends one picked True or False.</summary>
    private static JsonObject WithFlag(JsonObject command, string name, bool value)
    {
        command["data"]!["options"]!.AsArray().Add(new JsonObject { ["name"] = name, ["type"] = 5, ["value"] = value });
        return command;
    }
}
