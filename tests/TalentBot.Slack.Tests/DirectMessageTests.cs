using TalentBot.Chat.Connections;
using TalentBot.Slack.Http;
using TalentBot.Slack.Messages;
using TalentBot.Slack.SocketMode;
using TalentBot.Slack.Tests.Support;

namespace TalentBot.Slack.Tests;

/// <summary>
/// Direct messages to the bot (<c>message.im</c>, as Slack's reference shows them) over loopback: answered like
/// mentions, in the conversation itself; what is not a person's new question is ignored; and no Subscribe button is
/// offered in a direct message, where a subscription could only be refused.
/// </summary>
public sealed class DirectMessageTests : IAsyncLifetime
{
    private FakeSlack _slack = null!;
    private SlackHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _host = await SlackHost.StartAsync(_slack);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task DirectMessage_IsAcknowledgedEmpty_ThenAnsweredInTheConversation_NotInAThread()
    {
        var ack = await _host.EventAsync(HomePayloads.DirectMessage("who joined OpenAI?"));
        var post = await _slack.NextCallAsync("/api/chat.postMessage");

        ack.Status.ShouldBe(200);
        ack.Body.ShouldBeEmpty();
        ((string)post.Json!["channel"]!).ShouldBe(HomePayloads.DirectChannel);
        post.Json!["thread_ts"].ShouldBeNull();
        ((string)post.Json!["text"]!).ShouldBe("Who joined OpenAI");
        post.BlockText.ShouldContain("Chaya Nayak");
    }

    [Fact]
    public async Task DirectMessageInAThread_IsAnsweredInThatThread()
    {
        await _host.EventAsync(HomePayloads.DirectMessage("who left meta", ts: "1700000019.000100", threadTs: "1700000011.000100"));
        var post = await _slack.NextCallAsync("/api/chat.postMessage");

        ((string)post.Json!["thread_ts"]!).ShouldBe("1700000011.000100");
    }

    [Theory]
    [InlineData("Pourquoi les chercheurs quittent-ils Meta ?", "Voici ce que disent les sources")]
    [InlineData("/who-left meta", "Who left Meta")]
    public async Task DirectMessage_IsAnsweredInItsLanguage_AndWithoutASubscribeButton(string text, string answerStart)
    {
        await _host.EventAsync(HomePayloads.DirectMessage(text));
        var post = await _slack.NextCallAsync("/api/chat.postMessage");

        ((string)post.Json!["text"]!).ShouldStartWith(answerStart);
        Blocks.Buttons(post.Json!).ShouldNotContain(b => (string)b["action_id"]! == ButtonActions.SubscribeId);
    }

    [Theory]
    [InlineData("message_changed", null, Payloads.User)]
    [InlineData("bot_message", null, Payloads.User)]
    [InlineData(null, "B0OTHERBOT", "U0OTHERBOT")]
    [InlineData(null, null, Payloads.BotUser)]
    public async Task EditsBotsAndOurOwnMessages_AreAcknowledged_AndNotAnswered(string? subtype, string? botId, string user)
    {
        var ack = await _host.EventAsync(HomePayloads.DirectMessage("who left meta", subtype: subtype, botId: botId, user: user));
        await _host.FollowUpsDoneAsync();

        ack.Status.ShouldBe(200);
        _slack.Calls.ShouldNotContain(c => c.Path.StartsWith("/api/chat.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MessageInAChannel_IsNotADirectMessage_AndIsIgnored()
    {
        var envelope = HomePayloads.DirectMessage("who left meta");
        envelope["event"]!["channel_type"] = "channel";
        envelope["event"]!["channel"] = Payloads.Channel;

        var ack = await _host.EventAsync(envelope);
        await _host.FollowUpsDoneAsync();

        ack.Status.ShouldBe(200);
        _slack.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task RedeliveredDirectMessage_IsAnsweredOnce()
    {
        var message = HomePayloads.DirectMessage("who left meta", eventId: "Ev0DMTWICE");

        await _host.EventAsync(message);
        await _host.EventAsync(message.DeepClone().AsObject(), new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1" });
        await _slack.NextCallAsync("/api/chat.postMessage");
        await _host.FollowUpsDoneAsync();

        _slack.Calls.Count(c => c.Path == "/api/chat.postMessage").ShouldBe(1);
    }

    [Theory]
    [InlineData(Payloads.Channel, true)]
    [InlineData(HomePayloads.DirectChannel, false)]
    public async Task SlashCommand_OffersSubscribe_OnlyInAChannel(string channel, bool offered)
    {
        var fields = Payloads.CommandFields("/who-left", "meta", _slack.ResponseUrl());
        fields["channel_id"] = channel;

        var result = await _host.PostAsync(SlackEndpoints.CommandsPath, Payloads.Form(fields.ToDictionary(p => p.Key, p => (string)p.Value!)));

        result.BlockText.ShouldContain("Avi Verma");
        result.Buttons.Any(b => (string)b["action_id"]! == ButtonActions.SubscribeId).ShouldBe(offered);
    }

    [Fact]
    public async Task DirectMessageOverSocketMode_IsAcknowledged_ThenAnswered()
    {
        await using var bot = await SocketModeHarness.StartAsync(_slack);
        var socket = await _slack.NextSocketAsync();
        await socket.HelloAsync();
        await bot.StatusBecomesAsync(ConnectionStatus.Ready);

        var id = await socket.EnvelopeAsync("events_api", HomePayloads.DirectMessage("who joined OpenAI?"));
        var ack = await socket.ReceiveAsync();
        var post = await _slack.NextCallAsync("/api/chat.postMessage");

        ack.ToJsonString().ShouldBe($$"""{"envelope_id":"{{id}}"}""");
        ((string)post.Json!["channel"]!).ShouldBe(HomePayloads.DirectChannel);
    }
}
