using TalentBot.Alerts.Delivery;
using TalentBot.Core.Alerts;
using TalentBot.Slack.Delivery;
using TalentBot.Slack.Tests.Support;

namespace TalentBot.Slack.Tests;

/// <summary>
/// Alerts and digests to a Slack channel through <c>chat.postMessage</c> on a fake Slack: the delivery id in the
/// message's metadata, and what each of Slack's errors means for the outbox.
/// </summary>
public sealed class SlackChannelSenderTests : IAsyncLifetime
{
    private const string PostMessage = "/api/chat.postMessage";

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
    public async Task Alert_IsPostedWithTheBotToken_AndItsDeliveryIdInTheMetadata()
    {
        var result = await _harness.ChannelSender.SendAsync(
            Notifications.For(DeliveryHarness.ChannelTarget, Notifications.Alert(), "dlv-0042"), CancellationToken.None);

        result.ShouldBe(DeliveryResult.Delivered);
        var call = _slack.Calls.ShouldHaveSingleItem();
        call.Path.ShouldBe(PostMessage);
        call.Header("Authorization").ShouldBe("Bearer " + SlackHost.BotToken);
        ((string)call.Json!["channel"]!).ShouldBe(DeliveryHarness.Channel);
        ((string)call.Json!["text"]!).ShouldBe("New move reported: Jane Roe — left");
        ((bool)call.Json!["unfurl_links"]!).ShouldBeFalse();
        call.Json!["metadata"]!.ToJsonString().ShouldBe("""{"event_type":"talentbot_delivery","event_payload":{"id":"dlv-0042"}}""");
        call.BlockText.ShouldContain("Jane Roe left Meta for OpenAI.");
    }

    [Fact]
    public async Task EveryPageOfADigest_CarriesTheSameDeliveryId()
    {
        var result = await _harness.ChannelSender.SendAsync(
            Notifications.For(DeliveryHarness.ChannelTarget, Notifications.Digest(count: 25, quoteLength: 2500), "dlv-0043"), CancellationToken.None);

        result.ShouldBe(DeliveryResult.Delivered);
        _slack.Calls.Count.ShouldBeGreaterThan(1);
        _slack.Calls.ShouldAllBe(c => (string)c.Json!["metadata"]!["event_payload"]!["id"]! == "dlv-0043");
    }

    [Theory]
    [InlineData("channel_not_found")]
    [InlineData("not_in_channel")]
    [InlineData("is_archived")]
    [InlineData("invalid_auth")]
    [InlineData("account_inactive")]
    [InlineData("token_revoked")]
    [InlineData("missing_scope")]
    public async Task ChannelOutOfReach_IsPermanent_WithAPlainReason(string error)
    {
        _slack.Script(PostMessage, FakeResponse.Error(error));

        var result = await _harness.ChannelSender.SendAsync(Notifications.For(DeliveryHarness.ChannelTarget, Notifications.Alert()), CancellationToken.None);

        var reason = result.ShouldBeOfType<DeliveryResult.Permanent>().Reason;
        reason.ShouldEndWith($" ({error})");
        reason.ShouldNotStartWith("Slack refused");
        _harness.Logs.Lines.ShouldNotContain(l => l.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RateLimited_IsTransient_WithItsRetryAfter()
    {
        _slack.Script(PostMessage, FakeResponse.RateLimited(12));

        var result = await _harness.ChannelSender.SendAsync(Notifications.For(DeliveryHarness.ChannelTarget, Notifications.Alert()), CancellationToken.None);

        var transient = result.ShouldBeOfType<DeliveryResult.Transient>();
        transient.RetryAfter.ShouldBe(TimeSpan.FromSeconds(12));
        transient.Reason.ShouldContain("ratelimited");
    }

    [Fact]
    public async Task ServerError_IsTransient()
    {
        _slack.Script(PostMessage, new FakeResponse(503, "upstream unavailable"));

        var result = await _harness.ChannelSender.SendAsync(Notifications.For(DeliveryHarness.ChannelTarget, Notifications.Alert()), CancellationToken.None);

        result.ShouldBeOfType<DeliveryResult.Transient>().Reason.ShouldContain("503");
    }

    [Fact]
    public async Task InvalidBlocks_IsPermanent_AndLoggedAsABug()
    {
        _slack.Script(PostMessage, FakeResponse.Error("invalid_blocks"));

        var result = await _harness.ChannelSender.SendAsync(Notifications.For(DeliveryHarness.ChannelTarget, Notifications.Alert()), CancellationToken.None);

        result.ShouldBe(new DeliveryResult.Permanent("Slack refused the message (invalid_blocks)"));
        _harness.Logs.Lines.ShouldContain(l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("invalid_blocks"));
    }

    [Fact]
    public async Task Notice_IsPlainTextWithoutMetadata()
    {
        var result = await _harness.ChannelSender.SendNoticeAsync(DeliveryHarness.ChannelTarget, "Alerts here are paused.", CancellationToken.None);

        result.ShouldBe(DeliveryResult.Delivered);
        var call = _slack.Calls.ShouldHaveSingleItem();
        ((string)call.Json!["text"]!).ShouldBe("Alerts here are paused.");
        call.Json!.AsObject().ContainsKey("metadata").ShouldBeFalse();
    }

    [Fact]
    public async Task WithoutABotToken_OnlyTheWebhookSenderIsRegistered()
    {
        await using var harness = DeliveryHarness.Create(_slack, botToken: null);

        harness.Senders.ShouldHaveSingleItem().ShouldBeOfType<SlackWebhookSender>();
    }

    [Fact]
    public void SendsOnlyToSlackChannels()
    {
        _harness.ChannelSender.CanSend(DeliveryHarness.ChannelTarget).ShouldBeTrue();
        _harness.ChannelSender.CanSend(_harness.Webhook).ShouldBeFalse();
        _harness.ChannelSender.CanSend(DeliveryTarget.DiscordChannel("1230000000000000001")).ShouldBeFalse();
    }
}
