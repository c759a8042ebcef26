using System.Text.Json.Nodes;
using TalentBot.Slack.Http;
using TalentBot.Slack.Tests.Support;

namespace TalentBot.Slack.Tests;

/// <summary>
/// <c>POST /slack/events</c>: the URL check Slack makes when the Request URL is saved, and mentions, answered in
/// their thread through <c>chat.postMessage</c> on the fake Slack, once however often Slack delivers them.
/// </summary>
public sealed class EventsEndpointTests : IAsyncLifetime
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
    public async Task UrlVerification_SignedWithTheDerivedVector_EchoesTheChallenge()
    {
        await using var host = await SlackHost.StartAsync(now: Signing.PublishedTime);
        using var request = new HttpRequestMessage(HttpMethod.Post, SlackEndpoints.EventsPath)
        {
            Content = new StringContent(Signing.ChallengeBody, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Slack-Signature", Signing.ChallengeSignature);
        request.Headers.Add("X-Slack-Request-Timestamp", Signing.PublishedTimestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var result = await host.SendAsync(request);

        result.Status.ShouldBe(200);
        result.Body.ShouldBe("""{"challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}""");
    }

    [Fact]
    public async Task UrlVerification_Unsigned_Is401()
    {
        var result = await _host.PostAsync(SlackEndpoints.EventsPath, Signing.ChallengeBody, "application/json", sign: false);

        result.Status.ShouldBe(401);
    }

    [Fact]
    public async Task Mention_IsAcknowledgedEmpty_ThenAnsweredInAThreadUnderIt()
    {
        var result = await _host.EventAsync(Payloads.Mention($"<@{Payloads.BotUser}> who joined OpenAI?", ts: "1700000001.000100"));
        var post = await _slack.NextCallAsync("/api/chat.postMessage");

        result.Status.ShouldBe(200);
        result.Body.ShouldBeEmpty();
        post.Header("Authorization").ShouldBe("Bearer " + SlackHost.BotToken);
        post.Header("Content-Type")!.ShouldStartWith("application/json");
        ((string)post.Json!["channel"]!).ShouldBe(Payloads.Channel);
        ((string)post.Json!["thread_ts"]!).ShouldBe("1700000001.000100");
        ((string)post.Json!["text"]!).ShouldBe("Who joined OpenAI");
        ((bool)post.Json!["unfurl_links"]!).ShouldBeFalse();
        post.BlockText.ShouldContain("Chaya Nayak");
    }

    [Fact]
    public async Task MentionInsideAThread_IsAnsweredInThatThread()
    {
        await _host.EventAsync(Payloads.Mention($"<@{Payloads.BotUser}> who left meta", ts: "1700000009.000900", threadTs: "1700000001.000100"));
        var post = await _slack.NextCallAsync("/api/chat.postMessage");

        ((string)post.Json!["thread_ts"]!).ShouldBe("1700000001.000100");
    }

    [Fact]
    public async Task MentionWithACommand_IsAnsweredLikeTheCommand()
    {
        await _host.EventAsync(Payloads.Mention($"<@{Payloads.BotUser}> /moves Shengjia Zhao"));
        var post = await _slack.NextCallAsync("/api/chat.postMessage");

        ((string)post.Json!["text"]!).ShouldBe("Moves of Shengjia Zhao");
    }

    [Fact]
    public async Task MentionInFrench_IsAnsweredInFrench()
    {
        await _host.EventAsync(Payloads.Mention($"<@{Payloads.BotUser}> Pourquoi les chercheurs quittent-ils Meta ?"));
        var post = await _slack.NextCallAsync("/api/chat.postMessage");

        ((string)post.Json!["text"]!).ShouldStartWith("Voici ce que disent les sources");
    }

    [Fact]
    public async Task MentionFindingNothing_IsToldOnlyToTheAsker_InTheThread()
    {
        await _host.EventAsync(Payloads.Mention($"<@{Payloads.BotUser}> who left nvidia?", ts: "1700000001.000100"));
        var post = await _slack.NextCallAsync("/api/chat.postEphemeral");

        ((string)post.Json!["user"]!).ShouldBe(Payloads.User);
        ((string)post.Json!["channel"]!).ShouldBe(Payloads.Channel);
        ((string)post.Json!["thread_ts"]!).ShouldBe("1700000001.000100");
        (await _slack.NoCallWithinAsync("/api/chat.postMessage", TimeSpan.FromMilliseconds(300))).ShouldBeTrue();
    }

    [Fact]
    public async Task RedeliveredEvent_IsAnsweredOnce_WithOrWithoutTheRetryHeader()
    {
        var mention = Payloads.Mention($"<@{Payloads.BotUser}> who left meta", eventId: "Ev0SAME");

        var first = await _host.EventAsync(mention);
        var retried = await _host.EventAsync(mention, new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_timeout" });
        var silent = await _host.EventAsync(mention);
        await _slack.NextCallAsync("/api/chat.postMessage");

        new[] { first.Status, retried.Status, silent.Status }.ShouldAllBe(s => s == 200);
        (await _slack.NoCallWithinAsync("/api/chat.postMessage", TimeSpan.FromMilliseconds(500))).ShouldBeTrue();
        _host.Logs.All.ShouldContain("Repeated delivery of event Ev0SAME");
    }

    [Fact]
    public async Task RedeliveryAfterTheWindow_IsAnsweredAgain()
    {
        var mention = Payloads.Mention($"<@{Payloads.BotUser}> who left meta", eventId: "Ev0LATER");
        await _host.EventAsync(mention);
        await _slack.NextCallAsync("/api/chat.postMessage");
        await _host.FollowUpsDoneAsync();

        _host.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        await _host.EventAsync(mention);

        await _slack.NextCallAsync("/api/chat.postMessage");
    }

    [Fact]
    public async Task MentionByAnotherBot_IsNotAnswered()
    {
        var result = await _host.EventAsync(Payloads.Mention($"<@{Payloads.BotUser}> who left meta", botId: "B0OTHER"));

        result.Status.ShouldBe(200);
        (await _slack.NoCallWithinAsync("/api/", TimeSpan.FromMilliseconds(300))).ShouldBeTrue();
    }

    [Fact]
    public async Task OtherEvent_IsAcknowledgedAndIgnored()
    {
        var envelope = Payloads.Mention("hello");
        envelope["event"]!["type"] = "reaction_added";

        var result = await _host.EventAsync(envelope);

        result.Status.ShouldBe(200);
        (await _slack.NoCallWithinAsync("/api/", TimeSpan.FromMilliseconds(300))).ShouldBeTrue();
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"type":"url_verification"}""")]
    [InlineData("""{"type":42}""")]
    public async Task MalformedEvent_Is400(string body)
    {
        var result = await _host.PostAsync(SlackEndpoints.EventsPath, body, "application/json");

        result.Status.ShouldBe(400);
    }

    [Fact]
    public async Task MentionWithoutItsChannel_IsAcknowledgedAndNotAnswered()
    {
        var envelope = Payloads.Mention("who left meta");
        envelope["event"]!.AsObject().Remove("channel");

        var result = await _host.EventAsync(envelope);

        result.Status.ShouldBe(200);
        (await _slack.NoCallWithinAsync("/api/", TimeSpan.FromMilliseconds(300))).ShouldBeTrue();
    }

    [Fact]
    public async Task MentionWhosePostIsRefused_IsLoggedWithSlacksErrorCode()
    {
        _slack.Script("/api/chat.postMessage", FakeResponse.Error("not_in_channel"));

        await _host.EventAsync(Payloads.Mention($"<@{Payloads.BotUser}> who left meta"));
        await _slack.NextCallAsync("/api/chat.postMessage");
        await _host.Logs.WaitForAsync(l => l.Text.Contains("not_in_channel", StringComparison.Ordinal));

        _host.Logs.All.ShouldContain("Slack answered 200 to chat.postMessage: not_in_channel");
        _slack.Calls.Count(c => c.Path == "/api/chat.postMessage").ShouldBe(1);
    }

    [Fact]
    public async Task AppRateLimitedNotice_IsAcknowledged()
    {
        var result = await _host.PostAsync(SlackEndpoints.EventsPath, new JsonObject { ["type"] = "app_rate_limited", ["minute_rate_limited"] = 1 }.ToJsonString(),
            "application/json; charset=utf-8");

        result.Status.ShouldBe(200);
    }
}
