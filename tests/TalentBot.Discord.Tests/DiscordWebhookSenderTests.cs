using System.Text.Json.Nodes;
using TalentBot.Alerts.Delivery;
using TalentBot.Core.Alerts;
using TalentBot.Discord.Messages;
using TalentBot.Discord.Tests.Support;

namespace TalentBot.Discord.Tests;

/// <summary>
/// Alerts and digests to a Discord webhook on a fake Discord: what is posted, how each answer is classified for the
/// outbox, and that the webhook's token (its URL's secret) reaches no log line and no reason.
/// </summary>
public sealed class DiscordWebhookSenderTests : IAsyncLifetime
{
    private FakeDiscord _discord = null!;
    private DeliveryHarness _harness = null!;

    private string WebhookRoute => $"POST /webhooks/{DeliveryHarness.WebhookId}";

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _harness = DeliveryHarness.Create(_discord);
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task Alert_IsPostedWithWaitAsEmbedsWithoutMentionsOrButtons()
    {
        var result = await _harness.WebhookSender.SendAsync(Notifications.For(_harness.Webhook, Notifications.Alert()), CancellationToken.None);

        result.ShouldBe(DeliveryResult.Delivered);
        var call = _discord.Calls.ShouldHaveSingleItem();
        call.Path.ShouldBe($"/webhooks/{DeliveryHarness.WebhookId}/{DeliveryHarness.WebhookToken}");
        call.Query.ShouldBe("?wait=true");
        call.Header("Authorization").ShouldBeNull();
        var body = call.Json!.AsObject();
        body["allowed_mentions"]!.ToJsonString().ShouldBe("""{"parse":[]}""");
        body.ContainsKey("components").ShouldBeFalse();
        body.ContainsKey("flags").ShouldBeFalse();
        var embeds = body["embeds"]!.AsArray();
        ((string)embeds[0]!["title"]!).ShouldBe("New move reported");
        ((string)embeds[0]!["fields"]![0]!["name"]!).ShouldStartWith("Jane Roe");
        embeds.ToJsonString().ShouldContain("(https://example.com/jane)");
        embeds.ToJsonString().ShouldContain("Jane Roe left Meta for OpenAI.");
    }

    [Fact]
    public async Task WebhookUrlWithAQuery_KeepsItAndAddsWait()
    {
        var target = DeliveryTarget.Webhook(new Uri(_harness.Webhook.Address + "?thread_id=42"), DeliveryFormat.Discord);

        await _harness.WebhookSender.SendAsync(Notifications.For(target, Notifications.Alert()), CancellationToken.None);

        _discord.Calls.ShouldHaveSingleItem().Query.ShouldBe("?thread_id=42&wait=true");
    }

    [Fact]
    public async Task DigestOfManyPages_IsPostedPageByPageInOrder_EachWithinTheLimits()
    {
        var digest = Notifications.Digest(count: 25, quoteLength: 3000);

        var result = await _harness.WebhookSender.SendAsync(Notifications.For(_harness.Webhook, digest), CancellationToken.None);

        result.ShouldBe(DeliveryResult.Delivered);
        var pages = _discord.Calls.Select(c => c.Json!["embeds"]!.AsArray()).ToList();
        pages.Count.ShouldBeGreaterThan(1);
        for (var i = 0; i < pages.Count; i++)
        {
            pages[i].Count.ShouldBeInRange(1, DiscordLimits.EmbedsPerMessage);
            pages[i].Sum(EmbedLength).ShouldBeLessThanOrEqualTo(DiscordLimits.MessageEmbedTotal);
            ((string)pages[i][0]!["footer"]!["text"]!).ShouldEndWith($"Page {i + 1} of {pages.Count}");
        }
    }

    [Fact]
    public async Task ServerError_IsTransient_AndNotRetriedHere()
    {
        _discord.Script(WebhookRoute, FakeResponse.Error(500, 0, "Internal Server Error"));

        var result = await _harness.WebhookSender.SendAsync(Notifications.For(_harness.Webhook, Notifications.Alert()), CancellationToken.None);

        result.ShouldBeOfType<DeliveryResult.Transient>().Reason.ShouldContain("500");
        _discord.Calls.Count.ShouldBe(1);
    }

    [Fact]
    public async Task RateLimited_IsTransient_WithTheBodysMoreExactRetryAfter()
    {
        _discord.Script(WebhookRoute, FakeResponse.RateLimited(2.5));

        var result = await _harness.WebhookSender.SendAsync(Notifications.For(_harness.Webhook, Notifications.Alert()), CancellationToken.None);

        result.ShouldBeOfType<DeliveryResult.Transient>().RetryAfter.ShouldBe(TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task RateLimited_WithOnlyTheHeader_IsTransient_WithTheHeadersRetryAfter()
    {
        _discord.Script(WebhookRoute, new FakeResponse(429, Headers: new Dictionary<string, string> { ["Retry-After"] = "7" }));

        var result = await _harness.WebhookSender.SendAsync(Notifications.For(_harness.Webhook, Notifications.Alert()), CancellationToken.None);

        result.ShouldBeOfType<DeliveryResult.Transient>().RetryAfter.ShouldBe(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task RateLimitedWebhook_HoldsTheNextPostUntilItsBucketResets()
    {
        _discord.Script(WebhookRoute, FakeResponse.RateLimited(3));
        await _harness.WebhookSender.SendAsync(Notifications.For(_harness.Webhook, Notifications.Alert()), CancellationToken.None);

        var armed = _harness.Time.Armed;
        var retry = _harness.WebhookSender.SendAsync(Notifications.For(_harness.Webhook, Notifications.Alert()), CancellationToken.None);
        // Held for the bucket's reset: until the clock moves, it cannot go.
        await _harness.Time.TimerArmedAsync(armed, due => due > TimeSpan.FromSeconds(2) && due <= TimeSpan.FromSeconds(3));
        _discord.Calls.Count.ShouldBe(1);
        _harness.Time.Advance(TimeSpan.FromSeconds(3));

        (await retry.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe(DeliveryResult.Delivered);
        _discord.Calls.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(404, 10015, "Unknown Webhook", "the webhook no longer exists")]
    [InlineData(401, 50027, "Invalid Webhook Token", "no longer accepted")]
    [InlineData(403, 50013, "Missing Permissions", "no longer accepted")]
    public async Task WebhookGone_IsPermanent_WithAPlainReason(int status, int code, string message, string reason)
    {
        _discord.Script(WebhookRoute, FakeResponse.Error(status, code, message));

        var result = await _harness.WebhookSender.SendAsync(Notifications.For(_harness.Webhook, Notifications.Alert()), CancellationToken.None);

        var permanent = result.ShouldBeOfType<DeliveryResult.Permanent>();
        permanent.Reason.ShouldContain(reason);
        permanent.Reason.ShouldContain(message);
    }

    [Fact]
    public async Task MalformedPayload_IsPermanent_AndLoggedAsABug()
    {
        _discord.Script(WebhookRoute, FakeResponse.Error(400, 50035, "Invalid Form Body"));

        var result = await _harness.WebhookSender.SendAsync(Notifications.For(_harness.Webhook, Notifications.Alert()), CancellationToken.None);

        result.ShouldBeOfType<DeliveryResult.Permanent>().Reason.ShouldContain("Invalid Form Body");
        _harness.Logs.Lines.ShouldContain(l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("malformed"));
    }

    [Fact]
    public async Task LaterPageRefused_StopsThereAndReportsIt()
    {
        _discord.Script(WebhookRoute, new FakeResponse(200, """{"id":"1"}"""), FakeResponse.Error(503, 0, "Service Unavailable"));

        var result = await _harness.WebhookSender.SendAsync(
            Notifications.For(_harness.Webhook, Notifications.Digest(count: 25, quoteLength: 3000)), CancellationToken.None);

        result.ShouldBeOfType<DeliveryResult.Transient>();
        _discord.Calls.Count.ShouldBe(2);
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
    public async Task Notice_IsPlainEscapedContent()
    {
        var result = await _harness.WebhookSender.SendNoticeAsync(_harness.Webhook, "Alerts for *this* channel are paused.", CancellationToken.None);

        result.ShouldBe(DeliveryResult.Delivered);
        var body = _discord.Calls.ShouldHaveSingleItem().Json!;
        ((string)body["content"]!).ShouldBe(@"Alerts for \*this\* channel are paused.");
        body["allowed_mentions"]!.ToJsonString().ShouldBe("""{"parse":[]}""");
    }

    [Fact]
    public void SendsOnlyToDiscordWebhooks()
    {
        var sender = _harness.WebhookSender;

        sender.CanSend(_harness.Webhook).ShouldBeTrue();
        sender.CanSend(DeliveryTarget.Webhook(new Uri("https://hooks.slack.com/services/T/B/x"), DeliveryFormat.Slack)).ShouldBeFalse();
        sender.CanSend(DeliveryTarget.Webhook(new Uri("https://example.com/hook"), DeliveryFormat.Json)).ShouldBeFalse();
        sender.CanSend(DeliveryHarness.Channel).ShouldBeFalse();
    }

    [Fact]
    public async Task TheWebhooksToken_IsInNoLogLineAndNoReason()
    {
        _discord.Script(WebhookRoute,
            FakeResponse.RateLimited(1), FakeResponse.Error(404, 10015, "Unknown Webhook"), FakeResponse.Error(500, 0, "Internal"),
            FakeResponse.Error(400, 50035, "Invalid Form Body"));
        var unreachable = DeliveryTarget.Webhook(new Uri($"http://127.0.0.1:9/api/webhooks/1/{DeliveryHarness.WebhookToken}"), DeliveryFormat.Discord);
        var results = new List<DeliveryResult>();

        for (var i = 0; i < 5; i++)
        {
            _harness.Time.Advance(TimeSpan.FromSeconds(2));
            results.Add(await _harness.WebhookSender.SendAsync(Notifications.For(_harness.Webhook, Notifications.Alert()), CancellationToken.None));
        }
        results.Add(await _harness.WebhookSender.SendAsync(Notifications.For(unreachable, Notifications.Alert()), CancellationToken.None));
        results.Add(await _harness.WebhookSender.SendNoticeAsync(unreachable, "paused", CancellationToken.None));

        results.Select(r => r.GetType().Name).Distinct().Count().ShouldBe(3);
        _harness.Logs.Lines.ShouldNotBeEmpty();
        _harness.Logs.All.ShouldNotContain(DeliveryHarness.WebhookToken);
        _harness.Logs.All.ShouldContain(_harness.Webhook.Display);
        foreach (var result in results) result.ToString().ShouldNotContain(DeliveryHarness.WebhookToken);
    }

    private static int EmbedLength(JsonNode? embed) =>
        Length(embed?["title"]) + Length(embed?["description"]) + Length(embed?["footer"]?["text"])
        + (embed?["fields"]?.AsArray() ?? []).Sum(f => Length(f!["name"]) + Length(f["value"]));

    private static int Length(JsonNode? text) => text is null ? 0 : ((string)text!).Length;
}
