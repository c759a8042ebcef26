using TalentBot.Alerts.Delivery;
using TalentBot.Core.Alerts;
using TalentBot.Discord.Delivery;
using TalentBot.Discord.Tests.Support;

namespace TalentBot.Discord.Tests;

/// <summary>
/// Alerts and digests to a Discord channel through the REST client, on a fake Discord: the nonce that lets Discord
/// drop a repeated attempt, and what each refusal means for the outbox.
/// </summary>
public sealed class DiscordChannelSenderTests : IAsyncLifetime
{
    private FakeDiscord _discord = null!;
    private DeliveryHarness _harness = null!;

    private static string ChannelRoute => $"POST /channels/{Payloads.ChannelId}";

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
    public async Task Alert_IsPostedWithTheBotTokenAndAnEnforcedNonce()
    {
        var result = await _harness.ChannelSender.SendAsync(Notifications.For(DeliveryHarness.Channel, Notifications.Alert()), CancellationToken.None);

        result.ShouldBe(DeliveryResult.Delivered);
        var call = _discord.Calls.ShouldHaveSingleItem();
        call.Path.ShouldBe($"/channels/{Payloads.ChannelId}/messages");
        call.Header("Authorization").ShouldBe("Bot " + RestHarness.BotToken);
        ((string)call.Json!["nonce"]!).Length.ShouldBeInRange(1, 25);
        ((bool)call.Json!["enforce_nonce"]!).ShouldBeTrue();
        call.Json!["allowed_mentions"]!.ToJsonString().ShouldBe("""{"parse":[]}""");
        ((string)call.Json!["embeds"]![0]!["title"]!).ShouldBe("New move reported");
    }

    [Theory]
    [InlineData("../../users/@me/channels?x=")]
    [InlineData("..")]
    [InlineData("123")]
    public async Task AStoredAddressThatIsNotASnowflake_FailsForGood_WithoutARequest(string address)
    {
        // Stored before ids were checked: read back as it was, never through the checking factory.
        var target = new DeliveryTarget(TargetKind.DiscordChannel, address, DeliveryFormat.Discord);

        var result = await _harness.ChannelSender.SendAsync(Notifications.For(target, Notifications.Alert()), CancellationToken.None);
        var notice = await _harness.ChannelSender.SendNoticeAsync(target, "paused", CancellationToken.None);

        result.ShouldBeOfType<DeliveryResult.Permanent>().Reason.ShouldContain("not a Discord channel id");
        notice.ShouldBeOfType<DeliveryResult.Permanent>();
        _discord.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task TwoAttemptsOfOneNotification_CarryTheSameNonce_SoDiscordDropsTheRepeat()
    {
        var notification = Notifications.For(DeliveryHarness.Channel, Notifications.Alert(), "dlv-0042");
        var other = Notifications.For(DeliveryHarness.Channel, Notifications.Alert(), "dlv-0043");

        await _harness.ChannelSender.SendAsync(notification, CancellationToken.None);
        await _harness.ChannelSender.SendAsync(notification, CancellationToken.None);
        await _harness.ChannelSender.SendAsync(other, CancellationToken.None);

        var nonces = _discord.Calls.Select(c => (string)c.Json!["nonce"]!).ToList();
        nonces[0].ShouldBe(nonces[1]);
        nonces[2].ShouldNotBe(nonces[0]);
    }

    [Fact]
    public async Task PagesOfADigest_EachHaveTheirOwnNonce()
    {
        var result = await _harness.ChannelSender.SendAsync(
            Notifications.For(DeliveryHarness.Channel, Notifications.Digest(count: 25, quoteLength: 3000)), CancellationToken.None);

        result.ShouldBe(DeliveryResult.Delivered);
        var nonces = _discord.Calls.Select(c => (string)c.Json!["nonce"]!).ToList();
        nonces.Count.ShouldBeGreaterThan(1);
        nonces.Distinct().Count().ShouldBe(nonces.Count);
    }

    [Fact]
    public void Nonce_FitsDiscordsLimit_WhateverTheKeysLength()
    {
        var key = new string('k', 300);

        DiscordChannelSender.Nonce(key, 0).Length.ShouldBe(25);
        DiscordChannelSender.Nonce(key, 0).ShouldBe(DiscordChannelSender.Nonce(key, 0));
        DiscordChannelSender.Nonce(key, 1).ShouldNotBe(DiscordChannelSender.Nonce(key, 0));
    }

    [Theory]
    [InlineData(404, 10003, "Unknown Channel", "the channel no longer exists (Unknown Channel)")]
    [InlineData(403, 50001, "Missing Access", "the bot can no longer post in this channel (Missing Access)")]
    [InlineData(403, 50013, "Missing Permissions", "the bot can no longer post in this channel (Missing Permissions)")]
    [InlineData(401, 0, "401: Unauthorized", "Discord no longer accepts the bot's token (401 Unauthorized)")]
    public async Task ChannelOutOfReach_IsPermanent_WithAPlainReason(int status, int code, string message, string reason)
    {
        _discord.Script(ChannelRoute, FakeResponse.Error(status, code, message));

        var result = await _harness.ChannelSender.SendAsync(Notifications.For(DeliveryHarness.Channel, Notifications.Alert()), CancellationToken.None);

        result.ShouldBe(new DeliveryResult.Permanent(reason));
    }

    [Fact]
    public async Task ServerError_IsTransient()
    {
        _discord.Script(ChannelRoute, FakeResponse.Error(502, 0, "Bad Gateway"));

        var result = await _harness.ChannelSender.SendAsync(Notifications.For(DeliveryHarness.Channel, Notifications.Alert()), CancellationToken.None);

        result.ShouldBeOfType<DeliveryResult.Transient>().Reason.ShouldContain("502");
    }

    [Fact]
    public async Task RateLimitTooLongToHold_IsTransient_WithDiscordsWait()
    {
        _discord.Script(ChannelRoute, FakeResponse.RateLimited(120));

        var result = await _harness.ChannelSender.SendAsync(Notifications.For(DeliveryHarness.Channel, Notifications.Alert()), CancellationToken.None);

        result.ShouldBeOfType<DeliveryResult.Transient>().RetryAfter.ShouldBe(TimeSpan.FromSeconds(120));
    }

    [Fact]
    public async Task MalformedMessage_IsPermanent_AndLoggedAsABug()
    {
        _discord.Script(ChannelRoute, FakeResponse.Error(400, 50035, "Invalid Form Body"));

        var result = await _harness.ChannelSender.SendAsync(Notifications.For(DeliveryHarness.Channel, Notifications.Alert()), CancellationToken.None);

        result.ShouldBeOfType<DeliveryResult.Permanent>().Reason.ShouldContain("50035");
        _harness.Logs.Lines.ShouldContain(l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("malformed"));
    }

    [Fact]
    public async Task Notice_IsPlainContent()
    {
        var result = await _harness.ChannelSender.SendNoticeAsync(DeliveryHarness.Channel, "Alerts here are paused.", CancellationToken.None);

        result.ShouldBe(DeliveryResult.Delivered);
        ((string)_discord.Calls.ShouldHaveSingleItem().Json!["content"]!).ShouldBe("Alerts here are paused.");
    }

    [Fact]
    public async Task WithoutABotToken_OnlyTheWebhookSenderIsRegistered()
    {
        await using var harness = DeliveryHarness.Create(_discord, botToken: null);

        harness.Senders.ShouldHaveSingleItem().ShouldBeOfType<DiscordWebhookSender>();
    }

    [Fact]
    public void SendsOnlyToDiscordChannels()
    {
        _harness.ChannelSender.CanSend(DeliveryHarness.Channel).ShouldBeTrue();
        _harness.ChannelSender.CanSend(_harness.Webhook).ShouldBeFalse();
        _harness.ChannelSender.CanSend(Core.Alerts.DeliveryTarget.SlackChannel("C0123")).ShouldBeFalse();
    }
}
