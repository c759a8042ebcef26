using TalentBot.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using TalentBot.Chat.Connections;
using TalentBot.Slack.SocketMode;
using TalentBot.Slack.Tests.Support;

namespace TalentBot.Slack.Tests;

/// <summary>
/// Socket Mode against a fake Slack on loopback: a fresh URL per connection, envelopes acknowledged by id (a slash
/// command's answer inside the acknowledgement), refreshes and disconnects, backoff on the fake clock, and the
/// ends that must not loop.
/// </summary>
public sealed class SocketModeTests : IAsyncLifetime
{
    /// <summary>Slack:AnswerBudgetMilliseconds's default: how long a slash command's answer may ride in the acknowledgement.</summary>
    private static readonly TimeSpan AnswerBudget = TimeSpan.FromSeconds(2);

    private FakeSlack _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public async Task Connects_WithAUrlOpenedByTheAppToken_AndIsReadyAfterHello()
    {
        await using var bot = await SocketModeHarness.StartAsync(_slack);

        var socket = await _slack.NextSocketAsync();
        var open = _slack.Calls.ShouldHaveSingleItem();
        open.Path.ShouldBe("/api/apps.connections.open");
        open.Header("Authorization").ShouldBe("Bearer " + WebApiHarness.AppToken);
        socket.Path.ShouldBe("/link/?ticket=1");
        (await bot.HealthAsync()).Status.ShouldBe(HealthStatus.Degraded);

        await socket.HelloAsync();

        await bot.StatusBecomesAsync(ConnectionStatus.Ready);
        (await bot.HealthAsync()).Status.ShouldBe(HealthStatus.Healthy);
    }

    [Fact]
    public async Task SlashCommand_IsAcknowledgedWithTheAnswerInItsPayload()
    {
        await using var bot = await SocketModeHarness.StartAsync(_slack);
        var socket = await ReadySocketAsync(bot);

        var id = await socket.EnvelopeAsync("slash_commands", Payloads.CommandFields("/who-left", "meta", _slack.ResponseUrl()), acceptsResponsePayload: true);
        var ack = await socket.ReceiveAsync();

        ((string)ack["envelope_id"]!).ShouldBe(id);
        ((string)ack["payload"]!["response_type"]!).ShouldBe("in_channel");
        ((string)ack["payload"]!["text"]!).ShouldBe("Who left Meta");
        (await _slack.NoCallWithinAsync("/hooks/", TimeSpan.FromMilliseconds(300))).ShouldBeTrue();
    }

    [Fact]
    public async Task SlowSlashCommand_IsAcknowledgedInTime_ThenDeliveredThroughItsResponseUrl()
    {
        var answers = new HeldAnswers(FoundingStore.Answers);
        await using var bot = await SocketModeHarness.StartAsync(_slack, answers);
        var socket = await ReadySocketAsync(bot);

        var before = bot.Time.Armed;
        await socket.EnvelopeAsync("slash_commands", Payloads.CommandFields("/ask", "why do researchers leave Meta?", _slack.ResponseUrl()), true);
        await bot.Time.TimerArmedAsync(before, due => due == AnswerBudget);
        bot.Time.Advance(AnswerBudget);
        var ack = await socket.ReceiveAsync();
        answers.Release();
        var delivered = await _slack.NextCallAsync("/hooks/");

        ack["payload"]!.ToJsonString().ShouldBe("""{"response_type":"in_channel"}""");
        ((string)delivered.Json!["response_type"]!).ShouldBe("in_channel");
    }

    [Fact]
    public async Task Mention_IsAcknowledgedAtOnce_AndAnsweredInItsThread()
    {
        await using var bot = await SocketModeHarness.StartAsync(_slack);
        var socket = await ReadySocketAsync(bot);

        var id = await socket.EnvelopeAsync("events_api", Payloads.Mention($"<@{Payloads.BotUser}> who joined OpenAI?", ts: "1700000005.000500"));
        var ack = await socket.ReceiveAsync();
        var post = await _slack.NextCallAsync("/api/chat.postMessage");

        ack.ToJsonString().ShouldBe($$"""{"envelope_id":"{{id}}"}""");
        ((string)post.Json!["thread_ts"]!).ShouldBe("1700000005.000500");
        ((string)post.Json!["text"]!).ShouldBe("Who joined OpenAI");
    }

    [Fact]
    public async Task Click_IsAcknowledged_AndAnsweredThroughItsResponseUrl()
    {
        await using var bot = await SocketModeHarness.StartAsync(_slack);
        var socket = await ReadySocketAsync(bot);

        var id = await socket.EnvelopeAsync("interactive", Payloads.ClickPayload("talentbot-sources", "s|0|en|/who-left meta", _slack.ResponseUrl("act")));
        var ack = await socket.ReceiveAsync();
        var delivered = await _slack.NextCallAsync("/hooks/act/");

        ((string)ack["envelope_id"]!).ShouldBe(id);
        ((string)delivered.Json!["response_type"]!).ShouldBe("ephemeral");
    }

    [Fact]
    public async Task EventRedeliveredInANewEnvelope_IsAcknowledgedAgain_ButAnsweredOnce()
    {
        await using var bot = await SocketModeHarness.StartAsync(_slack);
        var socket = await ReadySocketAsync(bot);
        var mention = Payloads.Mention($"<@{Payloads.BotUser}> who left meta", eventId: "Ev0TWICE");

        var first = await socket.EnvelopeAsync("events_api", mention);
        var firstAck = await socket.ReceiveAsync();
        var second = await socket.EnvelopeAsync("events_api", mention.DeepClone());
        var secondAck = await socket.ReceiveAsync();
        await _slack.NextCallAsync("/api/chat.postMessage");

        ((string)firstAck["envelope_id"]!).ShouldBe(first);
        ((string)secondAck["envelope_id"]!).ShouldBe(second);
        (await _slack.NoCallWithinAsync("/api/chat.postMessage", TimeSpan.FromMilliseconds(500))).ShouldBeTrue();
    }

    [Fact]
    public async Task EnvelopeThatMakesNoSense_IsStillAcknowledged_AndTheConnectionCarriesOn()
    {
        await using var bot = await SocketModeHarness.StartAsync(_slack);
        var socket = await ReadySocketAsync(bot);

        var broken = await socket.EnvelopeAsync("slash_commands", new System.Text.Json.Nodes.JsonObject { ["command"] = "/who-left" }, true);
        var brokenAck = await socket.ReceiveAsync();
        var unknown = await socket.EnvelopeAsync("something_new", new System.Text.Json.Nodes.JsonObject());
        var unknownAck = await socket.ReceiveAsync();
        await socket.SendAsync(new System.Text.Json.Nodes.JsonObject { ["envelope_id"] = 42, ["type"] = new System.Text.Json.Nodes.JsonArray() });
        await socket.EnvelopeAsync("slash_commands", Payloads.CommandFields("/who-left", "meta", _slack.ResponseUrl()), true);
        var answered = await socket.ReceiveAsync();

        brokenAck.ToJsonString().ShouldBe($$"""{"envelope_id":"{{broken}}"}""");
        unknownAck.ToJsonString().ShouldBe($$"""{"envelope_id":"{{unknown}}"}""");
        ((string)answered["payload"]!["text"]!).ShouldBe("Who left Meta");
        bot.Client.Status.ShouldBe(ConnectionStatus.Ready);
    }

    [Theory]
    [InlineData("refresh_requested")]
    [InlineData("warning")]
    public async Task Disconnect_ReconnectsAtOnce_WithAFreshUrl_InOneInformationLine(string reason)
    {
        await using var bot = await SocketModeHarness.StartAsync(_slack);
        var first = await ReadySocketAsync(bot);

        await first.DisconnectAsync(reason);
        var second = await _slack.NextSocketAsync();

        second.Path.ShouldBe("/link/?ticket=2");
        _slack.Calls.Count(c => c.Path == "/api/apps.connections.open").ShouldBe(2);
        (await first.ClosedByClient.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe(1000);
        await second.HelloAsync();
        await bot.StatusBecomesAsync(ConnectionStatus.Ready, after: 1);
        var line = bot.Logs.Entries.Where(l => l.Message.StartsWith("Socket Mode connection ended", StringComparison.Ordinal)).ShouldHaveSingleItem();
        line.Level.ShouldBe(LogLevel.Information, "a routine reconnection, not a fault");
        line.Message.ShouldBe($"Socket Mode connection ended (Slack asked to disconnect: {reason}); reconnecting in 0 ms");
    }

    [Fact]
    public async Task LinkDisabled_StopsAndSaysWhy_WithoutReconnecting()
    {
        await using var bot = await SocketModeHarness.StartAsync(_slack);
        var socket = await ReadySocketAsync(bot);

        await socket.DisconnectAsync("link_disabled");
        await bot.StatusBecomesAsync(ConnectionStatus.Stopped);

        bot.Client.StopReason!.ShouldContain("link_disabled");
        (await _slack.NoSocketWithinAsync(TimeSpan.FromMilliseconds(500))).ShouldBeTrue();
        (await bot.HealthAsync()).Status.ShouldBe(HealthStatus.Unhealthy);
        bot.Logs.All.ShouldContain("Socket Mode stopped and will not reconnect");
    }

    [Fact]
    public async Task ClosedBeforeHello_BacksOffOnTheClock_ThenReconnects()
    {
        await using var bot = await SocketModeHarness.StartAsync(_slack);
        var first = await _slack.NextSocketAsync();
        var before = bot.Time.Armed;

        await first.CloseAsync();
        var line = await bot.Logs.WaitForAsync(l => l.Message.StartsWith("Socket Mode connection ended (closed by Slack", StringComparison.Ordinal));
        await bot.Time.TimerArmedAsync(before, due => line.Message.EndsWith($"reconnecting in {(long)due.TotalMilliseconds} ms", StringComparison.Ordinal));

        line.Level.ShouldBe(LogLevel.Warning);
        (await _slack.NoSocketWithinAsync(TimeSpan.FromMilliseconds(500))).ShouldBeTrue();
        bot.Time.Advance(ReconnectLoop.MaxBackoff);
        var second = await _slack.NextSocketAsync();
        second.Path.ShouldBe("/link/?ticket=2");
    }

    [Fact]
    public async Task DroppedAfterHello_ReconnectsAtOnce()
    {
        await using var bot = await SocketModeHarness.StartAsync(_slack);
        var first = await ReadySocketAsync(bot);

        await first.CloseAsync();
        var second = await _slack.NextSocketAsync();

        second.Path.ShouldBe("/link/?ticket=2");
        bot.Logs.Entries.ShouldContain(l => l.Message == "Socket Mode connection ended (closed by Slack with code 1000); reconnecting in 0 ms");
    }

    [Fact]
    public async Task AppTokenRefused_StopsAndNamesTheVariable()
    {
        _slack.Script("/api/apps.connections.open", FakeResponse.Error("invalid_auth"));
        await using var bot = await SocketModeHarness.StartAsync(_slack);

        await bot.StatusBecomesAsync(ConnectionStatus.Stopped);

        bot.Client.StopReason!.ShouldContain("SLACK_APP_TOKEN");
        bot.Client.StopReason!.ShouldNotContain(WebApiHarness.AppToken);
        (await _slack.NoSocketWithinAsync(TimeSpan.FromMilliseconds(300))).ShouldBeTrue();
    }

    [Fact]
    public async Task OpeningFails_IsRetriedWithBackoff_OneLineEachWithoutAStackTrace()
    {
        _slack.Script("/api/apps.connections.open", FakeResponse.Error("internal_error"), FakeResponse.Error("internal_error"));
        await using var bot = await SocketModeHarness.StartAsync(_slack);

        var armed = 0;
        for (var failure = 0; failure < 2; failure++)
        {
            // Each failure is one line naming its wait, and a timer of that wait: the clock moves on by exactly that.
            await bot.Logs.WaitForAsync(_ => OpeningFailures(bot).Count > failure);
            var line = OpeningFailures(bot)[failure];
            var wait = TimeSpan.Zero;
            await bot.Time.TimerArmedAsync(armed, due =>
            {
                wait = due;
                return line.Message.EndsWith($"reconnecting in {(long)due.TotalMilliseconds} ms", StringComparison.Ordinal);
            });
            armed = bot.Time.Armed;
            bot.Time.Advance(wait);
        }
        var socket = await _slack.NextSocketAsync();

        socket.Path.ShouldStartWith("/link/");
        OpeningFailures(bot).Count.ShouldBe(2);
        OpeningFailures(bot).ShouldAllBe(l => l.Level == LogLevel.Warning && l.Exception == null, "one line per retry, no stack trace");
    }

    private static List<LogLine> OpeningFailures(SocketModeHarness bot) =>
        bot.Logs.Entries.Where(l => l.Message.StartsWith("Socket Mode connection ended (SlackApiException", StringComparison.Ordinal)).ToList();

    private async Task<FakeSocket> ReadySocketAsync(SocketModeHarness bot)
    {
        var socket = await _slack.NextSocketAsync();
        await socket.HelloAsync();
        await bot.StatusBecomesAsync(ConnectionStatus.Ready);
        return socket;
    }
}
