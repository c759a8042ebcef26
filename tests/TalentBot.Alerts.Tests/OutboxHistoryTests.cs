using TalentBot.Alerts.Tests.Support;
using TalentBot.Core.Alerts;
using static TalentBot.Alerts.Tests.Support.Articles;
using static TalentBot.Alerts.Tests.Support.World;

namespace TalentBot.Alerts.Tests;

/// <summary>What the outbox keeps once sent: the listings read it newest first through indexes.</summary>
public sealed class OutboxHistoryTests : IAsyncLifetime
{
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

    private static List<string> Ids(IEnumerable<Core.Alerts.Delivery> deliveries) => deliveries.Select(d => d.Id).ToList();
}
