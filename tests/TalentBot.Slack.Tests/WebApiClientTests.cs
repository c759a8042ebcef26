using System.Net;
using TalentBot.Slack.Messages;
using TalentBot.Slack.Tests.Support;
using TalentBot.Slack.WebApi;

namespace TalentBot.Slack.Tests;

/// <summary>
/// The Web API client against a fake Slack on loopback that plays rate limits, <c>ok:false</c> and 5xx; every wait
/// runs on the fake clock, so a 429 storm takes milliseconds.
/// </summary>
public sealed class WebApiClientTests : IAsyncLifetime
{
    private const string Channel = "C0ALERTS";
    private const string OtherChannel = "C0OTHER";
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    private static readonly SlackMessage Hello = ReplyMessages.Text("A new move: <!channel> & friends", isPrivate: false);

    private FakeSlack _slack = null!;
    private WebApiHarness _api = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _api = WebApiHarness.Create(_slack);
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task PostMessage_CarriesTheBotTokenAndJson_AndReturnsTheMessageTs()
    {
        var posted = await _api.Client.PostMessageAsync(Channel, Hello, threadTs: null, CancellationToken.None);

        posted.ShouldBe(new PostedMessage(Channel, "1700000000.000100"));
        var call = _slack.Calls.ShouldHaveSingleItem();
        call.Path.ShouldBe("/api/chat.postMessage");
        call.Header("Authorization").ShouldBe("Bearer " + SlackHost.BotToken);
        call.Header("Content-Type").ShouldBe("application/json; charset=utf-8");
        ((string)call.Json!["channel"]!).ShouldBe(Channel);
        call.Json!["thread_ts"].ShouldBeNull();
    }

    [Fact]
    public async Task PostMessage_EscapesMentionsInText()
    {
        await _api.Client.PostMessageAsync(Channel, Hello, threadTs: null, CancellationToken.None);

        var call = _slack.Calls.ShouldHaveSingleItem();
        ((string)call.Json!["text"]!).ShouldBe("A new move: &lt;!channel&gt; &amp; friends");
    }

    [Fact]
    public async Task OkFalse_IsSurfacedWithItsErrorCode_AndNotRetried()
    {
        _slack.Script("/api/chat.postMessage", FakeResponse.Error("channel_not_found"));

        var failure = await Should.ThrowAsync<SlackApiException>(() => _api.Client.PostMessageAsync(Channel, Hello, null, CancellationToken.None));

        failure.Error.ShouldBe("channel_not_found");
        failure.Method.ShouldBe("chat.postMessage");
        failure.Status.ShouldBe(HttpStatusCode.OK);
        _slack.Calls.Count.ShouldBe(1);
        _api.Logs.All.ShouldContain("Slack answered 200 to chat.postMessage: channel_not_found");
    }

    [Fact]
    public async Task RateLimited_WaitsRetryAfterOnTheClockThenSends()
    {
        _slack.Script("/api/chat.postMessage", FakeResponse.RateLimited(3));

        var before = _api.Time.Armed;
        var posting = _api.Client.PostMessageAsync(Channel, Hello, null, CancellationToken.None);
        await _slack.NextCallAsync("/api/chat.postMessage");
        await _api.Time.TimerArmedAsync(before, Around(TimeSpan.FromSeconds(3)));
        // Short of the wait, the retry's timer cannot have fired: nothing else can have sent it.
        _api.Time.Advance(TimeSpan.FromSeconds(2.9));

        _slack.Calls.Count.ShouldBe(1);
        _api.Time.Advance(TimeSpan.FromSeconds(0.2));
        await posting.WaitAsync(TimeSpan.FromSeconds(5));
        _slack.Calls.Count.ShouldBe(2);
        _api.Logs.All.ShouldContain("Rate limited on chat.postMessage: waiting 3000 ms");
    }

    [Fact]
    public async Task RateLimitedForLongerThanTheCap_FailsWithTheWait_SoAnOutboxCanReschedule()
    {
        _slack.Script("/api/chat.postMessage", FakeResponse.RateLimited(120));

        var failure = await Should.ThrowAsync<SlackApiException>(() => _api.Client.PostMessageAsync(Channel, Hello, null, CancellationToken.None));

        failure.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        failure.Error.ShouldBe("ratelimited");
        failure.RetryAfter.ShouldBe(TimeSpan.FromSeconds(120));
        _slack.Calls.Count.ShouldBe(1);
    }

    [Fact]
    public async Task RateLimitedEveryTime_GivesUpAfterTheBoundedRetries()
    {
        _slack.Script("/api/chat.postMessage", Enumerable.Repeat(FakeResponse.RateLimited(1), 10).ToArray());

        var failure = await Should.ThrowAsync<SlackApiException>(() =>
            _api.AdvanceUntilAsync(_api.Client.PostMessageAsync(Channel, Hello, null, CancellationToken.None), Step));

        failure.Error.ShouldBe("ratelimited");
        _slack.Calls.Count.ShouldBe(4);
    }

    [Fact]
    public async Task ServerError_IsRetried()
    {
        _slack.Script("/api/chat.postMessage", new FakeResponse(503, "upstream down"));

        var posted = await _api.AdvanceUntilAsync(_api.Client.PostMessageAsync(Channel, Hello, null, CancellationToken.None), Step);

        posted.Ts.ShouldBe("1700000000.000100");
        _slack.Calls.Count.ShouldBe(2);
    }

    [Fact]
    public async Task ServerErrorEveryTime_FailsWithTheStatus_NothingDroppedSilently()
    {
        _slack.Script("/api/chat.postMessage", Enumerable.Repeat(new FakeResponse(500), 10).ToArray());

        var failure = await Should.ThrowAsync<SlackApiException>(() =>
            _api.AdvanceUntilAsync(_api.Client.PostMessageAsync(Channel, Hello, null, CancellationToken.None), Step));

        failure.Status.ShouldBe(HttpStatusCode.InternalServerError);
        failure.Error.ShouldBe("http_500");
        _slack.Calls.Count.ShouldBe(4);
    }

    [Fact]
    public async Task SecondPostToAChannel_WaitsASecondAfterTheFirst()
    {
        await _api.Client.PostMessageAsync(Channel, Hello, null, CancellationToken.None);

        var before = _api.Time.Armed;
        var second = _api.Client.PostMessageAsync(Channel, Hello, null, CancellationToken.None);
        // Held for the channel's turn, a second after the first post.
        await _api.Time.TimerArmedAsync(before, Around(TimeSpan.FromSeconds(1)));
        _slack.Calls.Count.ShouldBe(1);
        _api.Time.Advance(TimeSpan.FromMilliseconds(1000));
        await second.WaitAsync(TimeSpan.FromSeconds(5));

        _slack.Calls.Count.ShouldBe(2);
    }

    [Fact]
    public async Task PostsToAnotherChannel_AreNotHeldUp()
    {
        await _api.Client.PostMessageAsync(Channel, Hello, null, CancellationToken.None);

        await _api.Client.PostMessageAsync(OtherChannel, Hello, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        _slack.Calls.Count.ShouldBe(2);
    }

    [Fact]
    public async Task RateLimitOnAChannel_HoldsItsOtherPostsToo()
    {
        _slack.Script("/api/chat.postMessage", FakeResponse.RateLimited(5));
        var before = _api.Time.Armed;
        var first = _api.Client.PostMessageAsync(Channel, Hello, null, CancellationToken.None);
        await _slack.NextCallAsync("/api/chat.postMessage");
        await _api.Time.TimerArmedAsync(before, Around(TimeSpan.FromSeconds(5)));
        var held = _api.Time.Armed;
        var second = _api.Client.PostMessageAsync(Channel, Hello, null, CancellationToken.None);
        // The other post to the channel waits out the same 429.
        await _api.Time.TimerArmedAsync(held, d => d > TimeSpan.FromSeconds(4) && d <= TimeSpan.FromSeconds(5));

        _api.Time.Advance(TimeSpan.FromSeconds(4.9));
        _slack.Calls.Count.ShouldBe(1);

        await _api.AdvanceUntilAsync(first, Step);
        await _api.AdvanceUntilAsync(second, Step);
        _slack.Calls.Count.ShouldBe(3);
    }

    /// <summary>A wait of about <paramref name="expected"/>: what the code computed, give or take a clock tick.</summary>
    private static Func<TimeSpan, bool> Around(TimeSpan expected) =>
        due => (due - expected).Duration() <= TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task PostEphemeral_NamesTheUserAndThread()
    {
        await _api.Client.PostEphemeralAsync(Channel, "U0ASKER", Hello, "1700000001.000100", CancellationToken.None);

        var call = _slack.Calls.ShouldHaveSingleItem();
        call.Path.ShouldBe("/api/chat.postEphemeral");
        ((string)call.Json!["user"]!).ShouldBe("U0ASKER");
        ((string)call.Json!["thread_ts"]!).ShouldBe("1700000001.000100");
        call.Header("Authorization").ShouldBe("Bearer " + SlackHost.BotToken);
    }

    [Fact]
    public async Task OpenConnection_UsesTheAppToken()
    {
        var url = await _api.Client.OpenConnectionAsync(CancellationToken.None);

        url.Scheme.ShouldBe("ws");
        _slack.Calls.ShouldHaveSingleItem().Header("Authorization").ShouldBe("Bearer " + WebApiHarness.AppToken);
    }

    [Fact]
    public async Task ResponseUrl_GetsNoToken_AndAcceptsAPlainOk()
    {
        _slack.Script("/hooks/", new FakeResponse(200, "ok"));

        await _api.Client.RespondAsync(new Uri(_slack.ResponseUrl()), CommandResponse.Of(Hello), CancellationToken.None);

        var call = _slack.Calls.ShouldHaveSingleItem();
        call.Header("Authorization").ShouldBeNull();
        ((string)call.Json!["response_type"]!).ShouldBe("in_channel");
    }

    [Fact]
    public async Task ResponseUrlExpired_FailsWithSlacksWord_AndLogsNoUrl()
    {
        _slack.Script("/hooks/", new FakeResponse(404, "expired_url"));
        var url = new Uri(_slack.ResponseUrl());

        var failure = await Should.ThrowAsync<SlackApiException>(() => _api.Client.RespondAsync(url, CommandResponse.Of(Hello), CancellationToken.None));

        failure.Error.ShouldBe("expired_url");
        failure.Message.ShouldNotContain("/hooks/");
        _api.Logs.All.ShouldNotContain(url.AbsolutePath);
    }

    [Fact]
    public async Task MissingBotToken_FailsNamingTheVariable()
    {
        await using var api = WebApiHarness.Create(_slack, new Dictionary<string, string?> { [SlackOptions.BotTokenVariable] = "" });

        var failure = await Should.ThrowAsync<InvalidOperationException>(() => api.Client.PostMessageAsync(Channel, Hello, null, CancellationToken.None));

        failure.Message.ShouldContain("SLACK_BOT_TOKEN");
        _slack.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task ResponseThatIsNotJson_IsAFailure()
    {
        _slack.Script("/api/chat.postMessage", new FakeResponse(200, "<html>proxy error</html>"));

        var failure = await Should.ThrowAsync<SlackApiException>(() => _api.Client.PostMessageAsync(Channel, Hello, null, CancellationToken.None));

        failure.Error.ShouldBe("invalid_response");
    }
}
