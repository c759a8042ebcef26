using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TalentBot.Chat.Connections;
using TalentBot.Discord.Gateway;
using TalentBot.Discord.Tests.Support;

namespace TalentBot.Discord.Tests;

/// <summary>
/// The Gateway client against a scripted Gateway on loopback: identify, heartbeats on the fake clock, zombied
/// connections, reconnect and resume, invalid sessions, the close codes that must stop it, and interactions answered
/// through the REST callback.
/// </summary>
public sealed class GatewayClientTests : IAsyncLifetime
{
    private const int Interval = 10_000;

    /// <summary>The shared reconnection log lines (TalentBot.Chat's ConnectionLog).</summary>
    private const int Reconnecting = 7100;
    private const int FailureDetail = 7101;

    private FakeDiscord _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    [Fact]
    public async Task Identifies_WithTheTokenAndNoIntents_OnTheUrlFromGatewayBot()
    {
        await using var gateway = await GatewayHarness.StartAsync(_discord);

        var socket = await _discord.NextSocketAsync();
        await socket.HelloAsync(Interval);
        var identify = await socket.ReceiveAsync(2);

        socket.Path.ShouldBe("/gateway?v=10&encoding=json");
        ((string)identify["d"]!["token"]!).ShouldBe(GatewayHarness.BotToken);
        ((int)identify["d"]!["intents"]!).ShouldBe(0);
        _discord.Calls.ShouldContain(c => c.Path == "/gateway/bot" && c.Header("Authorization") == "Bot " + GatewayHarness.BotToken);
    }

    [Fact]
    public async Task InteractionCreate_IsAnsweredThroughTheCallback()
    {
        await using var gateway = await GatewayHarness.StartAsync(_discord);
        var socket = await ReadyAsync();
        var interaction = Payloads.Command("who-left", new Dictionary<string, string> { ["org"] = "meta" });

        await socket.DispatchAsync("INTERACTION_CREATE", 2, interaction);
        var callback = await _discord.NextCallAsync(c => c.Path.StartsWith("/interactions/", StringComparison.Ordinal));

        callback.Path.ShouldBe($"/interactions/{(string)interaction["id"]!}/{(string)interaction["token"]!}/callback");
        ((int)callback.Json!["type"]!).ShouldBe(4);
        ((string)callback.Json!["data"]!["embeds"]![0]!["title"]!).ShouldBe("Who left Meta");
        gateway.Client.Status.ShouldBe(ConnectionStatus.Ready);
    }

    [Fact]
    public async Task FirstHeartbeat_ComesAfterTheIntervalTimesTheJitter_ThenEveryInterval()
    {
        await using var gateway = await GatewayHarness.StartAsync(_discord, jitter: 0.25);
        var socket = await ReadyAsync();

        await gateway.AdvanceAsync(TimeSpan.FromMilliseconds(2_400));
        (await socket.NothingWithinAsync(1, TimeSpan.FromMilliseconds(200))).ShouldBeTrue();
        await gateway.AdvanceAsync(TimeSpan.FromMilliseconds(100));
        var first = await socket.ReceiveAsync(1);
        await socket.SendAsync(new JsonObject { ["op"] = 11 });
        await gateway.AdvanceAsync(TimeSpan.FromMilliseconds(Interval));
        var second = await socket.ReceiveAsync(1);

        ((int)first["d"]!).ShouldBe(1);
        ((int)second["d"]!).ShouldBe(1);
    }

    [Fact]
    public async Task HeartbeatAskedFor_IsSentAtOnce()
    {
        await using var gateway = await GatewayHarness.StartAsync(_discord);
        var socket = await ReadyAsync();

        await socket.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });

        (await socket.ReceiveAsync(1, TimeSpan.FromSeconds(5)))["op"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task UnacknowledgedHeartbeat_ClosesTheZombieAndResumesOnTheResumeUrl()
    {
        await using var gateway = await GatewayHarness.StartAsync(_discord);
        var socket = await ReadyAsync(sequence: 7);

        await gateway.AdvanceAsync(TimeSpan.FromMilliseconds(Interval / 2));
        await socket.ReceiveAsync(1);
        await gateway.AdvanceAsync(TimeSpan.FromMilliseconds(Interval));
        var closeCode = await socket.ClosedByClient.WaitAsync(TimeSpan.FromSeconds(5));
        var resumed = await _discord.NextSocketAsync();
        await resumed.HelloAsync(Interval);
        var resume = await resumed.ReceiveAsync(6);

        closeCode.ShouldNotBeNull();
        closeCode.Value.ShouldNotBeOneOf(1000, 1001);
        resumed.Path.ShouldBe("/resume?v=10&encoding=json");
        ((string)resume["d"]!["session_id"]!).ShouldBe("session-1");
        ((int)resume["d"]!["seq"]!).ShouldBe(7);
        ((string)resume["d"]!["token"]!).ShouldBe(GatewayHarness.BotToken);
        gateway.Logs.All.ShouldContain("heartbeat not acknowledged");
    }

    [Fact]
    public async Task ReconnectRequest_ResumesOnTheResumeUrl()
    {
        await using var gateway = await GatewayHarness.StartAsync(_discord);
        var socket = await ReadyAsync();

        await socket.SendAsync(new JsonObject { ["op"] = 7, ["d"] = null });
        var resumed = await _discord.NextSocketAsync();
        await resumed.HelloAsync(Interval);
        await resumed.ReceiveAsync(6);
        await resumed.DispatchAsync("RESUMED", 2, new JsonObject());

        (await socket.ClosedByClient.WaitAsync(TimeSpan.FromSeconds(5))).ShouldNotBe(1000);
        resumed.Path.ShouldStartWith("/resume");
    }

    [Fact]
    public async Task ResumableClose_Resumes()
    {
        await using var gateway = await GatewayHarness.StartAsync(_discord);
        var socket = await ReadyAsync();

        await socket.CloseAsync(4000);
        var resumed = await _discord.NextSocketAsync();
        await resumed.HelloAsync(Interval);

        (await resumed.ReceiveAsync(6))["d"]!["session_id"]!.GetValue<string>().ShouldBe("session-1");
    }

    [Fact]
    public async Task InvalidSessionNotResumable_PausesThenIdentifiesAnewOnTheGatewayUrl()
    {
        await using var gateway = await GatewayHarness.StartAsync(_discord, jitter: 0.5);
        var socket = await ReadyAsync();

        await socket.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false });
        await socket.ClosedByClient.WaitAsync(TimeSpan.FromSeconds(5));
        (await _discord.NoSocketWithinAsync(TimeSpan.FromMilliseconds(300))).ShouldBeTrue();
        await gateway.AdvanceAsync(TimeSpan.FromSeconds(3));
        var fresh = await _discord.NextSocketAsync();
        await fresh.HelloAsync(Interval);

        fresh.Path.ShouldStartWith("/gateway");
        (await fresh.ReceiveAsync(2))["d"]!["intents"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task InvalidSessionResumable_Resumes()
    {
        await using var gateway = await GatewayHarness.StartAsync(_discord);
        var socket = await ReadyAsync();

        await socket.SendAsync(new JsonObject { ["op"] = 9, ["d"] = true });
        var resumed = await _discord.NextSocketAsync();
        await resumed.HelloAsync(Interval);

        await resumed.ReceiveAsync(6);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task SessionEndingClose_IdentifiesAnew(int code)
    {
        await using var gateway = await GatewayHarness.StartAsync(_discord);
        var socket = await ReadyAsync();

        await socket.CloseAsync(code);
        var fresh = await _discord.NextSocketAsync();
        await fresh.HelloAsync(Interval);

        fresh.Path.ShouldStartWith("/gateway");
        await fresh.ReceiveAsync(2);
    }

    [Theory]
    [InlineData(4004, "authentication failed")]
    [InlineData(4010, "invalid shard")]
    [InlineData(4011, "sharding required")]
    [InlineData(4012, "invalid API version")]
    [InlineData(4013, "invalid intents")]
    [InlineData(4014, "disallowed intents")]
    public async Task FatalClose_StopsWithoutReconnectingAndSaysWhy(int code, string reason)
    {
        await using var gateway = await GatewayHarness.StartAsync(_discord);
        var socket = await _discord.NextSocketAsync();
        await socket.HelloAsync(Interval);
        await socket.ReceiveAsync(2);

        await socket.CloseAsync(code);
        await gateway.AdvanceAsync(TimeSpan.FromMinutes(2));

        (await _discord.NoSocketWithinAsync(TimeSpan.FromMilliseconds(300))).ShouldBeTrue();
        gateway.Client.Status.ShouldBe(ConnectionStatus.Stopped);
        gateway.Client.StopReason!.ShouldContain(reason);
        gateway.Logs.All.ShouldContain($"Critical");
    }

    [Fact]
    public async Task DroppedBeforeReady_ReconnectsAfterABackoffOnTheClock()
    {
        await using var gateway = await GatewayHarness.StartAsync(_discord, jitter: 0.5);
        var socket = await _discord.NextSocketAsync();
        var before = gateway.Time.Armed;

        await socket.CloseAsync(4000);
        await gateway.Time.TimerArmedAsync(before, due => due > TimeSpan.Zero && due <= ReconnectLoop.MaxBackoff);

        (await _discord.NoSocketWithinAsync(TimeSpan.FromMilliseconds(300))).ShouldBeTrue();
        gateway.Time.Advance(ReconnectLoop.MaxBackoff);
        var again = await _discord.NextSocketAsync();
        await again.HelloAsync(Interval);
        await again.ReceiveAsync(2);
    }

    [Fact]
    public async Task EachReconnection_IsOneWarningLineWithTheReasonAndTheWait_TheExceptionOnlyAtDebug()
    {
        await using var gateway = await GatewayHarness.StartAsync(_discord, jitter: 0.5);
        var socket = await ReadyAsync();
        var before = gateway.Time.Armed;

        // An unreadable payload ends the connection with an exception; reconnecting waits out a backoff on the clock.
        await socket.SendRawAsync("{not json");
        var first = await gateway.Logs.WaitForAsync(l => l.EventId == Reconnecting);
        await gateway.Time.TimerArmedAsync(before, due => Says(first, due));
        gateway.Time.Advance(ReconnectLoop.MaxBackoff);
        var resumed = await _discord.NextSocketAsync();
        // Closed again before the session resumed: the second failure in a row backs off too.
        before = gateway.Time.Armed;
        await resumed.CloseAsync(4000);
        var second = await gateway.Logs.WaitForAsync(l => l.EventId == Reconnecting && l != first);
        await gateway.Time.TimerArmedAsync(before, due => Says(second, due));

        var reconnections = gateway.Logs.Entries.Where(l => l.EventId == Reconnecting).ToList();
        reconnections.ShouldBe([first, second]);
        reconnections.ShouldAllBe(l => l.Level == LogLevel.Warning && l.Exception == null);
        first.Message.ShouldStartWith("Gateway connection ended (JsonException: ");
        second.Message.ShouldStartWith("Gateway connection ended (closed by Discord with code 4000); reconnecting in ");
        gateway.Logs.Entries.Where(l => l.Category == typeof(GatewayClient).FullName && l.Level >= LogLevel.Information && l.EventId != 5030)
               .ShouldBe(reconnections, "one line per reconnection, nothing else but Ready");
        var detail = gateway.Logs.Entries.Where(l => l.EventId == FailureDetail).ShouldHaveSingleItem();
        detail.Level.ShouldBe(LogLevel.Debug);
        detail.Exception.ShouldBeOfType<System.Text.Json.JsonException>();
    }

    [Fact]
    public async Task ReconnectAskedForByDiscord_IsOneInformationLine()
    {
        await using var gateway = await GatewayHarness.StartAsync(_discord);
        var socket = await ReadyAsync();

        await socket.SendAsync(new JsonObject { ["op"] = 7, ["d"] = null });
        await _discord.NextSocketAsync();

        var line = gateway.Logs.Entries.Where(l => l.EventId == Reconnecting).ShouldHaveSingleItem();
        line.Level.ShouldBe(LogLevel.Information);
        line.Message.ShouldBe("Gateway connection ended (Discord asked to reconnect); reconnecting in 0 ms");
    }

    [Fact]
    public async Task TheBotTokenNeverReachesTheLogs()
    {
        await using var gateway = await GatewayHarness.StartAsync(_discord);
        var socket = await ReadyAsync();
        await socket.CloseAsync(4004);
        await gateway.Logs.WaitForAsync(l => l.EventId == 7102);

        gateway.Logs.All.ShouldContain("Gateway ready");
        gateway.Logs.All.ShouldNotContain(GatewayHarness.BotToken);
    }

    /// <summary>Whether a reconnection line names <paramref name="due"/> as its wait: the log tells the truth about the timer.</summary>
    private static bool Says(LogLine line, TimeSpan due) =>
        due > TimeSpan.Zero && due <= ReconnectLoop.MaxBackoff && line.Message.EndsWith($"reconnecting in {(long)due.TotalMilliseconds} ms", StringComparison.Ordinal);

    private async Task<FakeGatewaySocket> ReadyAsync(int sequence = 1)
    {
        var socket = await _discord.NextSocketAsync();
        await socket.HelloAsync(Interval);
        await socket.ReceiveAsync(2);
        await socket.ReadyAsync("session-1", _discord.ResumeUrl, sequence);
        return socket;
    }
}
