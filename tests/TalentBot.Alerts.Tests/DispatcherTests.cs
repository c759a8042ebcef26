using TalentBot.Testing;
using System.Net;
using System.Text.Json.Nodes;
using TalentBot.Alerts.Delivery;
using TalentBot.Alerts.Tests.Support;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Core.Replies;
using static TalentBot.Alerts.Tests.Support.Articles;
using static TalentBot.Alerts.Tests.Support.World;

namespace TalentBot.Alerts.Tests;

/// <summary>The outbox pump against a real JSON webhook on loopback, on a fake clock with a seeded jitter.</summary>
public sealed class DispatcherTests : IAsyncLifetime
{
    private AlertsHarness _h = null!;
    private WebhookServer _server = null!;

    public async Task InitializeAsync()
    {
        // Jitter at its middle: each backoff is exactly its nominal time.
        _h = new AlertsHarness(new FixedRandom(0.5), o => o.MaxAttempts = 4, start: null, []);
        _server = await WebhookServer.StartAsync(_h.Time);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _h.Dispose();
    }

    [Fact]
    public async Task Webhook200_Sent_WithTheMoveInAskJsonShapeAndTheIdAsIdempotencyKey()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("hook"));
        var move = _h.MoveOf(_h.Ingest(AliceLeftMeta, url: Url("alice"), outlet: "Wired", title: "Alice moves"));
        var delivery = _h.DeliveriesOf(subscription).ShouldHaveSingleItem();
        var enqueuedAt = _h.Now;
        _h.Time.Advance(TimeSpan.FromSeconds(1));

        var report = await _h.Dispatcher.DeliverDueAsync(CancellationToken.None);

        report.ShouldBe(new DispatchReport(1, 0, 0, 0, 0, null));
        var sent = _h.Delivery(delivery.Id);
        sent.Status.ShouldBe(DeliveryStatus.Sent);
        sent.Attempts.ShouldBe(1);
        sent.SentAt.ShouldBe(_h.Now);
        sent.LastError.ShouldBeNull();

        var call = _server.Calls.ShouldHaveSingleItem();
        call.Path.ShouldBe("/hook");
        call.Header("Idempotency-Key").ShouldBe(delivery.Id);
        call.Header("Content-Type").ShouldStartWith("application/json");
        call.Header("User-Agent").ShouldNotBeNull().ShouldContain("TalentBot");
        var body = call.Json;
        ((string?)body["type"]).ShouldBe("alert");
        ((string?)body["id"]).ShouldBe(delivery.Id);
        ((string?)body["subscription"]).ShouldBe(subscription.Id);
        ((string?)body["language"]).ShouldBe("en");
        ((string?)body["created"]).ShouldBe(enqueuedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        body.AsObject().ContainsKey("since").ShouldBeFalse();
        ((int?)body["total"]).ShouldBe(1);
        ((string?)body["text"]).ShouldNotBeNull().ShouldContain("Alice Martin");

        var json = body["moves"]!.AsArray().ShouldHaveSingleItem()!.AsObject();
        json.Select(p => p.Key).ShouldBe(
            ["id", "person", "person_id", "from", "from_id", "to", "to_id", "kind", "when", "amount", "sources", "first_seen",
             "disputed", "citations", "model_only", "confidence", "confidence_reasons"]);
        ((string?)json["id"]).ShouldBe(move.Id);
        ((string?)json["confidence"]).ShouldBe("stated");
        json["confidence_reasons"]!.AsArray().ShouldBeEmpty();
        ((string?)json["person"]).ShouldBe("Alice Martin");
        ((string?)json["person_id"]).ShouldBe(Alice.Id);
        ((string?)json["from"]).ShouldBe("Meta");
        ((string?)json["to"]).ShouldBe("OpenAI");
        ((string?)json["kind"]).ShouldBe("left");
        var citation = json["citations"]!.AsArray().ShouldHaveSingleItem()!;
        ((string?)citation["quote"]).ShouldBe(AliceLeftMeta);
        ((string?)citation["url"]).ShouldBe(Url("alice"));
        ((string?)citation["title"]).ShouldBe("Alice moves");
        ((string?)citation["language"]).ShouldBe("en");

        // The same object ask --json prints for this move.
        var ask = JsonNode.Parse(ReplyJson.Serialize(_h.Replies.Alert(_h.Alerts.Moves([move.Id]).Single(), Language.English)))!;
        JsonNode.DeepEquals(json, ask["moves"]![0]).ShouldBeTrue();
    }

    [Fact]
    public async Task Webhook_JapaneseSubscription_GetsTheJapaneseQuoteVerbatimAndItsLanguage()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("ja"), language: Language.Japanese);
        _h.Ingest(HiroLeftMetaJapanese, Language.Japanese);

        await _h.Dispatcher.DeliverDueAsync(CancellationToken.None);

        var call = _server.Calls.ShouldHaveSingleItem();
        call.Body.ShouldContain(HiroLeftMetaJapanese);
        ((string?)call.Json["language"]).ShouldBe("ja");
        ((string?)call.Json["text"]).ShouldNotBeNull().ShouldContain(Phrases.Get(Language.Japanese, Phrase.TitleAlert));
        ((string?)call.Json["moves"]![0]!["from"]).ShouldBe("Meta");
        _h.DeliveriesOf(subscription).ShouldHaveSingleItem().Status.ShouldBe(DeliveryStatus.Sent);
    }

    [Fact]
    public async Task Webhook500Then200_OneSentAfterTheSeededBackoff_WithTheSameIdempotencyKey()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("flaky"));
        _h.Ingest(AliceLeftMeta);
        var delivery = _h.DeliveriesOf(subscription).ShouldHaveSingleItem();
        _server.Script("/flaky", WebhookReply.Code(500));
        var expectedWait = _h.Options.RetryDelay;

        var report = await _h.DriveAsync(_h.Dispatcher.DeliverUntilAsync(_h.Now.AddMinutes(1), CancellationToken.None));

        report.Sent.ShouldBe(1);
        report.Retrying.ShouldBe(1);
        report.Waiting.ShouldBe(0);
        report.NextAttempt.ShouldBeNull();
        var calls = _server.CallsTo("/flaky");
        calls.Count.ShouldBe(2);
        calls.Select(c => c.Header("Idempotency-Key")).ShouldBe([delivery.Id, delivery.Id]);
        calls[1].Body.ShouldBe(calls[0].Body);
        (calls[1].At - calls[0].At).TotalMilliseconds.ShouldBe(expectedWait.TotalMilliseconds, 1.0);
        var sent = _h.Delivery(delivery.Id);
        sent.Status.ShouldBe(DeliveryStatus.Sent);
        sent.Attempts.ShouldBe(2);
        _h.Alerts.Deliveries(null, 10).Count(d => d.Status == DeliveryStatus.Sent).ShouldBe(1);
    }

    [Theory]
    [InlineData(0.0, 0.8)]
    [InlineData(0.25, 0.9)]
    [InlineData(1.0, 1.2)]
    public async Task TheRetryWait_IsTheRetryDelay_WithinTwentyPercentEitherSide_AsTheJitterFalls(double fraction, double ofTheDelay)
    {
        using var h = new AlertsHarness(new FixedRandom(fraction), configure: null, start: null, []);
        await using var server = await WebhookServer.StartAsync(h.Time);
        h.Subscribe(Filters.Organisations(Meta), server.Hook("down"));
        h.Ingest(AliceLeftMeta);
        server.Script("/down", WebhookReply.Code(503));
        var start = h.Now;

        await h.Dispatcher.DeliverDueAsync(CancellationToken.None);

        var waiting = h.Alerts.Deliveries(null, 10).ShouldHaveSingleItem();
        (waiting.NextAttempt - start).TotalMilliseconds.ShouldBe(h.Options.RetryDelay.TotalMilliseconds * ofTheDelay, 1.0);
    }

    [Fact]
    public async Task Webhook500_IsRetriedLaterWithTheErrorRecorded()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("down"));
        _h.Ingest(AliceLeftMeta);
        _server.Script("/down", WebhookReply.Code(503));
        var expectedWait = _h.Options.RetryDelay;
        var start = _h.Now;

        var report = await _h.Dispatcher.DeliverDueAsync(CancellationToken.None);

        report.ShouldBe(new DispatchReport(0, 1, 0, 0, 1, _h.Alerts.NextDue()));
        var waiting = _h.DeliveriesOf(subscription).ShouldHaveSingleItem();
        waiting.Status.ShouldBe(DeliveryStatus.Waiting);
        waiting.Attempts.ShouldBe(1);
        waiting.LastError.ShouldBe("HTTP 503 Service Unavailable");
        (waiting.NextAttempt - start).TotalMilliseconds.ShouldBe(expectedWait.TotalMilliseconds, 1.0);
        (await _h.Dispatcher.DeliverDueAsync(CancellationToken.None)).Sent.ShouldBe(0);
        _server.Calls.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Webhook429WithRetryAfter_NextAttemptNoEarlierThanItSays()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("busy"));
        _h.Ingest(AliceLeftMeta);
        _server.Script("/busy", WebhookReply.RetryAfter(429, "120"));
        var start = _h.Now;

        await _h.Dispatcher.DeliverDueAsync(CancellationToken.None);

        var waiting = _h.DeliveriesOf(subscription).ShouldHaveSingleItem();
        waiting.NextAttempt.ShouldBe(start.AddSeconds(120));
        waiting.LastError.ShouldBe("HTTP 429 Too Many Requests");
        _h.Time.Advance(TimeSpan.FromSeconds(119.999));
        (await _h.Dispatcher.DeliverDueAsync(CancellationToken.None)).Sent.ShouldBe(0);
        _server.Calls.Count.ShouldBe(1);

        _h.Time.Advance(TimeSpan.FromMilliseconds(1));
        (await _h.Dispatcher.DeliverDueAsync(CancellationToken.None)).Sent.ShouldBe(1);
        var calls = _server.CallsTo("/busy");
        calls.Count.ShouldBe(2);
        (calls[1].At - calls[0].At).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(120));
    }

    [Fact]
    public async Task Webhook429WithRetryAfter_DeliverUntilWaitsItOut()
    {
        _h.Subscribe(Filters.Organisations(Meta), _server.Hook("busy"));
        _h.Ingest(AliceLeftMeta);
        _server.Script("/busy", WebhookReply.RetryAfter(429, "120"));

        var report = await _h.DriveAsync(_h.Dispatcher.DeliverUntilAsync(_h.Now.AddMinutes(5), CancellationToken.None));

        report.Sent.ShouldBe(1);
        var calls = _server.CallsTo("/busy");
        calls.Count.ShouldBe(2);
        (calls[1].At - calls[0].At).ShouldBe(TimeSpan.FromSeconds(120));
    }

    [Fact]
    public async Task DeliverUntil_NextAttemptAfterTheDeadline_ReturnsAndLeavesItWaiting()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("busy"));
        _h.Ingest(AliceLeftMeta);
        _server.Script("/busy", WebhookReply.RetryAfter(429, "120"));
        var start = _h.Now;

        var report = await _h.Dispatcher.DeliverUntilAsync(start.AddSeconds(30), CancellationToken.None);

        report.Sent.ShouldBe(0);
        report.Waiting.ShouldBe(1);
        report.NextAttempt.ShouldBe(start.AddSeconds(120));
        _h.Now.ShouldBe(start);
        _h.DeliveriesOf(subscription).ShouldHaveSingleItem().Status.ShouldBe(DeliveryStatus.Waiting);
    }

    [Fact]
    public async Task Webhook404_PausesTheSubscriptionOnce_LaterDeliveriesWait_ResumeSendsThemInOrder()
    {
        var gone = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("gone"));
        var other = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("other"));
        var first = _h.MoveOf(_h.Ingest(AliceLeftMeta));
        _h.Time.Advance(TimeSpan.FromSeconds(1));
        var second = _h.MoveOf(_h.Ingest(BrunoJoinedMeta));
        _server.Script("/gone", WebhookReply.Code(404));

        var report = await _h.Dispatcher.DeliverDueAsync(CancellationToken.None);

        report.Paused.ShouldBe(1);
        report.Sent.ShouldBe(2);
        _server.CallsTo("/gone").Count.ShouldBe(1);
        _server.CallsTo("/other").Count.ShouldBe(2);
        var paused = _h.Alerts.FindSubscription(gone.Id).ShouldNotBeNull();
        paused.IsPaused.ShouldBeTrue();
        paused.Paused!.Reason.ShouldBe("HTTP 404 Not Found");
        paused.Paused.At.ShouldBe(_h.Now);
        var waiting = _h.DeliveriesOf(gone);
        waiting.ShouldAllBe(d => d.Status == DeliveryStatus.Waiting);
        waiting.Single(d => d.MoveIds[0] == first.Id).Attempts.ShouldBe(1);
        waiting.Single(d => d.MoveIds[0] == second.Id).Attempts.ShouldBe(0);
        _h.Logs.Count(7004).ShouldBe(1);
        _h.Alerts.Pause(gone.Id, new SubscriptionPause(_h.Now, "again")).ShouldBeFalse();
        _h.Alerts.FindSubscription(gone.Id)!.Paused!.Reason.ShouldBe("HTTP 404 Not Found");

        // Paused: nothing is due or attempted, however long we wait.
        _h.Alerts.NextDue().ShouldBeNull();
        _h.Time.Advance(TimeSpan.FromHours(2));
        (await _h.Dispatcher.DeliverDueAsync(CancellationToken.None)).ShouldBe(new DispatchReport(0, 0, 0, 0, 2, null));
        _server.CallsTo("/gone").Count.ShouldBe(1);
        _h.Logs.Count(7004).ShouldBe(1);

        _h.Alerts.Resume(gone.Id, _h.Now).ShouldBeTrue();
        _h.Alerts.Resume(gone.Id, _h.Now).ShouldBeFalse();
        _h.Alerts.NextDue().ShouldBe(_h.Now);
        (await _h.Dispatcher.DeliverDueAsync(CancellationToken.None)).Sent.ShouldBe(2);
        _server.CallsTo("/gone").Skip(1).Select(c => (string?)c.Json["moves"]![0]!["id"]).ShouldBe([first.Id, second.Id]);
        _h.DeliveriesOf(gone).ShouldAllBe(d => d.Status == DeliveryStatus.Sent);
        _h.Alerts.FindSubscription(gone.Id)!.IsPaused.ShouldBeFalse();
        _ = other;
    }

    [Fact]
    public async Task WebhookRedirect_IsNotFollowed_AndPauses()
    {
        var moved = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("moved"));
        _h.Ingest(AliceLeftMeta);
        _server.Script("/moved", new WebhookReply(302, new Dictionary<string, string> { ["Location"] = _server.Url("elsewhere").AbsoluteUri }));

        await _h.Dispatcher.DeliverDueAsync(CancellationToken.None);

        _server.Calls.ShouldHaveSingleItem().Path.ShouldBe("/moved");
        _h.Alerts.FindSubscription(moved.Id)!.Paused!.Reason.ShouldBe("HTTP 302 Found");
    }

    [Fact]
    public async Task MaxAttemptsExhausted_Failed()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("broken"));
        _h.Ingest(AliceLeftMeta);
        _server.Default = WebhookReply.Code(500);

        var report = await _h.DriveAsync(_h.Dispatcher.DeliverUntilAsync(_h.Now.AddHours(1), CancellationToken.None));

        report.Failed.ShouldBe(1);
        report.Retrying.ShouldBe(3);
        report.Waiting.ShouldBe(0);
        _server.CallsTo("/broken").Count.ShouldBe(4);
        var failed = _h.DeliveriesOf(subscription).ShouldHaveSingleItem();
        failed.Status.ShouldBe(DeliveryStatus.Failed);
        failed.Attempts.ShouldBe(4);
        failed.LastError.ShouldBe("HTTP 500 Internal Server Error");
        _h.Alerts.FindSubscription(subscription.Id)!.IsPaused.ShouldBeFalse();
        _h.Logs.Count(7003).ShouldBe(1);
        // The waits double: 2 s, 4 s, 8 s, each within ±20 %.
        var calls = _server.CallsTo("/broken");
        var gaps = calls.Zip(calls.Skip(1), (a, b) => (b.At - a.At).TotalSeconds).ToList();
        gaps.Zip([2.0, 4.0, 8.0], (gap, nominal) => gap >= nominal * 0.8 - 0.001 && gap <= nominal * 1.2 + 0.001).ShouldAllBe(ok => ok);
    }

    [Fact]
    public async Task TargetThatDoesNotAnswerInTime_IsRetried()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("slow"));
        _h.Ingest(AliceLeftMeta);
        var delivery = _h.DeliveriesOf(subscription).ShouldHaveSingleItem();
        _server.Script("/slow", WebhookReply.Hanging);

        var pass = _h.Dispatcher.DeliverDueAsync(CancellationToken.None);
        await _server.WaitForCallsAsync(1, "/slow");
        pass.IsCompleted.ShouldBeFalse();
        _h.Time.Advance(_h.Options.AttemptTimeout);
        var report = await pass.WaitAsync(TimeSpan.FromSeconds(10));

        report.Retrying.ShouldBe(1);
        var waiting = _h.Delivery(delivery.Id);
        waiting.Status.ShouldBe(DeliveryStatus.Waiting);
        waiting.Attempts.ShouldBe(1);
        waiting.LastError.ShouldBe("the target did not answer in time");

        (await _h.DriveAsync(_h.Dispatcher.DeliverUntilAsync(_h.Now.AddMinutes(1), CancellationToken.None))).Sent.ShouldBe(1);
        _server.CallsTo("/slow").Select(c => c.Header("Idempotency-Key")).ShouldBe([delivery.Id, delivery.Id]);
    }

    [Fact]
    public async Task AHangingTarget_DoesNotHoldUpAnotherTarget()
    {
        _h.Subscribe(Filters.Organisations(Meta), _server.Hook("slow"));
        _h.Subscribe(Filters.Organisations(Meta), _server.Hook("quick"));
        _h.Ingest(AliceLeftMeta);
        _server.Script("/slow", WebhookReply.Hanging);

        var pass = _h.Dispatcher.DeliverDueAsync(CancellationToken.None);

        // The fake clock stands still, so the hanging attempt cannot time out: the quick target is served meanwhile.
        // Its delivery must be recorded before the clock moves: the webhook sees the request before the dispatcher sees
        // the answer, and the attempt's timeout runs on the same fake clock.
        await _server.WaitForCallsAsync(1, "/quick");
        await _h.Logs.WaitForAsync(l => l.EventId == 7001);
        pass.IsCompleted.ShouldBeFalse();
        _h.Time.Advance(_h.Options.AttemptTimeout);
        var report = await pass.WaitAsync(TimeSpan.FromSeconds(10));
        report.Sent.ShouldBe(1);
        report.Retrying.ShouldBe(1);
    }

    [Fact]
    public async Task UnreachableTarget_IsATransientFailure()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook());
        _h.Ingest(AliceLeftMeta);

        var report = await _h.Dispatcher.DeliverDueAsync(CancellationToken.None);

        report.Retrying.ShouldBe(1);
        var waiting = _h.DeliveriesOf(subscription).ShouldHaveSingleItem();
        waiting.LastError.ShouldNotBeNull().ShouldStartWith("the request failed");
        waiting.LastError.ShouldNotContain("127.0.0.1");
    }

    [Fact]
    public async Task TargetWithoutASender_WaitsWithAReason()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), DeliveryTarget.DiscordChannel("998877000000000001"));
        _h.Ingest(AliceLeftMeta);

        var report = await _h.Dispatcher.DeliverDueAsync(CancellationToken.None);

        report.Retrying.ShouldBe(1);
        _h.DeliveriesOf(subscription).ShouldHaveSingleItem().LastError.ShouldNotBeNull().ShouldContain("nothing here can send to discord:998877");
    }

    [Fact]
    public async Task AFailureBlocksTheRestOfThatTargetInThePass_ButNotOtherTargets()
    {
        var a = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("a"));
        var b = _h.Subscribe(Filters.Organisations(Meta), _server.Hook("b"));
        var moves = IngestThreeMetaMovesOneSecondApart();
        _server.Script("/a", WebhookReply.Code(500));

        var report = await _h.Dispatcher.DeliverDueAsync(CancellationToken.None);

        report.Sent.ShouldBe(3);
        report.Retrying.ShouldBe(1);
        report.Waiting.ShouldBe(3);
        _server.CallsTo("/a").Select(MoveId).ShouldBe([moves[0]]);
        _server.CallsTo("/b").Select(MoveId).ShouldBe(moves);
        _h.DeliveriesOf(a).Count(d => d.Status == DeliveryStatus.Waiting).ShouldBe(3);
        _h.DeliveriesOf(b).ShouldAllBe(d => d.Status == DeliveryStatus.Sent);
    }

    [Fact]
    public async Task ATargetsDeliveriesArriveInOrder_EvenWhenTheFirstHadToBeRetried()
    {
        _h.Subscribe(Filters.Organisations(Meta), _server.Hook("a"));
        var moves = IngestThreeMetaMovesOneSecondApart();
        _server.Script("/a", WebhookReply.Code(500));

        await _h.DriveAsync(_h.Dispatcher.DeliverUntilAsync(_h.Now.AddMinutes(1), CancellationToken.None));

        // What the receiver accepted, in the order it accepted them: the order the moves were reported in.
        _server.CallsTo("/a").Skip(1).Select(MoveId).ShouldBe(moves);
    }

    [Fact]
    public async Task AFailingTarget_GetsOneAttemptPerBackoff_NotOnePerWaitingDelivery()
    {
        _h.Subscribe(Filters.Organisations(Meta), _server.Hook("a"));
        IngestThreeMetaMovesOneSecondApart();
        _server.Default = WebhookReply.Code(500);

        // Deadline now: whatever waits for a later retry is left for later.
        await _h.Dispatcher.DeliverUntilAsync(_h.Now, CancellationToken.None);

        _server.CallsTo("/a").Count.ShouldBe(1);
    }

    [Fact]
    public async Task PermanentFailureOnAChannel_PausesAndTellsTheChannelOnce()
    {
        var channel = new RecordingChannelSender(new DeliveryResult.Permanent("channel_not_found"));
        using var h = new AlertsHarness(configure: null, start: null, channel);
        var subscription = h.Subscribe(Filters.Organisations(Meta), DeliveryTarget.SlackChannel("C0FR"), language: Language.French);
        h.Ingest(AliceLeftMeta);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        h.Ingest(BrunoJoinedMeta);

        var report = await h.Dispatcher.DeliverDueAsync(CancellationToken.None);
        await h.Dispatcher.DeliverDueAsync(CancellationToken.None);

        report.Paused.ShouldBe(1);
        channel.Sent.Count.ShouldBe(1);
        channel.Sent[0].Reply.Language.ShouldBe(Language.French);
        channel.Notices.ShouldBe([(DeliveryTarget.SlackChannel("C0FR"),
            Phrases.Format(Language.French, Phrase.PausedNotice, "channel_not_found", subscription.Id))]);
        h.Alerts.FindSubscription(subscription.Id)!.Paused!.Reason.ShouldBe("channel_not_found");
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, "accepted")]
    [InlineData(HttpStatusCode.NoContent, "accepted")]
    [InlineData(HttpStatusCode.RequestTimeout, "transient")]
    [InlineData((HttpStatusCode)425, "transient")]
    [InlineData(HttpStatusCode.TooManyRequests, "transient")]
    [InlineData(HttpStatusCode.InternalServerError, "transient")]
    [InlineData(HttpStatusCode.BadGateway, "transient")]
    [InlineData(HttpStatusCode.BadRequest, "permanent")]
    [InlineData(HttpStatusCode.Unauthorized, "permanent")]
    [InlineData(HttpStatusCode.Forbidden, "permanent")]
    [InlineData(HttpStatusCode.NotFound, "permanent")]
    [InlineData(HttpStatusCode.Gone, "permanent")]
    [InlineData(HttpStatusCode.MovedPermanently, "permanent")]
    public void HttpResults_ClassifyStatusCodes(HttpStatusCode status, string expected)
    {
        using var response = new HttpResponseMessage(status);

        var result = HttpDeliveryResults.From(response, _h.Time);

        (result switch
        {
            DeliveryResult.Accepted => "accepted",
            DeliveryResult.Transient => "transient",
            DeliveryResult.Permanent => "permanent",
            _ => "?",
        }).ShouldBe(expected);
    }

    [Fact]
    public void HttpResults_RetryAfterAsADate_IsTheWaitFromNow_NeverNegative()
    {
        using var later = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        later.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(_h.Now.AddMinutes(3));
        using var past = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        past.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(_h.Now.AddMinutes(-3));

        HttpDeliveryResults.From(later, _h.Time).ShouldBeOfType<DeliveryResult.Transient>().RetryAfter.ShouldBe(TimeSpan.FromMinutes(3));
        HttpDeliveryResults.From(past, _h.Time).ShouldBeOfType<DeliveryResult.Transient>().RetryAfter.ShouldBe(TimeSpan.Zero);
    }

    private List<string> IngestThreeMetaMovesOneSecondApart()
    {
        var moves = new List<string>();
        foreach (var (text, language) in new[] { (AliceLeftMeta, Language.English), (BrunoJoinedMeta, Language.English), (HiroLeftMetaJapanese, Language.Japanese) })
        {
            moves.Add(_h.MoveOf(_h.Ingest(text, language)).Id);
            _h.Time.Advance(TimeSpan.FromSeconds(1));
        }
        return moves;
    }

    private static string MoveId(WebhookCall call) => (string)call.Json["moves"]![0]!["id"]!;

    /// <summary>A platform sender for Slack channels that answers every delivery the same way and records notices.</summary>
    private sealed class RecordingChannelSender(DeliveryResult result) : IDeliverySender
    {
        public List<Notification> Sent { get; } = [];

        public List<(DeliveryTarget Target, string Text)> Notices { get; } = [];

        public bool CanSend(DeliveryTarget target) => target.Kind == TargetKind.SlackChannel;

        public Task<DeliveryResult> SendAsync(Notification notification, CancellationToken cancellationToken)
        {
            lock (Sent) Sent.Add(notification);
            return Task.FromResult(result);
        }

        public Task<DeliveryResult> SendNoticeAsync(DeliveryTarget target, string text, CancellationToken cancellationToken)
        {
            lock (Notices) Notices.Add((target, text));
            return Task.FromResult(DeliveryResult.Delivered);
        }
    }
}
