using TalentBot.Alerts.Delivery;
using TalentBot.Core.Alerts;
using TalentBot.Slack.Messages;
using TalentBot.Slack.Tests.Support;

namespace TalentBot.Slack.Tests;

/// <summary>
/// Alerts and digests to a Slack incoming webhook on a fake Slack: what is posted, how Slack's plain-text answers are
/// classified for the outbox, and that the webhook's URL (its secret) reaches no log line and no reason.
/// </summary>
public sealed class SlackWebhookSenderTests : IAsyncLifetime
{
    private const string Hooks = "/hooks/services/";

    private FakeSlack _slack = null!;
    private DeliveryHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _harness = DeliveryHarness.Create(_slack);
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Alert_IsPostedAsTextAndBlocks_AndOkMeansDelivered()
    {
        _slack.Script(Hooks, new FakeResponse(200, "ok"));

        var result = await _harness.WebhookSender.SendAsync(Notifications.For(_harness.Webhook, Notifications.Alert()), CancellationToken.None);

        result.ShouldBe(DeliveryResult.Delivered);
        var call = _slack.Calls.ShouldHaveSingleItem();
        call.Path.ShouldBe($"/hooks/services/T0TEAM/B0HOOK/{DeliveryHarness.WebhookSecret}");
        call.Header("Authorization").ShouldBeNull();
        call.Header("Content-Type")!.ShouldStartWith("application/json");
        ((string)call.Json!["text"]!).ShouldBe("New move reported: Jane Roe — left");
        call.Json!.AsObject().Select(p => p.Key).ShouldBe(["text", "blocks"], ignoreOrder: true);
        call.BlockText.ShouldContain("New move reported");
        call.BlockText.ShouldContain("<https://example.com/jane|An article>");
        call.BlockText.ShouldContain("Jane Roe left Meta for OpenAI.");
        Blocks.Buttons(call.Json!).ShouldBeEmpty();
    }

    [Fact]
    public async Task DigestOfManyPages_IsPostedPageByPageInOrder_EachWithinTheLimits()
    {
        var result = await _harness.WebhookSender.SendAsync(
            Notifications.For(_harness.Webhook, Notifications.Digest(count: 25, quoteLength: 2500)), CancellationToken.None);

        result.ShouldBe(DeliveryResult.Delivered);
        var pages = _slack.Calls.Select(c => c.Json!["blocks"]!.AsArray()).ToList();
        pages.Count.ShouldBeGreaterThan(1);
        for (var i = 0; i < pages.Count; i++)
        {
            pages[i].Count.ShouldBeLessThanOrEqualTo(SlackLimits.BlocksPerMessage);
            Texts.Of(pages[i][^1]).ShouldBe($"Page {i + 1} of {pages.Count}");
        }
    }

    [Fact]
    public async Task PagesOfADigest_GoOutAtMostOneASecond()
    {
        await using var paced = DeliveryHarness.Create(_slack, postInterval: 1000);

        var armed = paced.Time.Armed;
        var sending = paced.WebhookSender.SendAsync(
            Notifications.For(paced.Webhook, Notifications.Digest(count: 25, quoteLength: 2500)), CancellationToken.None);
        await _slack.NextCallAsync(Hooks);

        // The second page waits for the channel's turn, a second on: until the clock moves, nothing else goes.
        await paced.Time.TimerArmedAsync(armed, ATurn);
        _slack.Calls.Count(c => c.Path.StartsWith(Hooks, StringComparison.Ordinal)).ShouldBe(1);
        while (!sending.IsCompleted)
        {
            armed = paced.Time.Armed;
            paced.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(sending, paced.Time.TimerArmedAsync(armed, ATurn));
        }
        (await sending).ShouldBe(DeliveryResult.Delivered);
        _slack.Calls.Count(c => c.Path.StartsWith(Hooks, StringComparison.Ordinal)).ShouldBeGreaterThan(2);
    }

    private static bool ATurn(TimeSpan due) => due > TimeSpan.Zero && due <= TimeSpan.FromSeconds(1);

    [Fact]
    public async Task ServerError_IsTransient()
    {
        _slack.Script(Hooks, new FakeResponse(500, "rollup_error"));

        var result = await _harness.WebhookSender.SendAsync(Notifications.For(_harness.Webhook, Notifications.Alert()), CancellationToken.None);

        result.ShouldBeOfType<DeliveryResult.Transient>().Reason.ShouldBe("HTTP 500 Internal Server Error: rollup_error");
    }

    [Fact]
    public async Task RateLimited_IsTransient_WithItsRetryAfter()
    {
        _slack.Script(Hooks, new FakeResponse(429, "", new Dictionary<string, string> { ["Retry-After"] = "30" }));

        var result = await _harness.WebhookSender.SendAsync(Notifications.For(_harness.Webhook, Notifications.Alert()), CancellationToken.None);

        result.ShouldBeOfType<DeliveryResult.Transient>().RetryAfter.ShouldBe(TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData(403, "action_prohibited", "does not let this webhook post there")]
    [InlineData(404, "channel_not_found", "channel no longer exists")]
    [InlineData(410, "channel_is_archived", "archived")]
    [InlineData(404, "no_service", "removed or disabled")]
    [InlineData(403, "invalid_token", "removed or disabled")]
    [InlineData(404, "no_team", "workspace is gone or disabled")]
    [InlineData(403, "team_disabled", "workspace is gone or disabled")]
    [InlineData(400, "user_not_found", "HTTP 400 Bad Request: user_not_found")]
    [InlineData(401, "", "HTTP 401 Unauthorized")]
    public async Task Refusal_IsPermanent_WithAPlainReason(int status, string error, string reason)
    {
        _slack.Script(Hooks, new FakeResponse(status, error));

        var result = await _harness.WebhookSender.SendAsync(Notifications.For(_harness.Webhook, Notifications.Alert()), CancellationToken.None);

        var permanent = result.ShouldBeOfType<DeliveryResult.Permanent>();
        permanent.Reason.ShouldContain(reason);
        permanent.Reason.ShouldContain(error);
        _harness.Logs.Lines.ShouldNotContain(l => l.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvalidPayload_IsPermanent_AndLoggedAsABug()
    {
        _slack.Script(Hooks, new FakeResponse(400, "invalid_payload"));

        var result = await _harness.WebhookSender.SendAsync(Notifications.For(_harness.Webhook, Notifications.Alert()), CancellationToken.None);

        result.ShouldBe(new DeliveryResult.Permanent("Slack refused the message as malformed (invalid_payload)"));
        _harness.Logs.Lines.ShouldContain(l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("invalid_payload"));
    }

    [Fact]
    public async Task AttemptOutOfTime_IsTransient()
    {
        using var expired = new CancellationTokenSource();
        await expired.CancelAsync();

        var result = await _harness.WebhookSender.SendAsync(Notifications.For(_harness.Webhook, Notifications.Alert()), expired.Token);

        result.ShouldBeOfType<DeliveryResult.Transient>().Reason.ShouldContain("in time");
    }

    [Fact]
    public async Task Notice_IsPlainEscapedText()
    {
        var result = await _harness.WebhookSender.SendNoticeAsync(_harness.Webhook, "Alerts <paused> & waiting", CancellationToken.None);

        result.ShouldBe(DeliveryResult.Delivered);
        var call = _slack.Calls.ShouldHaveSingleItem();
        ((string)call.Json!["text"]!).ShouldBe("Alerts &lt;paused&gt; &amp; waiting");
        call.BlockText.ShouldBe("Alerts &lt;paused&gt; &amp; waiting");
    }

    [Fact]
    public void SendsOnlyToSlackWebhooks()
    {
        var sender = _harness.WebhookSender;

        sender.CanSend(_harness.Webhook).ShouldBeTrue();
        sender.CanSend(DeliveryTarget.Webhook(new Uri("https://discord.com/api/webhooks/1/x"), DeliveryFormat.Discord)).ShouldBeFalse();
        sender.CanSend(DeliveryTarget.Webhook(new Uri("https://example.com/hook"), DeliveryFormat.Json)).ShouldBeFalse();
        sender.CanSend(DeliveryHarness.ChannelTarget).ShouldBeFalse();
    }

    [Fact]
    public async Task TheWebhooksUrl_IsInNoLogLineAndNoReason()
    {
        _slack.Script(Hooks, new FakeResponse(404, "no_service"), new FakeResponse(500, ""), new FakeResponse(400, "invalid_payload"),
            new FakeResponse(429, "", new Dictionary<string, string> { ["Retry-After"] = "1" }));
        var unreachable = DeliveryTarget.Webhook(new Uri($"http://127.0.0.1:9/services/T/B/{DeliveryHarness.WebhookSecret}"), DeliveryFormat.Slack);
        var results = new List<DeliveryResult>();

        for (var i = 0; i < 5; i++)
        {
            // Past the 429's hold on the webhook's lane.
            _harness.Time.Advance(TimeSpan.FromSeconds(2));
            results.Add(await _harness.WebhookSender.SendAsync(Notifications.For(_harness.Webhook, Notifications.Alert()), CancellationToken.None));
        }
        results.Add(await _harness.WebhookSender.SendAsync(Notifications.For(unreachable, Notifications.Alert()), CancellationToken.None));
        results.Add(await _harness.WebhookSender.SendNoticeAsync(unreachable, "paused", CancellationToken.None));

        results.Select(r => r.GetType().Name).Distinct().Count().ShouldBe(3);
        _harness.Logs.All.ShouldNotContain(DeliveryHarness.WebhookSecret);
        _harness.Logs.All.ShouldContain(_harness.Webhook.Display);
        foreach (var result in results) result.ToString().ShouldNotContain(DeliveryHarness.WebhookSecret);
    }
}
