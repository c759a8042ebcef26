using TalentBot.Testing;
using TalentBot.Slack.Messages;
using TalentBot.Slack.Http;
using TalentBot.Alerts.Subscriptions;
using TalentBot.Core.Alerts;
using TalentBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace TalentBot.Slack.Tests;

/// <summary>
/// <c>POST /slack/interactivity</c>: clicks on the buttons a real answer carries, acknowledged empty at once and
/// answered through the click's <c>response_url</c> on the fake Slack.
/// </summary>
public sealed class InteractivityTests : IAsyncLifetime
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
    public async Task Sources_ShowsTheSourcesOnlyToTheClicker_AndLeavesTheAnswerAlone()
    {
        var sources = await ButtonOfAnswerAsync("/who-left", "meta", "talentbot-sources");

        var ack = await _host.ClickAsync(Payloads.ClickPayload("talentbot-sources", (string)sources["value"]!, _slack.ResponseUrl("act")));
        var delivered = await _slack.NextCallAsync("/hooks/act/");

        ack.Status.ShouldBe(200);
        ack.Body.ShouldBeEmpty();
        ((string)delivered.Json!["response_type"]!).ShouldBe("ephemeral");
        ((bool)delivered.Json!["replace_original"]!).ShouldBeFalse();
        var blocks = delivered.Json!["blocks"]!.AsArray();
        ((string)blocks[0]!["text"]!["text"]!).ShouldBe("Sources");
        delivered.BlockText.ShouldContain("] “Avi Verma ha completato il processo di onboarding in Meta, ma non ha mai iniziato.”");
        delivered.BlockText.ShouldNotContain("never started");
    }

    [Fact]
    public async Task More_ShowsTheNextPage()
    {
        var value = "a|1|en|/who-left meta";

        await _host.ClickAsync(Payloads.ClickPayload("talentbot-more", value, _slack.ResponseUrl("act")));
        var delivered = await _slack.NextCallAsync("/hooks/act/");

        // The founding answer fits one page, so page 1 is its last: the answer, privately, without a More button.
        ((string)delivered.Json!["response_type"]!).ShouldBe("ephemeral");
        ((string)delivered.Json!["text"]!).ShouldBe("Who left Meta");
        Blocks.Buttons(delivered.Json!).Select(b => (string)b["action_id"]!).ShouldNotContain("talentbot-more");
    }

    [Fact]
    public async Task More_FromTheAnswerOn_ReachesEveryMoveAndDisappearsOnTheLastPage()
    {
        // Quotes long enough that each page of ten moves takes several messages, so More goes through both.
        var many = new ManyDepartures(24, quoteLength: 1500);
        await using var host = await SlackHost.StartAsync(_slack, answers: many.Answers);
        var answer = await host.CommandAsync("/who-left", "meta", _slack);
        var shown = new List<string> { answer.BlockText };
        var clicked = new List<string>();

        var buttons = answer.Buttons;
        while (buttons.FirstOrDefault(b => (string)b["action_id"]! == ButtonActions.MoreId) is { } more)
        {
            clicked.Add((string)more["value"]!);
            await host.ClickAsync(Payloads.ClickPayload(ButtonActions.MoreId, clicked[^1], _slack.ResponseUrl("act")));
            var delivered = await _slack.NextCallAsync("/hooks/act/");
            ((string)delivered.Json!["response_type"]!).ShouldBe("ephemeral");
            shown.Add(delivered.BlockText);
            buttons = Blocks.Buttons(delivered.Json!);
            clicked.Count.ShouldBeLessThan(30);
        }

        var text = string.Join("\n", shown);
        Enumerable.Range(1, many.Count).ShouldAllBe(i => text.Contains(ManyDepartures.Name(i)));
        text.ShouldContain("Moves 21–24 of 24");
        clicked.ShouldContain("a|1|en|/who-left meta");
        clicked.ShouldContain("a|0|en:2|/who-left meta");
        clicked.ShouldContain("a|0|en:3|/who-left meta");
    }

    [Fact]
    public async Task MorePastTheLastPageOfMoves_SaysHowManyThereArePrivately()
    {
        await using var host = await SlackHost.StartAsync(_slack, answers: new ManyDepartures(24).Answers);

        await host.ClickAsync(Payloads.ClickPayload(ButtonActions.MoreId, "a|0|it:5|/who-left meta", _slack.ResponseUrl("act")));
        var delivered = await _slack.NextCallAsync("/hooks/act/");

        ((string)delivered.Json!["response_type"]!).ShouldBe("ephemeral");
        delivered.BlockText.ShouldContain("La pagina 5 non esiste: questa risposta ha 3 pagine.");
        Blocks.Buttons(delivered.Json!).ShouldNotContain(b => (string)b["action_id"]! == ButtonActions.MoreId);
    }

    [Fact]
    public async Task Suggestion_AsksAgainWithTheSuggestedName_ForEveryone()
    {
        var suggestion = await ButtonOfAnswerAsync("/who-left", "Metaa", "talentbot-again-0");

        await _host.ClickAsync(Payloads.ClickPayload("talentbot-again-0", (string)suggestion["value"]!, _slack.ResponseUrl("act")));
        var delivered = await _slack.NextCallAsync("/hooks/act/");

        ((string)delivered.Json!["response_type"]!).ShouldBe("in_channel");
        ((string)delivered.Json!["text"]!).ShouldBe("Who left Meta");
    }

    [Fact]
    public async Task Subscribe_WithoutAlerts_SaysPolitelyTheyAreNotEnabled()
    {
        var subscribe = await ButtonOfAnswerAsync("/who-left", "meta", "talentbot-subscribe");

        await _host.ClickAsync(Payloads.ClickPayload("talentbot-subscribe", (string)subscribe["value"]!, _slack.ResponseUrl("act")));
        var delivered = await _slack.NextCallAsync("/hooks/act/");

        ((string)delivered.Json!["response_type"]!).ShouldBe("ephemeral");
        delivered.BlockText.ShouldContain("Alerts are not enabled in this workspace yet");
    }

    [Fact]
    public async Task Subscribe_WithAlerts_SubscribesTheChannelToTheOrganisation()
    {
        var alerts = new RecordingChannelCommands();
        await using var host = await SlackHost.StartAsync(_slack, services: s => s.AddSingleton<IChannelCommands>(alerts));

        await host.ClickAsync(Payloads.ClickPayload("talentbot-subscribe", "fr|meta", _slack.ResponseUrl("act")));
        var delivered = await _slack.NextCallAsync("/hooks/act/");

        delivered.BlockText.ShouldBe("Subscribed: Meta");
        alerts.Commands.ShouldHaveSingleItem().ShouldBe(new ChannelCommand(ChannelAction.Subscribe, DeliveryTarget.SlackChannel(Payloads.Channel),
            Payloads.User, Core.Language.French, Subject: "Meta"));
    }

    [Theory]
    [InlineData("talentbot-more", "a|x|en|/who-left meta")]
    [InlineData("talentbot-more", "q|0|en|/who-left meta")]
    [InlineData("talentbot-sources", "s|0|xx|/who-left meta")]
    [InlineData("talentbot-subscribe", "en|no-such-organisation")]
    [InlineData("someone-elses-button", "42")]
    public async Task ButtonValueTalentBotDidNotWrite_SaysTheAnswerIsNoLongerAvailable(string actionId, string value)
    {
        await _host.ClickAsync(Payloads.ClickPayload(actionId, value, _slack.ResponseUrl("act")));
        var delivered = await _slack.NextCallAsync("/hooks/act/");

        ((string)delivered.Json!["response_type"]!).ShouldBe("ephemeral");
        delivered.BlockText.ShouldContain("no longer available");
    }

    [Fact]
    public async Task SameClickDeliveredTwice_IsAnsweredOnce()
    {
        var click = Payloads.ClickPayload("talentbot-sources", "s|0|en|/who-left meta", _slack.ResponseUrl("act"));

        await _host.ClickAsync(click);
        await _host.ClickAsync(click);
        await _slack.NextCallAsync("/hooks/act/");

        (await _slack.NoCallWithinAsync("/hooks/act/", TimeSpan.FromMilliseconds(500))).ShouldBeTrue();
    }

    [Theory]
    [InlineData("payload=%7Bnot%20json")]
    [InlineData("payload=%5B%5D")]
    [InlineData("payload=%7B%7D")]
    [InlineData("nothing=here")]
    [InlineData("payload=%ZZ")]
    public async Task MalformedPayload_Is400(string body)
    {
        var result = await _host.PostAsync(SlackEndpoints.InteractivityPath, body);

        result.Status.ShouldBe(400);
    }

    [Fact]
    public async Task OtherInteraction_IsAcknowledgedAndIgnored()
    {
        var payload = Payloads.ClickPayload("talentbot-sources", "s|0|en|/who-left meta", _slack.ResponseUrl("act"));
        payload["type"] = "view_closed";

        var result = await _host.ClickAsync(payload);

        result.Status.ShouldBe(200);
        (await _slack.NoCallWithinAsync("/hooks/", TimeSpan.FromMilliseconds(300))).ShouldBeTrue();
    }

    [Fact]
    public async Task UnsignedClick_Is401()
    {
        var body = Payloads.Click(Payloads.ClickPayload("talentbot-sources", "s|0|en|/who-left meta", _slack.ResponseUrl("act")));

        var result = await _host.PostAsync(SlackEndpoints.InteractivityPath, body, sign: false);

        result.Status.ShouldBe(401);
    }

    private async Task<System.Text.Json.Nodes.JsonNode> ButtonOfAnswerAsync(string command, string text, string actionId)
    {
        var answer = await _host.CommandAsync(command, text, _slack);
        return answer.Buttons.Single(b => (string)b["action_id"]! == actionId);
    }
}
