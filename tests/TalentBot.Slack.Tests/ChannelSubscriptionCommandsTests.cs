using Microsoft.Extensions.DependencyInjection;
using TalentBot.Alerts.Subscriptions;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Slack.Tests.Support;

namespace TalentBot.Slack.Tests;

/// <summary>
/// The subscription commands answered by the alerts layer, here a recording one: what it is asked for a Slack
/// channel, and how its answers reach the channel (a digest rendered for everyone, every page of it).
/// </summary>
public sealed class ChannelSubscriptionCommandsTests : IAsyncLifetime
{
    private FakeSlack _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Theory]
    [InlineData("/subscribe", ChannelAction.Subscribe)]
    [InlineData("/unsubscribe", ChannelAction.Unsubscribe)]
    [InlineData("/subscriptions", ChannelAction.List)]
    [InlineData("/Digest", ChannelAction.Digest)]
    public async Task Command_ReachesTheAlertsLayerAsAChannelCommandForTheSlackChannel(string name, ChannelAction expected)
    {
        var feature = new RecordingChannelCommands(new ChannelAnswer("Done.", IsPrivate: true));
        await using var host = await StartAsync(feature);

        var result = await host.CommandAsync(name, "Jason Wei", _slack);

        feature.Commands.ShouldHaveSingleItem().ShouldBe(new ChannelCommand(expected, DeliveryTarget.SlackChannel(Payloads.Channel), Payloads.User,
            Language.English, Subject: "Jason Wei"));
        result.BlockText.ShouldBe("Done.");
    }

    [Fact]
    public async Task PrivateAnswer_IsEphemeral()
    {
        var feature = new RecordingChannelCommands(new ChannelAnswer("This channel follows Meta.", IsPrivate: true));
        await using var host = await StartAsync(feature);

        var result = await host.CommandAsync("/subscriptions", "", _slack);

        result.IsEphemeral.ShouldBeTrue();
        result.BlockText.ShouldBe("This channel follows Meta.");
        feature.Commands.ShouldHaveSingleItem().Action.ShouldBe(ChannelAction.List);
    }

    [Fact]
    public async Task Digest_IsRenderedLikeAnAnswer_ForTheWholeChannel()
    {
        var feature = new RecordingChannelCommands(new ChannelAnswer("Here is the digest.", IsPrivate: true, Notifications.Digest(count: 6)));
        await using var host = await StartAsync(feature);

        var result = await host.CommandAsync("/digest", "", _slack);

        result.ResponseType.ShouldBe("in_channel");
        result.Buttons.ShouldBeEmpty();
        ((string)result.Json["text"]!).ShouldStartWith("Moves first reported since");
        result.BlockText.ShouldContain("*OpenAI*");
        result.BlockText.ShouldContain("*Person 1*");
        result.BlockText.ShouldNotContain("Here is the digest.");
    }

    [Fact]
    public async Task DigestOfSeveralPages_PostsTheRestThroughTheResponseUrlInOrder()
    {
        var digest = Notifications.Digest(count: 25, quoteLength: 2500);
        var pages = new Messages.ReplyRenderer().Answer(digest).Count;
        var feature = new RecordingChannelCommands(new ChannelAnswer("", IsPrivate: false, digest));
        await using var host = await StartAsync(feature);

        var result = await host.CommandAsync("/digest", "", _slack);
        var followUps = new List<RecordedCall>();
        for (var i = 1; i < pages; i++) followUps.Add(await _slack.NextCallAsync("/hooks/"));

        pages.ShouldBeGreaterThan(1);
        Texts.Of(result.Json["blocks"]!.AsArray()[^1]).ShouldBe($"Page 1 of {pages}");
        for (var i = 0; i < followUps.Count; i++)
        {
            ((string)followUps[i].Json!["response_type"]!).ShouldBe("in_channel");
            Texts.Of(followUps[i].Json!["blocks"]!.AsArray()[^1]).ShouldBe($"Page {i + 2} of {pages}");
        }
    }

    [Fact]
    public async Task SubscribeButton_ReachesTheFeatureAsASubscribeCommand()
    {
        var feature = new RecordingChannelCommands(new ChannelAnswer("Subscribed to Meta.", IsPrivate: false));
        await using var host = await StartAsync(feature);
        var click = Payloads.ClickPayload("talentbot-subscribe", "en|meta", _slack.ResponseUrl("click"));

        await host.ClickAsync(click);
        var delivered = await _slack.NextCallAsync("/hooks/click");

        delivered.BlockText.ShouldBe("Subscribed to Meta.");
        var command = feature.Commands.ShouldHaveSingleItem();
        command.Action.ShouldBe(ChannelAction.Subscribe);
        command.Subject.ShouldBe("Meta");
        command.Channel.ShouldBe(DeliveryTarget.SlackChannel(Payloads.Channel));
    }

    private Task<SlackHost> StartAsync(RecordingChannelCommands feature) =>
        SlackHost.StartAsync(_slack, services: s => s.AddSingleton<IChannelCommands>(feature));
}
