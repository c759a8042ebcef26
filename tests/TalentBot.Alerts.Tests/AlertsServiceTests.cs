using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentBot.Alerts.Tests.Support;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using static TalentBot.Alerts.Tests.Support.Articles;
using static TalentBot.Alerts.Tests.Support.World;

namespace TalentBot.Alerts.Tests;

/// <summary><c>serve</c>'s loop in a real host, on a fake clock that the tests never move unless they say so.</summary>
public sealed class AlertsServiceTests : IAsyncLifetime
{
    private AlertsHarness _h = null!;
    private WebhookServer _server = null!;
    private IHost? _host;

    public async Task InitializeAsync()
    {
        _h = new AlertsHarness();
        _server = await WebhookServer.StartAsync(_h.Time);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync(TimeSpan.FromSeconds(5));
            _host.Dispose();
        }
        await _server.DisposeAsync();
        _h.Dispose();
    }

    [Fact]
    public async Task AnIngestThatEnqueues_WakesTheLoop_AndTheWebhookGetsTheAlertWithoutTheClockMoving()
    {
        var start = _h.Now;
        var subscription = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("hook"));
        await StartHostAsync();
        await WarmUpAsync();

        var move = _h.MoveOf(_h.Ingest(BrunoJoinedMeta));
        await _server.WaitForCallsAsync(2, "/hook");

        _h.Now.ShouldBe(start);
        var call = _server.CallsTo("/hook")[1];
        ((string?)call.Json["moves"]![0]!["id"]).ShouldBe(move.Id);
        await WaitUntilAsync(() => _h.DeliveriesOf(subscription).All(d => d.Status == DeliveryStatus.Sent));
    }

    [Fact]
    public async Task ADigestFallingDue_IsEnqueuedAndSentByTheLoop()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("digest"), alerts: false,
                                        digest: new DigestSchedule("0 9 * * *", "Europe/Paris"));
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        var move = _h.MoveOf(_h.Ingest(AliceLeftMeta));
        await StartHostAsync();

        _h.Time.SetUtcNow(new DateTimeOffset(2026, 1, 12, 8, 0, 0, TimeSpan.Zero));
        await _server.WaitForCallsAsync(1, "/digest");

        var body = _server.CallsTo("/digest").ShouldHaveSingleItem().Json;
        ((string?)body["type"]).ShouldBe("digest");
        ((string?)body["moves"]![0]!["id"]).ShouldBe(move.Id);
        await WaitUntilAsync(() => _h.DeliveriesOf(subscription).SingleOrDefault()?.Status == DeliveryStatus.Sent);
    }

    [Fact]
    public async Task StoppingTheHost_LetsTheAttemptInFlightFinishAndRecordsIt_ButStartsNoOther()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("slow"));
        var answer = new TaskCompletionSource();
        _server.Script("/slow", WebhookReply.HeldUntil(answer.Task));
        var first = _h.MoveOf(_h.Ingest(AliceLeftMeta));
        _h.Time.Advance(TimeSpan.FromSeconds(1));
        var second = _h.MoveOf(_h.Ingest(BrunoJoinedMeta));
        await StartHostAsync();
        await _server.WaitForCallsAsync(1, "/slow");

        // SIGTERM: the host stops its services, with its whole shutdown timeout still ahead.
        var stopping = _host!.StopAsync(CancellationToken.None);
        stopping.IsCompleted.ShouldBeFalse("the host waits for the attempt in flight");
        answer.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        var deliveries = _h.DeliveriesOf(subscription).ToDictionary(d => d.MoveIds.Single());
        deliveries[first.Id].Status.ShouldBe(DeliveryStatus.Sent, "its 200 came after the stop was asked for, and was recorded");
        deliveries[first.Id].Attempts.ShouldBe(1);
        deliveries[second.Id].Status.ShouldBe(DeliveryStatus.Waiting);
        deliveries[second.Id].Attempts.ShouldBe(0, "no attempt starts once the host is stopping");
        _server.CallsTo("/slow").Count.ShouldBe(1);
    }

    [Fact]
    public async Task StoppingTheHost_AnAttemptThatTimesOutWhileDraining_IsRecordedAsARetry()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("hanging"));
        _server.Script("/hanging", WebhookReply.Hanging);
        _h.Ingest(AliceLeftMeta);
        await StartHostAsync();
        await _server.WaitForCallsAsync(1, "/hanging");

        var stopping = _host!.StopAsync(CancellationToken.None);
        _h.Time.Advance(_h.Options.AttemptTimeout);
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        var delivery = _h.DeliveriesOf(subscription).ShouldHaveSingleItem();
        delivery.Status.ShouldBe(DeliveryStatus.Waiting);
        delivery.Attempts.ShouldBe(1);
        delivery.LastError.ShouldBe("the target did not answer in time");
    }

    [Fact]
    public async Task StoppingTheHost_WhenTheShutdownTimeoutCutsOffAnAttempt_LeavesItWaitingAsItWas()
    {
        // One pass sends one delivery at a time: the failing target goes first, then the held one stays in flight.
        var failing = _h.Subscribe(Filters.People(Alice), _server.Hook("failing"));
        _h.Time.Advance(TimeSpan.FromSeconds(1));
        var held = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("held"));
        var answer = new TaskCompletionSource();
        _server.Script("/held", WebhookReply.HeldUntil(answer.Task));
        _server.Script("/failing", WebhookReply.Code(503));
        await StartHostAsync();

        _h.Ingest(AliceLeftMeta);
        await _server.WaitForCallsAsync(1, "/failing");
        await _server.WaitForCallsAsync(1, "/held");
        await WaitUntilAsync(() => _h.DeliveriesOf(failing).Single().Attempts == 1);
        // The host's shutdown timeout, expired: the service is stopped with a token that then fires.
        var service = _host!.Services.GetServices<IHostedService>().OfType<AlertsService>().Single();
        using var timeout = new CancellationTokenSource();
        var stopping = service.StopAsync(timeout.Token);
        await timeout.CancelAsync();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        answer.SetResult();

        var inFlight = _h.DeliveriesOf(held).ShouldHaveSingleItem();
        inFlight.Status.ShouldBe(DeliveryStatus.Waiting);
        inFlight.Attempts.ShouldBe(0);
        inFlight.LastError.ShouldBeNull();
        var retrying = _h.DeliveriesOf(failing).ShouldHaveSingleItem();
        retrying.Status.ShouldBe(DeliveryStatus.Waiting);
        retrying.LastError.ShouldBe("HTTP 503 Service Unavailable");

        _h.Reopen();
        _h.Alerts.WaitingCounts().ShouldBe(new Dictionary<string, int> { [held.Id] = 1, [failing.Id] = 1 }, ignoreOrder: true);
        _host!.Dispose();
        _host = null;
    }

    [Fact]
    public async Task ADigestThatCannotBeEnqueued_DoesNotStopAlertsToOtherSubscriptions()
    {
        var digest = _h.Subscribe(Filters.Organisations(Google), _server.Hook("digest"), alerts: false, digest: new DigestSchedule("0 9 * * *", "UTC"));
        var alerts = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("hook"));
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Ingest(DanielLeftGoogle);
        var read = _h.Alerts.FindSubscription(digest.Id)!;
        await StartHostAsync();
        _h.Time.SetUtcNow(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero));
        await _server.WaitForCallsAsync(1, "/digest");

        // A /subscribe widening that read the subscription before the digest went out writes it back.
        _h.Alerts.Update(read with { Filter = Filters.Organisations(Google, Apple) });
        _h.Ingest(AliceLeftMeta);

        var delivered = await Task.WhenAny(_server.WaitForCallsAsync(1, "/hook", TimeSpan.FromSeconds(2)));
        _h.Logs.Entries.Where(l => l.EventId == 7009).Select(l => l.Message).ShouldBeEmpty();
        await delivered;
        _h.DeliveriesOf(alerts).ShouldHaveSingleItem();
    }

    private async Task StartHostAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], DisableDefaults = true });
        AlertsHarness.AddAlerts(builder.Services, _h.Store, _h.Time, _h.Logs, configure: null, extraSenders: []);
        builder.Services.AddAlertsService();
        _host = builder.Build();
        await _host.StartAsync();
    }

    /// <summary>Lets the loop finish a first pass (it sends a warm-up alert) so that what follows finds it asleep.</summary>
    private async Task WarmUpAsync()
    {
        _h.Ingest(AliceLeftMeta);
        await _server.WaitForCallsAsync(1, "/hook");
    }

    /// <summary>
    /// Waits for what the loop does on its own thread: the store is checked again at each line the loop logs, since
    /// the loop logs each outcome after writing it.
    /// </summary>
    private async Task WaitUntilAsync(Func<bool> condition) => await _h.Logs.WaitForAsync(_ => condition());
}
