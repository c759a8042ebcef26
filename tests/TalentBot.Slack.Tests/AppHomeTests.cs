using TalentBot.Chat.Connections;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TalentBot.Answering.Links;
using TalentBot.Core;
using TalentBot.Slack.Home;
using TalentBot.Slack.Tests.Support;

namespace TalentBot.Slack.Tests;

/// <summary>
/// The App Home's Home tab over loopback: an <c>app_home_opened</c> event (as Slack's reference shows it) is
/// acknowledged at once, then <c>views.publish</c> reaches the fake Slack with the workspace's subscriptions and the
/// moves they heard of, each citing its sources; within Block Kit's limits, in the subscribers' language.
/// </summary>
public sealed class AppHomeTests : IAsyncLifetime, IDisposable
{
    private readonly HomeWorld _world = new();
    private FakeSlack _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    public void Dispose() => _world.Dispose();

    private Task<SlackHost> HostAsync(bool alerts = true, string prefix = "") => SlackHost.StartAsync(_slack,
        settings: new Dictionary<string, string?> { ["Slack:CommandPrefix"] = prefix },
        services: alerts ? _world.Register : null,
        now: HomeWorld.Seeded.AddDays(1));

    [Fact]
    public async Task HomeOpened_PublishesTheSubscriptions_AndTheirRecentMoves_WithSources()
    {
        _world.Subscribe(Payloads.Channel, "meta", Language.English);
        // Served source pages, as with Serve:PublicUrl: the founding articles have no URL of their own.
        await using var host = await SlackHost.StartAsync(_slack, now: HomeWorld.Seeded.AddDays(1), services: services =>
        {
            _world.Register(services);
            services.AddSingleton(new CitationLinks(new Uri("https://talentbot.example.com")));
        });

        var ack = await host.EventAsync(HomePayloads.HomeOpened());
        var publish = await _slack.NextCallAsync("/api/views.publish");

        ack.Status.ShouldBe(200);
        ack.Body.ShouldBeEmpty();
        publish.Header("Authorization").ShouldBe("Bearer " + SlackHost.BotToken);
        ((string)publish.Json!["user_id"]!).ShouldBe(Payloads.User);
        ((string)publish.Json!["view"]!["type"]!).ShouldBe("home");
        var blocks = publish.Json!["view"]!["blocks"]!.AsArray();
        blocks.Count.ShouldBeLessThanOrEqualTo(HomeLimits.BlocksPerView);
        var text = Texts.Of(blocks);
        text.ShouldContain("Subscriptions");
        text.ShouldContain($"<#{Payloads.Channel}> follows Meta. Digest: 0 9 * * * Europe/Paris.");
        text.ShouldContain("Moves of the last 7 days");
        text.ShouldContain("Shengjia Zhao");
        // Each move cites its source as replies do: a link to the sentence on its source page.
        text.ShouldContain("<https://talentbot.example.com/sources/");
        BlockKit.ShouldRespectLimits(blocks);
    }

    [Theory]
    [InlineData(Language.French, "Abonnements", "suit Meta", "Mouvements des 7 derniers jours")]
    [InlineData(Language.Italian, "Iscrizioni", "segue Meta", "Spostamenti degli ultimi 7 giorni")]
    [InlineData(Language.Japanese, "購読", "は Meta をフォローしています", "過去 7 日間の移籍")]
    public async Task HomeTab_SpeaksTheLanguageItsSubscriptionsWereMadeIn(Language language, string header, string follows, string recent)
    {
        _world.Subscribe(Payloads.Channel, "meta", language);
        await using var host = await HostAsync();

        await host.EventAsync(HomePayloads.HomeOpened());
        var text = Texts.Of((await _slack.NextCallAsync("/api/views.publish")).Json!["view"]!["blocks"]);

        text.ShouldContain(header);
        text.ShouldContain(follows);
        text.ShouldContain(recent);
    }

    [Fact]
    public async Task ManySubscriptions_StayWithinAHundredBlocks_AndTheRestAreCounted()
    {
        for (var i = 0; i < AppHome.MaxSubscriptionsShown + 5; i++) _world.Subscribe($"C0CHAN{i:D4}", i % 2 == 0 ? "meta" : "openai", Language.English);
        await using var host = await HostAsync();

        await host.EventAsync(HomePayloads.HomeOpened());
        var blocks = (await _slack.NextCallAsync("/api/views.publish")).Json!["view"]!["blocks"]!.AsArray();

        blocks.Count.ShouldBeLessThanOrEqualTo(HomeLimits.BlocksPerView);
        Texts.Of(blocks).ShouldContain("and 5 more channels.");
        BlockKit.ShouldRespectLimits(blocks);
    }

    [Theory]
    [InlineData("", "*/subscribe meta*", "*/digest 09:00 Europe/Paris*")]
    [InlineData("tb-", "*/tb-subscribe meta*", "*/tb-digest 09:00 Europe/Paris*")]
    public async Task NoSubscriptions_IsAPoliteStart_NamingTheCommandsAsDeclared(string prefix, string subscribe, string digest)
    {
        await using var host = await HostAsync(prefix: prefix);

        await host.EventAsync(HomePayloads.HomeOpened());
        var text = Texts.Of((await _slack.NextCallAsync("/api/views.publish")).Json!["view"]!["blocks"]);

        text.ShouldContain("No channel here follows any moves yet.");
        text.ShouldContain(subscribe);
        text.ShouldContain(digest);
    }

    [Fact]
    public async Task WithoutAlerts_TheHomeTabSaysSo_AndHowToAsk()
    {
        await using var host = await HostAsync(alerts: false);

        await host.EventAsync(HomePayloads.HomeOpened());
        var text = Texts.Of((await _slack.NextCallAsync("/api/views.publish")).Json!["view"]!["blocks"]);

        text.ShouldContain("Alerts are not enabled in this workspace yet");
        text.ShouldContain("*/ask who left Meta?*");
    }

    [Fact]
    public async Task MessagesTabOpened_PublishesNothing()
    {
        await using var host = await HostAsync();

        var ack = await host.EventAsync(HomePayloads.HomeOpened(tab: "messages"));
        await host.FollowUpsDoneAsync();

        ack.Status.ShouldBe(200);
        _slack.Calls.ShouldNotContain(c => c.Path == "/api/views.publish");
    }

    [Fact]
    public async Task HomeOpenedWithoutAWellFormedUser_IsAcknowledged_AndNothingIsPublished()
    {
        await using var host = await HostAsync();

        var ack = await host.EventAsync(HomePayloads.HomeOpened(user: "../../x"));
        await host.FollowUpsDoneAsync();

        ack.Status.ShouldBe(200);
        _slack.Calls.ShouldNotContain(c => c.Path == "/api/views.publish");
    }

    [Fact]
    public async Task RefusedPublish_IsOneLogLine_AndTheNextOpeningIsPublished()
    {
        _world.Subscribe(Payloads.Channel, "meta", Language.English);
        _slack.Script("/api/views.publish", FakeResponse.Error("invalid_blocks"));
        await using var host = await HostAsync();

        await host.EventAsync(HomePayloads.HomeOpened());
        await _slack.NextCallAsync("/api/views.publish");
        await host.FollowUpsDoneAsync();

        var lines = host.Logs.Entries.Where(e => e.Text.Contains("views.publish")).ToList();
        lines.Count.ShouldBe(1);
        lines[0].Text.ShouldContain("invalid_blocks");
        host.Logs.Count(6020).ShouldBe(0);

        await host.EventAsync(HomePayloads.HomeOpened());
        (await _slack.NextCallAsync("/api/views.publish")).Json!["user_id"]!.GetValue<string>().ShouldBe(Payloads.User);
    }

    [Fact]
    public async Task HomeOpenedOverSocketMode_IsAcknowledged_ThenPublished()
    {
        await using var bot = await SocketModeHarness.StartAsync(_slack);
        var socket = await _slack.NextSocketAsync();
        await socket.HelloAsync();
        await bot.StatusBecomesAsync(ConnectionStatus.Ready);

        var id = await socket.EnvelopeAsync("events_api", HomePayloads.HomeOpened());
        var ack = await socket.ReceiveAsync();
        var publish = await _slack.NextCallAsync("/api/views.publish");

        ack.ToJsonString().ShouldBe($$"""{"envelope_id":"{{id}}"}""");
        ((string)publish.Json!["view"]!["type"]!).ShouldBe("home");
    }
}

/// <summary>Block Kit's documented limits, checked on blocks as sent.</summary>
internal static class BlockKit
{
    public static void ShouldRespectLimits(JsonArray blocks)
    {
        foreach (var block in blocks)
        {
            switch ((string)block!["type"]!)
            {
                case "header":
                    ((string)block["text"]!["type"]!).ShouldBe("plain_text");
                    ((string)block["text"]!["text"]!).Length.ShouldBeInRange(1, 150);
                    break;
                case "section":
                    ((string)block["text"]!["text"]!).Length.ShouldBeInRange(1, 3000);
                    break;
                case "context":
                    block["elements"]!.AsArray().Count.ShouldBeInRange(1, 10);
                    break;
            }
        }
    }
}
