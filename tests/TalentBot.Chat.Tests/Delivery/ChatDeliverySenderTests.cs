using Microsoft.Extensions.Logging;
using TalentBot.Alerts.Delivery;
using TalentBot.Chat.Delivery;
using TalentBot.Core.Alerts;
using TalentBot.Testing;

namespace TalentBot.Chat.Tests.Delivery;

/// <summary>
/// What every chat sender does alike, through a scripted platform: pages posted in order and stopped at the first
/// not accepted, an unusable address refused before any post, unanswered calls made transient, notices, and one log
/// line per failure (Error only for a message refused as malformed, never a stack trace).
/// </summary>
public sealed class ChatDeliverySenderTests
{
    private static readonly DeliveryTarget Target = DeliveryTarget.Webhook(new Uri("https://chat.example/hooks/secret-token"), DeliveryFormat.Slack);

    private readonly CapturedLogs _logs = new();

    [Fact]
    public async Task EveryPage_IsPostedInOrder_AsAPartOfTheDelivery()
    {
        var sender = new ScriptedSender(_logs, pages: 3);

        var result = await sender.SendAsync(Notifications.For(Target, Notifications.Alert(), "dlv-7"), CancellationToken.None);

        result.ShouldBe(DeliveryResult.Delivered);
        sender.Posts.ShouldBe([("page 0", new MessagePart("dlv-7", 0)), ("page 1", new MessagePart("dlv-7", 1)), ("page 2", new MessagePart("dlv-7", 2))]);
        _logs.Entries.ShouldHaveSingleItem().Message.ShouldBe($"Delivery dlv-7 posted to {Target.Display} in 3 messages");
    }

    [Fact]
    public async Task APageNotAccepted_StopsTheDelivery_AndIsOneWarningLine()
    {
        var limited = new DeliveryResult.Transient("rate limited", TimeSpan.FromSeconds(7));
        var sender = new ScriptedSender(_logs, pages: 3, Posted.Delivered, new Posted(limited));

        var result = await sender.SendAsync(Notifications.For(Target, Notifications.Alert(), "dlv-7"), CancellationToken.None);

        result.ShouldBe(limited);
        sender.Posts.Count.ShouldBe(2, "the third page waits for the retry");
        var line = _logs.Entries.ShouldHaveSingleItem();
        line.Level.ShouldBe(LogLevel.Warning);
        line.Message.ShouldBe($"Delivery dlv-7 to {Target.Display} not accepted: rate limited");
    }

    [Fact]
    public async Task AMessageRefusedAsMalformed_IsLoggedAsABugNamingThePlatform()
    {
        var sender = new ScriptedSender(_logs, pages: 1, new Posted(new DeliveryResult.Permanent("invalid_blocks"), Malformed: true));

        var result = await sender.SendAsync(Notifications.For(Target, Notifications.Alert(), "dlv-7"), CancellationToken.None);

        result.ShouldBeOfType<DeliveryResult.Permanent>();
        var line = _logs.Entries.ShouldHaveSingleItem();
        line.Level.ShouldBe(LogLevel.Error);
        line.Message.ShouldStartWith("Scripted refused delivery dlv-7");
        line.Message.ShouldEndWith("as malformed, a bug in how it was rendered: invalid_blocks");
    }

    [Theory]
    [InlineData(typeof(HttpRequestException), "the request failed")]
    [InlineData(typeof(TaskCanceledException), "the target did not answer in time")]
    [InlineData(typeof(TimeoutException), "the target did not answer in time")]
    public async Task ACallThatGotNoAnswer_IsTransient_WithoutAStackTrace(Type failure, string reason)
    {
        var sender = new ScriptedSender(_logs, pages: 2) { Throws = (Exception)Activator.CreateInstance(failure)! };

        var result = await sender.SendAsync(Notifications.For(Target, Notifications.Alert()), CancellationToken.None);

        result.ShouldBe(new DeliveryResult.Transient(reason));
        sender.Posts.Count.ShouldBe(1);
        _logs.Entries.ShouldHaveSingleItem().Exception.ShouldBeNull();
    }

    [Fact]
    public async Task AnUnusableAddress_IsRefusedForGood_WithoutAnyPost()
    {
        var sender = new ScriptedSender(_logs, pages: 2) { UnusableBecause = "not an address this platform takes" };

        var delivery = await sender.SendAsync(Notifications.For(Target, Notifications.Alert(), "dlv-7"), CancellationToken.None);
        var notice = await sender.SendNoticeAsync(Target, "paused", CancellationToken.None);

        delivery.ShouldBe(new DeliveryResult.Permanent("not an address this platform takes"));
        notice.ShouldBe(delivery);
        sender.Posts.ShouldBeEmpty();
        _logs.Entries.Select(l => l.Message).ShouldBe([
            $"Delivery dlv-7 to {Target.Display} not accepted: not an address this platform takes",
            $"Delivery notice to {Target.Display} not accepted: not an address this platform takes"]);
    }

    [Fact]
    public async Task ANotice_IsOnePlainMessage_MarkedAsANotice()
    {
        var sender = new ScriptedSender(_logs, pages: 3);

        (await sender.SendNoticeAsync(Target, "Your subscription is paused.", CancellationToken.None)).ShouldBe(DeliveryResult.Delivered);

        var (message, part) = sender.Posts.ShouldHaveSingleItem();
        message.ShouldBe("notice: Your subscription is paused.");
        part.IsNotice.ShouldBeTrue();
    }

    [Fact]
    public async Task AnotherSendersTarget_IsABug_NotAResult()
    {
        var sender = new ScriptedSender(_logs, pages: 1);
        var json = DeliveryTarget.Webhook(new Uri("https://example.org/hook"), DeliveryFormat.Json);

        (await Should.ThrowAsync<ArgumentException>(() => sender.SendNoticeAsync(json, "hello", CancellationToken.None)))
            .Message.ShouldStartWith($"{json.Display} is not a Scripted webhook.");
        await Should.ThrowAsync<ArgumentException>(() => sender.SendAsync(Notifications.For(json, Notifications.Alert()), CancellationToken.None));
        sender.Posts.ShouldBeEmpty();
    }

    [Fact]
    public void ItSendsToWebhooksOfItsFormat_OrToChannelsOfItsPlatform()
    {
        var webhooks = new ScriptedSender(_logs, pages: 1);
        var channels = new ChannelSender(_logs);

        webhooks.CanSend(Target).ShouldBeTrue();
        webhooks.CanSend(DeliveryTarget.Webhook(new Uri("https://example.org/hook"), DeliveryFormat.Discord)).ShouldBeFalse();
        webhooks.CanSend(DeliveryTarget.SlackChannel("C0123456789")).ShouldBeFalse();
        channels.CanSend(DeliveryTarget.SlackChannel("C0123456789")).ShouldBeTrue();
        channels.CanSend(Target).ShouldBeFalse();
        channels.CanSend(DeliveryTarget.DiscordChannel("123456789012345678")).ShouldBeFalse();
    }

    /// <summary>A platform whose answers are scripted, one per post (accepted once the script runs out).</summary>
    private sealed class ScriptedSender(CapturedLogs logs, int pages, params Posted[] answers)
        : ChatDeliverySender<string>("Scripted", TargetKind.Webhook, DeliveryFormat.Slack, logs.CreateLogger("Scripted"))
    {
        public List<(string Message, MessagePart Part)> Posts { get; } = [];

        public Exception? Throws { get; init; }

        public string? UnusableBecause { get; init; }

        protected override IReadOnlyList<string> Render(Notification notification) => Enumerable.Range(0, pages).Select(p => $"page {p}").ToList();

        protected override string Notice(string text) => "notice: " + text;

        protected override string? Unusable(DeliveryTarget target) => UnusableBecause;

        protected override Task<Posted> PostAsync(DeliveryTarget target, string message, MessagePart part, CancellationToken cancellationToken)
        {
            Posts.Add((message, part));
            if (Throws is { } failure) return Task.FromException<Posted>(failure);
            return Task.FromResult(Posts.Count <= answers.Length ? answers[Posts.Count - 1] : Posted.Delivered);
        }
    }

    /// <summary>A platform's channel sender: any channel of its kind, whatever format the target carries.</summary>
    private sealed class ChannelSender(CapturedLogs logs)
        : ChatDeliverySender<string>("Scripted", TargetKind.SlackChannel, DeliveryFormat.Slack, logs.CreateLogger("Scripted"))
    {
        protected override IReadOnlyList<string> Render(Notification notification) => [];

        protected override string Notice(string text) => text;

        protected override Task<Posted> PostAsync(DeliveryTarget target, string message, MessagePart part, CancellationToken cancellationToken) =>
            Task.FromResult(Posted.Delivered);
    }
}
