using TalentBot.Hosting;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TalentBot.Commands;
using TalentBot.Slack.Http;

namespace TalentBot.Cli.Tests;

/// <summary>
/// Slack in the serve host as <c>talentbot serve</c> builds it, on loopback: enabled only by its settings, reported by
/// <c>/readyz</c>, and signed slash commands answered from the store serve opened.
/// </summary>
public sealed class SlackServeTests : IAsyncLifetime
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string BotToken = "xoxb-serve-test";

    private readonly TempFolder _temp = new();
    private LoopbackServe? _serve;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_serve is not null) await _serve.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task WithSlackSettings_ServesSlackAndIsReady()
    {
        await StartAsync(new() { ["SLACK_SIGNING_SECRET"] = Secret, ["SLACK_BOT_TOKEN"] = BotToken });

        var ready = await _serve!.Http.GetAsync("/readyz");
        var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;

        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        ((string)report["checks"]!["platforms"]!["data"]!["slack"]!).ShouldBe("http");
        ((string)report["checks"]!["slack"]!["status"]!).ShouldBe("Healthy");
        ((string)report["checks"]!["slack"]!["data"]!["mode"]!).ShouldBe("http");
    }

    [Fact]
    public async Task SignedWhoLeft_IsAnsweredFromTheStoreServeOpened()
    {
        await StartAsync(new() { ["SLACK_SIGNING_SECRET"] = Secret, ["SLACK_BOT_TOKEN"] = BotToken });

        var response = await PostSignedAsync("command=%2Fwho-left&text=meta&user_id=U1&channel_id=C1&team_id=T1" +
                                             "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F1%2Fx&trigger_id=1.2.3");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        ((string)body["response_type"]!).ShouldBe("in_channel");
        ((string)body["text"]!).ShouldBe("Who left Meta");
    }

    [Fact]
    public async Task SignedSubscribe_ThenANewMetaMove_IsPostedToTheChannelWithItsDeliveryId()
    {
        await using var slack = await TalentBot.Testing.WebhookReceiver.StartAsync();
        slack.Enqueue(TalentBot.Testing.FakeReply.Raw(200, """{"ok":true,"channel":"C1","ts":"1700000000.000100"}"""));
        await StartAsync(new()
        {
            ["SLACK_SIGNING_SECRET"] = Secret,
            ["SLACK_BOT_TOKEN"] = BotToken,
            ["Slack:ApiBaseUrl"] = new Uri(slack.Url, "/api/").AbsoluteUri,
            ["Slack:ChannelPostIntervalMilliseconds"] = "0",
        });

        var response = await PostSignedAsync("command=%2Fsubscribe&text=meta&user_id=U1&channel_id=C1&team_id=T1" +
                                             "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F1%2Fx&trigger_id=1.2.4");
        (await response.Content.ReadAsStringAsync()).ShouldContain("This channel now follows Meta");

        await _serve!.Services.GetRequiredService<TalentBot.Feeds.IArticleSink>().IngestAsync(
            [new TalentBot.Knowledge.ArticleSource("Meta hires\n\nOwen Farrell has left Google to join Meta, the company said.\n")], CancellationToken.None);

        (await slack.WaitForRequestsAsync(1, TimeSpan.FromSeconds(20))).ShouldBeTrue("serve never posted the alert");
        var post = slack.Requests.Single();
        post.Path.ShouldBe("/api/chat.postMessage");
        post.Body!["channel"]!.GetValue<string>().ShouldBe("C1");
        post.Body["metadata"]!["event_payload"]!.ToJsonString().ShouldContain(
            _serve!.Services.GetRequiredService<TalentBot.Core.Alerts.IAlertStore>().Deliveries(null, 1).Single().Id);
        post.Body.ToJsonString().ShouldContain("Owen Farrell");
    }

    [Fact]
    public async Task SignedSubscribeWithTheInferredWord_StoresASubscriptionThatIncludesInferredMoves()
    {
        await StartAsync(new() { ["SLACK_SIGNING_SECRET"] = Secret, ["SLACK_BOT_TOKEN"] = BotToken });

        var response = await PostSignedAsync("command=%2Fsubscribe&text=meta+inferred&user_id=U1&channel_id=C1&team_id=T1" +
                                             "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F1%2Fx&trigger_id=1.2.5");

        (await response.Content.ReadAsStringAsync()).ShouldContain("This channel now follows Meta, moves inferred from context included");
        var subscription = _serve!.Services.GetRequiredService<TalentBot.Core.Alerts.IAlertStore>().Subscriptions().ShouldHaveSingleItem();
        subscription.Target.ShouldBe(TalentBot.Core.Alerts.DeliveryTarget.SlackChannel("C1"));
        subscription.Filter.Organisations.ShouldHaveSingleItem().Name.ShouldBe("Meta");
        subscription.IncludeInferred.ShouldBeTrue();
    }

    [Fact]
    public async Task UnsignedCommand_Is401()
    {
        await StartAsync(new() { ["SLACK_SIGNING_SECRET"] = Secret, ["SLACK_BOT_TOKEN"] = BotToken });

        var response = await _serve!.Http.PostAsync(SlackEndpoints.CommandsPath, new StringContent("command=%2Fwho-left&text=meta"));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task WithoutSlackSettings_ThereAreNoSlackEndpoints()
    {
        await StartAsync(new() { ["DISCORD_PUBLIC_KEY"] = new string('a', 64) });

        var report = JsonNode.Parse(await (await _serve!.Http.GetAsync("/readyz")).Content.ReadAsStringAsync())!;

        (await _serve!.Http.PostAsync(SlackEndpoints.CommandsPath, new StringContent(""))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _serve!.Http.PostAsync(SlackEndpoints.EventsPath, new StringContent(""))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ((string)report["checks"]!["platforms"]!["data"]!["slack"]!).ShouldBe("off");
        report["checks"]!["slack"].ShouldBeNull();
    }

    [Fact]
    public async Task SlackAlone_IsEnoughToBeReady()
    {
        await StartAsync(new() { ["SLACK_SIGNING_SECRET"] = Secret, ["SLACK_BOT_TOKEN"] = BotToken });

        var report = JsonNode.Parse(await (await _serve!.Http.GetAsync("/readyz")).Content.ReadAsStringAsync())!;

        ((string)report["checks"]!["platforms"]!["data"]!["discord"]!).ShouldBe("off");
        ((string)report["checks"]!["platforms"]!["status"]!).ShouldBe("Healthy");
    }

    [Fact]
    public async Task SlackSecretInASettingsFile_StopsServeAndSaysWhatToDo()
    {
        var result = await Cli.RunAsync(new Dictionary<string, string?>
        {
            ["SLACK_SIGNING_SECRET"] = Secret,
            ["SLACK_BOT_TOKEN"] = BotToken,
            ["Slack:BotToken"] = BotToken,
        }, "serve", "--urls", "http://127.0.0.1:0", "--db", _temp.Database);

        result.ExitCode.ShouldBe(ExitCodes.BadSettings);
        result.Error.ShouldContain("Slack:BotToken is never read from settings; set SLACK_BOT_TOKEN");
        result.ShouldHaveNoStackTrace();
    }

    [Fact]
    public async Task WrongKindsOfToken_AreAllListedBeforeServeStarts()
    {
        var result = await Cli.RunAsync(new Dictionary<string, string?>
        {
            ["Slack:Mode"] = "SocketMode",
            ["SLACK_BOT_TOKEN"] = "xapp-1-swapped",
        }, "serve", "--urls", "http://127.0.0.1:0", "--db", _temp.Database);

        result.ExitCode.ShouldBe(ExitCodes.BadSettings);
        result.Error.ShouldContain("TalentBot cannot start with these settings:");
        result.Error.ShouldContain("  - SLACK_BOT_TOKEN must be the bot token (xoxb-…)");
        result.Error.ShouldContain("  - SLACK_APP_TOKEN is not set");
        result.ShouldHaveNoStackTrace();
    }

    private async Task StartAsync(Dictionary<string, string?> settings) =>
        _serve = await LoopbackServe.StartAsync(_temp.Database, settings);

    private Task<HttpResponseMessage> PostSignedAsync(string form) => _serve!.PostSlackCommandAsync(Secret, form);
}
