using TalentBot.Alerts.Subscriptions;
using TalentBot.Chat.Subscriptions;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Core.Replies;
using TalentBot.Testing;
using Sample = TalentBot.Testing.Replies;

namespace TalentBot.Chat.Tests;

/// <summary>What both platforms do with a subscription command: know it by name, ask the alerts layer, make messages of the answer.</summary>
public sealed class SubscriptionCommandsTests
{
    private static readonly ChannelCommand List =
        new(ChannelAction.List, DeliveryTarget.SlackChannel("C0123ABCD"), "U1", Language.French);

    [Theory]
    [InlineData("subscribe", ChannelAction.Subscribe)]
    [InlineData("unsubscribe", ChannelAction.Unsubscribe)]
    [InlineData("subscriptions", ChannelAction.List)]
    [InlineData("digest", ChannelAction.Digest)]
    public void ActionOf_KnowsEachCommand(string name, ChannelAction action)
    {
        SubscriptionCommands.ActionOf(name).ShouldBe(action);
    }

    [Theory]
    [InlineData("who-left")]
    [InlineData("Subscribe")]
    [InlineData("")]
    [InlineData(null)]
    public void ActionOf_AnyOtherName_IsNone(string? name)
    {
        SubscriptionCommands.ActionOf(name).ShouldBeNull();
    }

    [Fact]
    public async Task Answer_IsOneTextMessage_AndTheCommandReachesTheAlertsLayerAsGiven()
    {
        var alerts = new RecordingChannelCommands(new ChannelAnswer("Ce canal suit Meta.", IsPrivate: true));

        var messages = await SubscriptionCommands.MessagesAsync(alerts, List, Pages, Text, CancellationToken.None);

        messages.ShouldBe(["private: Ce canal suit Meta."]);
        alerts.Commands.ShouldBe([List]);
    }

    [Fact]
    public async Task Digest_IsEveryPageOfItsRendering_NotTheText()
    {
        var digest = Sample.WhoLeft([], title: "Digest");
        var alerts = new RecordingChannelCommands(new ChannelAnswer("Here is the digest.", IsPrivate: true, digest));

        var messages = await SubscriptionCommands.MessagesAsync(alerts, List with { Action = ChannelAction.Digest },
            reply => ["page 1 of " + reply.Title, "page 2 of " + reply.Title], Text, CancellationToken.None);

        messages.ShouldBe(["page 1 of Digest", "page 2 of Digest"]);
    }

    [Fact]
    public async Task DigestThatRendersToNothing_FallsBackToTheText()
    {
        var alerts = new RecordingChannelCommands(new ChannelAnswer("Nothing new today.", IsPrivate: false, Sample.WhoLeft([])));

        var messages = await SubscriptionCommands.MessagesAsync(alerts, List, _ => [], Text, CancellationToken.None);

        messages.ShouldBe(["public: Nothing new today."]);
    }

    [Fact]
    public async Task FailureOfTheAlertsLayer_ReachesTheCaller_WhichApologises()
    {
        var failing = new RecordingChannelCommands(_ => throw new InvalidOperationException("store closed"));

        await Should.ThrowAsync<InvalidOperationException>(() => SubscriptionCommands.MessagesAsync(failing, List, Pages, Text, CancellationToken.None));
    }

    private static IReadOnlyList<string> Pages(Reply reply) => [reply.Title];

    private static string Text(ChannelAnswer answer) => (answer.IsPrivate ? "private: " : "public: ") + answer.Text;
}
