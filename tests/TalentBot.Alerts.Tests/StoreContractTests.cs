using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalentBot.Alerts.Tests.Support;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using static TalentBot.Alerts.Tests.Support.Articles;
using static TalentBot.Alerts.Tests.Support.World;

namespace TalentBot.Alerts.Tests;

/// <summary>What IAlertStore promises beyond enqueueing: updates, digest windows, ids, and one pass at a time.</summary>
public sealed class StoreContractTests : IAsyncLifetime
{
    private AlertsHarness _h = null!;
    private WebhookServer _server = null!;

    public async Task InitializeAsync()
    {
        _h = new AlertsHarness();
        _server = await WebhookServer.StartAsync(_h.Time);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _h.Dispose();
    }

    [Fact]
    public void Update_ReplacesTheFilterAndSwitches()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook());

        _h.Alerts.Update(subscription with { Filter = Filters.People(Alice), Alerts = false, Language = Language.Italian }).ShouldBeTrue();

        var updated = _h.Alerts.FindSubscription(subscription.Id)!;
        updated.Filter.People.ShouldBe([Alice]);
        updated.Filter.Organisations.ShouldBeEmpty();
        updated.Alerts.ShouldBeFalse();
        updated.Language.ShouldBe(Language.Italian);
        _h.Alerts.Unsubscribe(subscription.Id);
        _h.Alerts.Update(updated).ShouldBeFalse();
    }

    [Fact]
    public void Update_WithACopyReadBeforeAPause_KeepsThePause()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook());
        var read = _h.Alerts.FindSubscription(subscription.Id)!;
        _h.Alerts.Pause(subscription.Id, new SubscriptionPause(_h.Now, "HTTP 404 Not Found")).ShouldBeTrue();

        // What a /subscribe widening does if the dispatcher paused the channel between its read and its write.
        _h.Alerts.Update(read with { Filter = Filters.Organisations(Meta, Google) });

        _h.Alerts.FindSubscription(subscription.Id)!.Paused.ShouldNotBeNull("Update is documented to replace the filter, switches and schedule, not to lift a pause");
    }

    [Fact]
    public void Update_WithACopyReadBeforeADigest_DoesNotSendTheDigestAgainOrFail()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook(), alerts: false, digest: new DigestSchedule("0 9 * * *", "UTC"));
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Ingest(AliceLeftMeta);
        var read = _h.Alerts.FindSubscription(subscription.Id)!;
        _h.Time.SetUtcNow(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero));
        _h.Digests.EnqueueDue().ShouldBe(1);

        // A /subscribe widening that read the subscription just before the scheduler advanced its window.
        _h.Alerts.Update(read with { Filter = Filters.Organisations(Meta, Google) });

        Should.NotThrow(() => _h.Digests.EnqueueDue()).ShouldBe(0);
        _h.DeliveriesOf(subscription).Count.ShouldBe(1);
        _h.Alerts.FindSubscription(subscription.Id)!.DigestedUntil.ShouldBe(_h.Now, "Update moved the digest window back");
    }

    [Fact]
    public void EnqueueDigest_SameWindowTwice_EnqueuesOnce()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook(), alerts: false, digest: new DigestSchedule("0 9 * * *", "UTC"));
        var until = _h.Now.AddHours(3);

        _h.Alerts.EnqueueDigest(subscription.Id, ["m1"], until, _h.Now).ShouldBeTrue();
        _h.Alerts.EnqueueDigest(subscription.Id, ["m1"], until, _h.Now).ShouldBeFalse();
        _h.Alerts.EnqueueDigest(subscription.Id, null, until.AddHours(-1), _h.Now).ShouldBeFalse();
        _h.Alerts.EnqueueDigest("nosuch", ["m1"], until, _h.Now).ShouldBeFalse();

        var digest = _h.DeliveriesOf(subscription).ShouldHaveSingleItem();
        digest.WindowStart.ShouldBe(subscription.Created);
        _h.Alerts.FindSubscription(subscription.Id)!.DigestedUntil.ShouldBe(until);
    }

    [Fact]
    public void DeliveryIds_AreStableShortAndTellTheKind()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook(), digest: new DigestSchedule("0 9 * * *", "UTC"));
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Ingest(AliceLeftMeta);
        _h.Time.SetUtcNow(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero));
        _h.Digests.EnqueueDue();

        var ids = _h.DeliveriesOf(subscription).ToDictionary(d => d.Kind, d => d.Id);

        ids[DeliveryKind.Alert].ShouldStartWith("a");
        ids[DeliveryKind.Digest].ShouldStartWith("d");
        ids.Values.ShouldAllBe(id => id.Length <= 25);
        subscription.Id.Length.ShouldBe(6);
    }

    [Fact]
    public async Task TwoPassesAtOnce_SendEachDeliveryOnce()
    {
        _h.Subscribe(Filters.Organisations(Meta), _server.Hook("hook"));
        _h.Ingest(AliceLeftMeta);
        _h.Ingest(BrunoJoinedMeta);
        var dispatcher = _h.Dispatcher;

        var reports = await Task.WhenAll(
            Task.Run(() => dispatcher.DeliverDueAsync(CancellationToken.None)),
            Task.Run(() => dispatcher.DeliverDueAsync(CancellationToken.None)));

        reports.Sum(r => r.Sent).ShouldBe(2);
        _server.Calls.Count.ShouldBe(2);
        _server.Calls.Select(c => c.Header("Idempotency-Key")).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void Options_AnUnknownDefaultTimeZone_IsRejected()
    {
        using var h = new AlertsHarness(o => o.DefaultTimeZone = "Nowhere/Land");

        Should.Throw<OptionsValidationException>(() => h.Options).Message.ShouldContain("Alerts:DefaultTimeZone");
    }

    [Fact]
    public void Webhook_OnlyAbsoluteHttpUrls()
    {
        Should.Throw<ArgumentException>(() => DeliveryTarget.Webhook(new Uri("ftp://example.com/x"), DeliveryFormat.Json));
        Should.Throw<ArgumentException>(() => DeliveryTarget.Webhook(new Uri("/relative", UriKind.Relative), DeliveryFormat.Json));
        DeliveryTarget.Webhook(new Uri("https://discord.com/api/webhooks/123/secret-token"), DeliveryFormat.Discord).Display
            .ShouldBe("https://discord.com/api…");
    }
}
