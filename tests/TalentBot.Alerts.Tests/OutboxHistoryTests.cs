using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TalentBot.Alerts.Tests.Support;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using static TalentBot.Alerts.Tests.Support.Articles;
using static TalentBot.Alerts.Tests.Support.World;

namespace TalentBot.Alerts.Tests;

/// <summary>
/// What the outbox keeps once sent: the listings read it newest first through indexes, and <c>serve</c> prunes what
/// was sent longer than <see cref="AlertsOptions.SentRetention"/> ago, and nothing else.
/// </summary>
public sealed class OutboxHistoryTests : IAsyncLifetime
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    private AlertsHarness _h = null!;
    private WebhookServer _server = null!;

    public async Task InitializeAsync()
    {
        // One attempt each, so a 503 is given up on at once and the outbox holds a failed delivery.
        _h = new AlertsHarness(o => o.MaxAttempts = 1);
        _server = await WebhookServer.StartAsync(_h.Time);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _h.Dispose();
    }

    [Fact]
    public async Task Deliveries_NewestFirst_WithTheDeliveriesOfOneWriteByIdDescending_AtEveryLimit()
    {
        // Three subscriptions hear of each move, so every ingest writes three deliveries that share their creation time.
        var subscriptions = new[] { "a", "b", "c" }.Select(path => _h.Subscribe(Filters.Organisations(Meta), _server.Hook(path))).ToList();
        foreach (var article in new[] { AliceLeftMeta, BrunoJoinedMeta, ChiaraLeftFair })
        {
            _h.Ingest(article);
            _h.Time.Advance(TimeSpan.FromMinutes(1));
        }
        await _h.Dispatcher.DeliverDueAsync(CancellationToken.None);

        var all = _h.Alerts.Deliveries(null, 100);

        all.Count.ShouldBe(9);
        var expected = all.OrderByDescending(d => d.Created).ThenByDescending(d => d.Id, StringComparer.Ordinal).Select(d => d.Id).ToList();
        all.Select(d => d.Id).ShouldBe(expected);
        for (var max = 1; max <= all.Count; max++) Ids(_h.Alerts.Deliveries(null, max)).ShouldBe(expected.Take(max), $"max {max}");
        foreach (var subscription in subscriptions)
        {
            var own = all.Where(d => d.SubscriptionId == subscription.Id).Select(d => d.Id).ToList();
            own.Count.ShouldBe(3);
            Ids(_h.Alerts.Deliveries(subscription.Id, 100)).ShouldBe(own);
            Ids(_h.Alerts.Deliveries(subscription.Id, 2)).ShouldBe(own.Take(2));
        }
        _h.Alerts.Deliveries(null, 0).ShouldBeEmpty();
    }

    [Fact]
    public async Task LastSent_IsTheLatestSent_NotALaterUnsentOne_AndSurvivesAReopen()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("hook"));
        var never = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("down"));
        _server.Script("/down", WebhookReply.Code(503), WebhookReply.Code(503), WebhookReply.Code(503));
        _h.Ingest(AliceLeftMeta);
        await _h.Dispatcher.DeliverDueAsync(CancellationToken.None);
        _h.Time.Advance(TimeSpan.FromHours(1));
        var latest = _h.MoveOf(_h.Ingest(BrunoJoinedMeta));
        await _h.Dispatcher.DeliverDueAsync(CancellationToken.None);
        _h.Time.Advance(TimeSpan.FromHours(1));
        _server.Script("/hook", WebhookReply.Code(404));
        _h.Ingest(ChiaraLeftFair);
        await _h.Dispatcher.DeliverDueAsync(CancellationToken.None);

        foreach (var reopened in new[] { false, true })
        {
            if (reopened) _h.Reopen();
            var last = _h.Alerts.LastSent(subscription.Id).ShouldNotBeNull();
            last.MoveIds.ShouldBe([latest.Id]);
            last.SentAt.ShouldBe(AlertsHarness.DefaultStart.AddHours(1));
            _h.Alerts.LastSent(never.Id).ShouldBeNull("its deliveries failed; none was sent");
        }
    }

    [Fact]
    public async Task PruneSent_RemovesOnlySentDeliveriesOlderThanTheCutOff_OldestFirst_AndKeepsEachSubscriptionsLatest()
    {
        var start = _h.Now;
        var busy = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("busy"));
        var quiet = _h.Subscribe(Filters.People(Alice), _server.Hook("quiet"));
        var failing = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("failing"));
        var paused = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("paused"));
        var removed = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("removed"));
        _server.Script("/failing", WebhookReply.Code(503), WebhookReply.Code(503), WebhookReply.Code(503));
        _server.Script("/paused", WebhookReply.Code(404));
        _server.Script("/removed", WebhookReply.Code(404));
        _h.Ingest(AliceLeftMeta);
        await _h.Dispatcher.DeliverDueAsync(CancellationToken.None);
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Ingest(BrunoJoinedMeta);
        await _h.Dispatcher.DeliverDueAsync(CancellationToken.None);
        _h.Alerts.Unsubscribe(removed.Id).ShouldBeTrue();
        _h.Time.Advance(TimeSpan.FromDays(20));
        _h.Ingest(EmmaJoinedMetaFrench, Language.French);
        await _h.Dispatcher.DeliverDueAsync(CancellationToken.None);
        _h.Time.Advance(TimeSpan.FromDays(11));
        var before = Snapshot();
        before[busy.Id].Select(d => d.Status).ShouldBe([DeliveryStatus.Sent, DeliveryStatus.Sent, DeliveryStatus.Sent]);
        before[quiet.Id].Select(d => d.Status).ShouldBe([DeliveryStatus.Sent]);
        before[failing.Id].Select(d => d.Status).ShouldBe([DeliveryStatus.Failed, DeliveryStatus.Failed, DeliveryStatus.Failed]);
        before[paused.Id].Select(d => d.Status).ShouldBe([DeliveryStatus.Waiting, DeliveryStatus.Waiting, DeliveryStatus.Waiting]);
        before[removed.Id].Select(d => d.Status).ShouldBe([DeliveryStatus.Cancelled, DeliveryStatus.Cancelled]);
        var cutOff = _h.Now - Retention;

        // Busy's two oldest are past the cut-off; quiet's only one is too, but it is quiet's latest.
        _h.Alerts.PruneSent(cutOff, max: 1).ShouldBe(1);
        _h.Alerts.PruneSent(cutOff, max: 100).ShouldBe(1);
        _h.Alerts.PruneSent(cutOff, max: 100).ShouldBe(0);

        var after = Snapshot();
        after[busy.Id].ShouldHaveSingleItem().SentAt.ShouldBe(start.AddMinutes(1).AddDays(20), "sent 11 days ago, within the retention");
        after[quiet.Id].ShouldBe(before[quiet.Id]);
        after[failing.Id].ShouldBe(before[failing.Id]);
        after[paused.Id].ShouldBe(before[paused.Id]);
        after[removed.Id].ShouldBe(before[removed.Id]);
        _h.Alerts.LastSent(quiet.Id).ShouldNotBeNull().SentAt.ShouldBe(start);
    }

    [Fact]
    public async Task PruneSent_OneBatchAtATime_TheOldestGoesFirst()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("hook"));
        var sent = new List<string>();
        foreach (var article in new[] { AliceLeftMeta, BrunoJoinedMeta, ChiaraLeftFair })
        {
            _h.Ingest(article);
            await _h.Dispatcher.DeliverDueAsync(CancellationToken.None);
            sent.Add(_h.Alerts.LastSent(subscription.Id)!.Id);
            _h.Time.Advance(TimeSpan.FromMinutes(1));
        }

        _h.Alerts.PruneSent(_h.Now, max: 1).ShouldBe(1);
        _h.DeliveriesOf(subscription).Select(d => d.Id).ShouldBe([sent[2], sent[1]]);
        _h.Alerts.PruneSent(_h.Now, max: 1).ShouldBe(1);
        _h.Alerts.PruneSent(_h.Now, max: 1).ShouldBe(0);
        _h.DeliveriesOf(subscription).Select(d => d.Id).ShouldBe([sent[2]]);
    }

    [Fact]
    public async Task TheAlertsService_PrunesOnItsOwnClock_WhatWasSentLongerThanTheRetentionAgo()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("hook"));
        _h.Ingest(AliceLeftMeta);
        _h.Ingest(BrunoJoinedMeta);
        await _h.Dispatcher.DeliverDueAsync(CancellationToken.None);
        _h.Time.Advance(TimeSpan.FromDays(29));
        _h.Ingest(ChiaraLeftFair);
        await _h.Dispatcher.DeliverDueAsync(CancellationToken.None);
        _h.DeliveriesOf(subscription).Count.ShouldBe(3);

        var marker = _h.Subscribe(Filters.People(Farah), _server.Hook("marker"), alerts: false);
        using var host = await StartHostAsync();
        _h.Time.Advance(TimeSpan.FromDays(1) - TimeSpan.FromMinutes(1));
        // Every turn of the loop prunes; the fake clock has not moved the first two past the retention yet.
        await TwoTurnsAsync(marker);
        _h.DeliveriesOf(subscription).Count.ShouldBe(3);

        _h.Time.Advance(TimeSpan.FromMinutes(1));
        await TwoTurnsAsync(marker);
        // Both marker digests may go out in one pass, before that turn prunes: the prune is the turn's next step.
        // The prune is logged just after it commits.
        await UntilAsync(() => _h.DeliveriesOf(subscription).Count == 1 && _h.Logs.Entries.Any(l => l.EventId == 7010),
            "the loop never pruned what passed the retention, or never said so");
        _h.DeliveriesOf(subscription).Single().SentAt.ShouldBe(AlertsHarness.DefaultStart.AddDays(29));
        await host.StopAsync(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("00:59:59")]
    [InlineData("3651.00:00:00")]
    public void Options_ASentRetentionOutOfRange_IsRejected(string retention)
    {
        using var h = new AlertsHarness(o => o.SentRetention = TimeSpan.Parse(retention, System.Globalization.CultureInfo.InvariantCulture));

        Should.Throw<OptionsValidationException>(() => h.Options).Message.ShouldContain(nameof(AlertsOptions.SentRetention));
    }

    [Fact]
    public void Options_SentRetention_DefaultsToThirtyDays() => new AlertsOptions().SentRetention.ShouldBe(Retention);

    private static List<string> Ids(IEnumerable<Core.Alerts.Delivery> deliveries) => deliveries.Select(d => d.Id).ToList();

    /// <summary>Each subscription's deliveries, newest first, as values (a delivery's move list compares by reference).</summary>
    private Dictionary<string, List<(string Id, DeliveryStatus Status, int Attempts, DateTimeOffset? SentAt)>> Snapshot() =>
        _h.Alerts.Deliveries(null, 1000).GroupBy(d => d.SubscriptionId)
          .ToDictionary(g => g.Key, g => g.Select(d => (d.Id, d.Status, d.Attempts, d.SentAt)).ToList());

    private async Task<IHost> StartHostAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], DisableDefaults = true });
        AlertsHarness.AddAlerts(builder.Services, _h.Store, _h.Time, _h.Logs, configure: null, extraSenders: []);
        builder.Services.AddAlertsService();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>
    /// Lets the loop go round twice at the clock's time, without moving it: an enqueued delivery wakes the loop, and
    /// it sends before it prunes, so the second delivery sent means the first turn has pruned. Returns once the
    /// second is recorded as sent: the webhook sees the request before the dispatcher sees the answer, and a clock
    /// moved in between would time the attempt out (its timeout runs on the same fake clock).
    /// </summary>
    private async Task TwoTurnsAsync(Subscription marker)
    {
        for (var turn = 0; turn < 2; turn++)
        {
            var sent = _server.CallsTo("/marker").Count;
            _h.Alerts.EnqueueDigest(marker.Id, [], _h.Alerts.FindSubscription(marker.Id)!.DigestedUntil.AddTicks(TimeSpan.TicksPerMillisecond), _h.Now)
              .ShouldBeTrue();
            await _server.WaitForCallsAsync(sent + 1, "/marker");
        }
        await UntilAsync(() => _h.DeliveriesOf(marker).All(d => d.Status == DeliveryStatus.Sent), "the marker's delivery was never recorded as sent");
    }

    /// <summary>
    /// Waits for what the loop does on its own thread: the store is checked again at each line the loop logs, since
    /// the loop logs each outcome after writing it; 10 s at most.
    /// </summary>
    private async Task UntilAsync(Func<bool> done, string failure)
    {
        try
        {
            await _h.Logs.WaitForAsync(_ => done());
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException(failure);
        }
    }
}
