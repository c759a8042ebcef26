using Microsoft.Extensions.DependencyInjection;
using TalentBot.Alerts.Subscriptions;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Discord.Tests.Support;

namespace TalentBot.Discord.Tests;

/// <summary>
/// The subscription commands answered by the alerts layer, here a recording one: what it is asked for a Discord
/// channel, and how its answers reach the channel (a digest rendered for everyone, every page of it).
/// </summary>
public sealed class ChannelSubscriptionCommandsTests : IAsyncLifetime
{
    private const string ManageChannels = "16";

    private FakeDiscord _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    [Theory]
    [InlineData("subscribe", ChannelAction.Subscribe)]
    [InlineData("unsubscribe", ChannelAction.Unsubscribe)]
    [InlineData("subscriptions", ChannelAction.List)]
    [InlineData("digest", ChannelAction.Digest)]
    public async Task Command_ReachesTheAlertsLayerAsAChannelCommandForTheDiscordChannel(string name, ChannelAction expected)
    {
        var feature = new RecordingChannelCommands(new ChannelAnswer("Done.", IsPrivate: true));
        await using var host = await StartAsync(feature);

        var result = await host.SendAsync(Payloads.Command(name, new Dictionary<string, string> { ["org"] = "Meta", ["person"] = "Jane Roe" },
            locale: "it", permissions: ManageChannels));

        feature.Commands.ShouldHaveSingleItem().ShouldBe(new ChannelCommand(expected, DeliveryTarget.DiscordChannel(Payloads.ChannelId),
            "1500000000000000001", Language.Italian, Organisation: "Meta", Person: "Jane Roe"));
        result.EmbedText.ShouldBe("Done.");
    }

    [Fact]
    public async Task PrivateAnswer_IsShownOnlyToTheAsker()
    {
        var feature = new RecordingChannelCommands(new ChannelAnswer("This channel follows Meta.", IsPrivate: true));
        await using var host = await StartAsync(feature);

        var result = await host.SendAsync(Payloads.Command("subscriptions"));

        result.IsEphemeral.ShouldBeTrue();
        result.EmbedText.ShouldBe("This channel follows Meta.");
        feature.Commands.ShouldHaveSingleItem().Action.ShouldBe(ChannelAction.List);
    }

    [Fact]
    public async Task Digest_IsRenderedLikeAnAnswer_ForTheWholeChannel()
    {
        var feature = new RecordingChannelCommands(new ChannelAnswer("Here is the digest.", IsPrivate: true, Notifications.Digest(count: 6)));
        await using var host = await StartAsync(feature);

        var result = await host.SendAsync(Payloads.Command("digest"));

        result.CallbackType.ShouldBe(4);
        result.IsEphemeral.ShouldBeFalse();
        result.Buttons.ShouldBeEmpty();
        var embeds = result.Data!["embeds"]!.AsArray();
        ((string)embeds[0]!["title"]!).ShouldStartWith("Moves first reported since");
        result.EmbedText.ShouldContain("OpenAI");
        result.EmbedText.ShouldContain("**Person 1**");
        result.EmbedText.ShouldNotContain("Here is the digest.");
    }

    [Fact]
    public async Task DigestOfSeveralPages_PostsTheRestAsFollowUpsInOrder()
    {
        var digest = Notifications.Digest(count: 25, quoteLength: 3000);
        var pages = new Messages.ReplyRenderer().Answer(digest);
        var feature = new RecordingChannelCommands(new ChannelAnswer("", IsPrivate: false, digest));
        await using var host = await StartAsync(feature);
        var command = Payloads.Command("digest");

        var result = await host.SendAsync(command);
        var followUps = new List<RecordedCall>();
        for (var i = 1; i < pages.Count; i++)
            followUps.Add(await _discord.NextCallAsync(c => c.Method == "POST" && c.Path.StartsWith("/webhooks/", StringComparison.Ordinal)));

        pages.Count.ShouldBeGreaterThan(1);
        ((string)result.Data!["embeds"]![0]!["footer"]!["text"]!).ShouldEndWith($"Page 1 of {pages.Count}");
        for (var i = 0; i < followUps.Count; i++)
        {
            followUps[i].Path.ShouldBe($"/webhooks/{Payloads.ApplicationId}/{(string)command["token"]!}");
            ((string)followUps[i].Json!["embeds"]![0]!["footer"]!["text"]!).ShouldEndWith($"Page {i + 2} of {pages.Count}");
        }
    }

    [Fact]
    public async Task SubscribeButton_ReachesTheFeatureAsASubscribeCommand()
    {
        var feature = new RecordingChannelCommands(new ChannelAnswer("Subscribed to Meta.", IsPrivate: false));
        await using var host = await StartAsync(feature);

        var result = await host.SendAsync(Payloads.Button("sub|meta", permissions: ManageChannels));

        result.EmbedText.ShouldBe("Subscribed to Meta.");
        var command = feature.Commands.ShouldHaveSingleItem();
        command.Action.ShouldBe(ChannelAction.Subscribe);
        command.Organisation.ShouldBe("Meta");
        command.Channel.ShouldBe(DeliveryTarget.DiscordChannel(Payloads.ChannelId));
    }

    private Task<BotHost> StartAsync(RecordingChannelCommands feature) =>
        BotHost.StartAsync(_discord, services: s => s.AddSingleton<IChannelCommands>(feature));
}
