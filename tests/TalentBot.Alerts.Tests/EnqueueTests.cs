using TalentBot.Alerts.Tests.Support;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Knowledge;
using static TalentBot.Alerts.Tests.Support.Articles;
using static TalentBot.Alerts.Tests.Support.World;

namespace TalentBot.Alerts.Tests;

/// <summary>Alerts are written by the ingest that stores the move, in the same transaction, once per move and subscription.</summary>
public sealed class EnqueueTests : IDisposable
{
    private readonly AlertsHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public void Ingest_MovesAtMeta_OneWaitingAlertPerNewMatchingMovePerSubscription()
    {
        var meta = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("meta"));
        var alice = _h.Subscribe(Filters.People(Alice), Filters.NowhereHook("alice"));
        var at = _h.Now;

        var left = _h.MoveOf(_h.Ingest(AliceLeftMeta, url: Url("alice")));
        var joined = _h.MoveOf(_h.Ingest(BrunoJoinedMeta));
        var elsewhere = _h.MoveOf(_h.Ingest(DanielLeftGoogle));
        var declined = _h.MoveOf(_h.Ingest(EmmaDeclinedMeta));
        var fair = _h.MoveOf(_h.Ingest(ChiaraLeftFair));
        var french = _h.MoveOf(_h.Ingest(EmmaJoinedMetaFrench, Language.French));
        var japanese = _h.MoveOf(_h.Ingest(HiroLeftMetaJapanese, Language.Japanese));

        declined.Kind.ShouldBe(MoveKind.DeclinedOffer);
        japanese.From.ShouldBe(Meta);
        var toMeta = _h.DeliveriesOf(meta);
        toMeta.Select(d => d.MoveIds.ShouldHaveSingleItem()).ShouldBe(
            [left.Id, joined.Id, fair.Id, french.Id, japanese.Id], ignoreOrder: true);
        toMeta.ShouldNotContain(d => d.MoveIds.Contains(elsewhere.Id) || d.MoveIds.Contains(declined.Id));
        toMeta.ShouldAllBe(d => d.Kind == DeliveryKind.Alert && d.Status == DeliveryStatus.Waiting && d.Attempts == 0
                                && d.SubscriptionId == meta.Id && d.Created == at && d.NextAttempt == at && d.SentAt == null);
        toMeta.Select(d => d.Id).Distinct().Count().ShouldBe(5);
        _h.DeliveriesOf(alice).ShouldHaveSingleItem().MoveIds.ShouldBe([left.Id]);
        _h.Alerts.WaitingCounts().ShouldBe(new Dictionary<string, int> { [meta.Id] = 5, [alice.Id] = 1 }, ignoreOrder: true);
    }

    [Fact]
    public void Ingest_AlertIsInTheStoreWhenTheIngestReturns_AndItsDueNow()
    {
        var meta = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook());

        var move = _h.MoveOf(_h.Ingest(AliceLeftMeta));

        var due = _h.Alerts.Due(_h.Now, 10).ShouldHaveSingleItem();
        due.SubscriptionId.ShouldBe(meta.Id);
        due.MoveIds.ShouldBe([move.Id]);
        _h.Alerts.NextDue().ShouldBe(_h.Now);
        _h.Alerts.Moves(due.MoveIds).ShouldHaveSingleItem().Citations.ShouldHaveSingleItem().Quote.ShouldBe(AliceLeftMeta);
    }

    [Fact]
    public void Ingest_SameArticlesAgain_EnqueuesNothing()
    {
        var meta = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook());
        string[] texts = [AliceLeftMeta, BrunoJoinedMeta, ChiaraLeftFair];
        foreach (var text in texts) _h.Ingest(text);
        var before = _h.DeliveriesOf(meta).Select(d => d.Id).ToList();
        _h.Time.Advance(TimeSpan.FromHours(1));

        var again = texts.Select(t => _h.Ingest(t)).ToList();
        var batch = _h.Ingestion.IngestMany(texts.Select(t => new ArticleSource(t, Language: Language.English)));

        again.Concat(batch).ShouldAllBe(r => r.Status == IngestStatus.AlreadyKnown);
        _h.DeliveriesOf(meta).Select(d => d.Id).ShouldBe(before, ignoreOrder: true);
    }

    [Fact]
    public void Ingest_ArticleReReportingAKnownMove_AddsACitationButNoDelivery()
    {
        var meta = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook());
        var move = _h.MoveOf(_h.Ingest(AliceLeftMeta, outlet: "Wired"));
        _h.Time.Advance(TimeSpan.FromHours(2));

        var report = _h.Ingest(AliceLeftMetaAgain, outlet: "The Verge");

        report.Status.ShouldBe(IngestStatus.Added);
        report.NewMoves.ShouldBeEmpty();
        var cited = report.CorroboratedMoves.ShouldHaveSingleItem();
        cited.Id.ShouldBe(move.Id);
        cited.Citations.Select(c => c.Quote).ShouldBe([AliceLeftMeta, AliceLeftMetaAgain]);
        _h.DeliveriesOf(meta).ShouldHaveSingleItem().MoveIds.ShouldBe([move.Id]);
    }

    [Fact]
    public void IngestMany_OneBatchReportingTheSameNewMoveTwice_OneDelivery()
    {
        var meta = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook());

        var reports = _h.Ingestion.IngestMany(
        [
            new ArticleSource(AliceLeftMeta, Language: Language.English),
            new ArticleSource(AliceLeftMetaAgain, Language: Language.English),
            new ArticleSource(BrunoLeftMetaItalian, Language: Language.Italian),
        ]);

        reports.ShouldAllBe(r => r.Status == IngestStatus.Added);
        reports.Sum(r => r.NewMoves.Count).ShouldBe(2);
        _h.DeliveriesOf(meta).Count.ShouldBe(2);
    }

    [Fact]
    public void Ingest_PausedSubscriptionHoldsItsAlerts_AndOneWithoutAlertsGetsNothing()
    {
        var paused = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("paused"));
        var digestOnly = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("digest"), alerts: false,
                                      digest: new DigestSchedule(DigestSchedule.DailyAtNine, "UTC"));
        var listening = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("listening"));
        _h.Alerts.Pause(paused.Id, new SubscriptionPause(_h.Now, "HTTP 404 Not Found")).ShouldBeTrue();

        _h.Ingest(AliceLeftMeta);
        _h.Ingest(BrunoJoinedMeta);

        _h.DeliveriesOf(paused).Count.ShouldBe(2, "held while paused: a resume sends them");
        _h.Alerts.Due(_h.Now, 10).ShouldNotContain(d => d.SubscriptionId == paused.Id);
        _h.DeliveriesOf(digestOnly).ShouldBeEmpty();
        _h.DeliveriesOf(listening).Count.ShouldBe(2);
    }

    [Fact]
    public void Ingest_WithKinds_EitherEndCounts_AndWithoutKindsADeclinedOfferIsNotAMoveAtTheCompany()
    {
        var declinedAtMeta = _h.Subscribe(Filters.Organisations(Meta).WithKinds(MoveKind.DeclinedOffer), Filters.NowhereHook("a"));
        var leftAnyEndOfGoogle = _h.Subscribe(Filters.Organisations(Google).WithKinds(MoveKind.Left), Filters.NowhereHook("b"));
        var aliceJoined = _h.Subscribe(Filters.People(Alice).WithKinds(MoveKind.Joined), Filters.NowhereHook("c"));
        var allDeclined = _h.Subscribe(MoveFilter.Everything.WithKinds(MoveKind.DeclinedOffer), Filters.NowhereHook("d"));
        var emma = _h.Subscribe(Filters.People(Emma), Filters.NowhereHook("e"));

        var declined = _h.MoveOf(_h.Ingest(EmmaDeclinedMeta));
        _h.Ingest(AliceLeftMeta);
        _h.Ingest(BrunoJoinedMeta);
        var danielFromGoogle = _h.MoveOf(_h.Ingest(DanielLeftGoogle));
        var emmaFromGoogle = _h.MoveOf(_h.Ingest(EmmaJoinedMetaFrench, Language.French));
        var farahToDeepMind = _h.MoveOf(_h.Ingest(FarahJoinedDeepMind));

        MoveIds(declinedAtMeta).ShouldBe([declined.Id]);
        MoveIds(allDeclined).ShouldBe([declined.Id]);
        // "left" at either end of Google, parts included: from Google twice, and to DeepMind.
        MoveIds(leftAnyEndOfGoogle).ShouldBe([danielFromGoogle.Id, emmaFromGoogle.Id, farahToDeepMind.Id], ignoreOrder: true);
        MoveIds(aliceJoined).ShouldBeEmpty();
        // A person is followed whatever the move: her declined offer is news about her.
        MoveIds(emma).ShouldBe([declined.Id, emmaFromGoogle.Id], ignoreOrder: true);
    }

    [Fact]
    public void Ingest_SubscriptionToAPart_HearsOfThePartOnly()
    {
        var fair = _h.Subscribe(Filters.Organisations(Fair), Filters.NowhereHook());

        var chiara = _h.MoveOf(_h.Ingest(ChiaraLeftFair));
        _h.Ingest(AliceLeftMeta);

        MoveIds(fair).ShouldBe([chiara.Id]);
    }

    [Fact]
    public void Ingest_RaisesDeliveriesWaitingOnlyWhenItEnqueued()
    {
        _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook());
        var raised = 0;
        _h.Alerts.DeliveriesWaiting += (_, _) => raised++;

        _h.Ingest(DanielLeftGoogle);
        raised.ShouldBe(0);
        _h.Ingest(AliceLeftMeta);
        raised.ShouldBe(1);
        _h.Ingest(AliceLeftMeta);
        raised.ShouldBe(1);
    }

    [Fact]
    public void Ingest_NoSubscriptionAtTheTime_NothingEnqueuedLater()
    {
        _h.Ingest(AliceLeftMeta);

        var meta = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook());
        _h.Ingest(AliceLeftMetaAgain);

        _h.DeliveriesOf(meta).ShouldBeEmpty();
    }

    [Fact]
    public void Unsubscribe_CancelsWhatWasWaiting()
    {
        var meta = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook());
        _h.Ingest(AliceLeftMeta);

        _h.Alerts.Unsubscribe(meta.Id).ShouldBeTrue();

        _h.Alerts.Deliveries(meta.Id, 10).ShouldHaveSingleItem().Status.ShouldBe(DeliveryStatus.Cancelled);
        _h.Alerts.Due(_h.Now, 10).ShouldBeEmpty();
        _h.Alerts.NextDue().ShouldBeNull();
        _h.Alerts.Unsubscribe(meta.Id).ShouldBeFalse();
        _h.Ingest(BrunoJoinedMeta);
        _h.Alerts.Deliveries(null, 10).Count.ShouldBe(1);
    }

    private IReadOnlyList<string> MoveIds(Subscription subscription) =>
        _h.DeliveriesOf(subscription).SelectMany(d => d.MoveIds).ToList();
}
