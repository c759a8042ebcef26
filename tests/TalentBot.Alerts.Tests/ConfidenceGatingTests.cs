using TalentBot.Alerts.Tests.Support;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Knowledge;
using static TalentBot.Alerts.Tests.Support.Articles;
using static TalentBot.Alerts.Tests.Support.World;

namespace TalentBot.Alerts.Tests;

/// <summary>
/// A subscription hears of stated moves only unless it includes inferred ones; a move first read as inferred reaches a
/// stated-only subscription once, when an article states it.
/// </summary>
public sealed class ConfidenceGatingTests : IDisposable
{
    private static readonly DigestSchedule NineUtc = new(DigestSchedule.DailyAtNine, "UTC");

    /// <summary>The same move as <see cref="AliceLeftMeta"/>, a third time.</summary>
    private const string AliceLeftMetaThird = "Alice Martin left Meta for OpenAI in March.";

    private readonly AlertsHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public void Ingest_InferredMove_AlertsOnlyTheSubscriptionThatIncludesInferredMoves()
    {
        var statedOnly = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("stated"));
        var withInferred = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("inferred"), includeInferred: true);
        _h.Extractor.Infer(AliceLeftMeta, InferenceReason.Coreference);

        var move = _h.MoveOf(_h.Ingest(AliceLeftMeta));

        move.Confidence.ShouldBe(MoveConfidence.InferredBy(InferenceReason.Coreference));
        _h.DeliveriesOf(statedOnly).ShouldBeEmpty();
        _h.DeliveriesOf(withInferred).ShouldHaveSingleItem().MoveIds.ShouldBe([move.Id]);
    }

    [Fact]
    public void Ingest_StatedMove_AlertsBothKindsOfSubscription()
    {
        var statedOnly = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("stated"));
        var withInferred = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("inferred"), includeInferred: true);

        var move = _h.MoveOf(_h.Ingest(AliceLeftMeta));

        move.Confidence.ShouldBe(MoveConfidence.Stated);
        _h.DeliveriesOf(statedOnly).ShouldHaveSingleItem().MoveIds.ShouldBe([move.Id]);
        _h.DeliveriesOf(withInferred).ShouldHaveSingleItem().MoveIds.ShouldBe([move.Id]);
    }

    [Fact]
    public void Ingest_InferredMoveLaterStated_StatedOnlySubscriptionIsAlertedOnceThen_AndTheOtherNotAgain()
    {
        var statedOnly = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("stated"));
        var withInferred = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("inferred"), includeInferred: true);
        _h.Extractor.Infer(AliceLeftMeta, InferenceReason.NeighbouringSentence);
        var inferred = _h.MoveOf(_h.Ingest(AliceLeftMeta));
        _h.DeliveriesOf(statedOnly).ShouldBeEmpty();
        // The stating article comes to a later process: the inferred move is read back from the file.
        _h.Reopen();
        _h.Time.Advance(TimeSpan.FromHours(1));

        var stating = _h.Ingest(AliceLeftMetaAgain);
        var stated = stating.CorroboratedMoves.ShouldHaveSingleItem();
        _h.Ingest(AliceLeftMetaThird).CorroboratedMoves.ShouldHaveSingleItem().Id.ShouldBe(inferred.Id);
        _h.Ingest(AliceLeftMetaAgain).Status.ShouldBe(IngestStatus.AlreadyKnown);

        stating.NewMoves.ShouldBeEmpty();
        stated.Id.ShouldBe(inferred.Id);
        stated.Confidence.ShouldBe(MoveConfidence.Stated);
        var alert = _h.DeliveriesOf(statedOnly).ShouldHaveSingleItem();
        alert.MoveIds.ShouldBe([inferred.Id]);
        alert.Created.ShouldBe(_h.Now);
        _h.DeliveriesOf(withInferred).ShouldHaveSingleItem().Created.ShouldBe(_h.Now - TimeSpan.FromHours(1));
        _h.Alerts.Moves(alert.MoveIds).ShouldHaveSingleItem().Confidence.IsStated.ShouldBeTrue();
    }

    [Fact]
    public void IngestMany_OneBatchInferringThenStatingANewMove_OneAlertForEachSubscription()
    {
        var statedOnly = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("stated"));
        var withInferred = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("inferred"), includeInferred: true);
        _h.Extractor.Infer(AliceLeftMeta, InferenceReason.GuessedRole);

        var reports = _h.Ingestion.IngestMany(
        [
            new ArticleSource(AliceLeftMeta, Language: Language.English),
            new ArticleSource(AliceLeftMetaAgain, Language: Language.English),
        ]);

        var move = reports[0].NewMoves.ShouldHaveSingleItem();
        move.Confidence.IsStated.ShouldBeTrue("reported as stored after the batch, which states it");
        _h.DeliveriesOf(statedOnly).ShouldHaveSingleItem().MoveIds.ShouldBe([move.Id]);
        _h.DeliveriesOf(withInferred).ShouldHaveSingleItem().MoveIds.ShouldBe([move.Id]);
    }

    [Fact]
    public void Ingest_MoveInferredTwice_StaysSilentForStatedOnlySubscriptions()
    {
        var statedOnly = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook());
        _h.Extractor.Infer(AliceLeftMeta, InferenceReason.Coreference);
        _h.Extractor.Infer(AliceLeftMetaAgain, InferenceReason.GuessedRole);

        _h.Ingest(AliceLeftMeta);
        var again = _h.Ingest(AliceLeftMetaAgain).CorroboratedMoves.ShouldHaveSingleItem();

        again.Confidence.ShouldBe(MoveConfidence.InferredBy(InferenceReason.Coreference, InferenceReason.GuessedRole));
        _h.DeliveriesOf(statedOnly).ShouldBeEmpty();
    }

    [Fact]
    public void Ingest_StatedOnlySubscriptionMadeAfterTheInferredMove_HearsOfItWhenStated()
    {
        _h.Extractor.Infer(AliceLeftMeta, InferenceReason.Coreference);
        var move = _h.MoveOf(_h.Ingest(AliceLeftMeta));
        var statedOnly = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("stated"));
        var withInferred = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("inferred"), includeInferred: true);

        _h.Ingest(AliceLeftMetaAgain);

        // First stated now is news to a stated-only subscription; first seen before it existed is not to the other.
        _h.DeliveriesOf(statedOnly).ShouldHaveSingleItem().MoveIds.ShouldBe([move.Id]);
        _h.DeliveriesOf(withInferred).ShouldBeEmpty();
    }

    [Fact]
    public void Subscribe_IncludeInferred_IsStoredAndSurvivesReopen_AndUpdateChangesIt()
    {
        var subscription = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook(), includeInferred: true);
        var plain = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("plain"));

        _h.Reopen();

        _h.Alerts.FindSubscription(subscription.Id)!.IncludeInferred.ShouldBeTrue();
        _h.Alerts.FindSubscription(plain.Id)!.IncludeInferred.ShouldBeFalse();
        _h.Alerts.Update(subscription with { IncludeInferred = false }).ShouldBeTrue();
        _h.Alerts.FindSubscription(subscription.Id)!.IncludeInferred.ShouldBeFalse();
    }

    [Fact]
    public void EnqueueDue_StatedOnlyDigest_TakesAnInferredMoveInTheWindowItWasStated_AndTheOtherInTheWindowItWasSeen()
    {
        var statedOnly = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("stated"), alerts: false, digest: NineUtc);
        var withInferred = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("inferred"), alerts: false, digest: NineUtc,
                                        includeInferred: true);
        _h.Extractor.Infer(AliceLeftMeta, InferenceReason.Coreference);
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        var alice = _h.MoveOf(_h.Ingest(AliceLeftMeta));
        var bruno = _h.MoveOf(_h.Ingest(BrunoJoinedMeta));

        _h.Time.SetUtcNow(Utc(2026, 1, 12, 9, 0, 0));
        _h.Digests.EnqueueDue().ShouldBe(2);
        _h.DeliveriesOf(statedOnly).ShouldHaveSingleItem().MoveIds.ShouldBe([bruno.Id]);
        _h.DeliveriesOf(withInferred).ShouldHaveSingleItem().MoveIds.ShouldBe([alice.Id, bruno.Id]);

        _h.Time.Advance(TimeSpan.FromHours(2));
        _h.Ingest(AliceLeftMetaAgain);
        _h.Reopen();
        _h.Time.SetUtcNow(Utc(2026, 1, 13, 9, 0, 0));
        _h.Digests.EnqueueDue().ShouldBe(1, "the other has nothing new and sends no empty digest");

        _h.DeliveriesOf(statedOnly).Select(d => d.MoveIds).ShouldBe([[alice.Id], [bruno.Id]]);
        _h.DeliveriesOf(withInferred).Count.ShouldBe(1);
        _h.Time.SetUtcNow(Utc(2026, 1, 14, 9, 0, 0));
        _h.Digests.EnqueueDue().ShouldBe(0);
    }

    [Fact]
    public void MovesFor_DigestOfTheLastDay_FollowsTheSubscriptionsChoice()
    {
        _h.Extractor.Infer(AliceLeftMeta, InferenceReason.Coreference);
        var since = _h.Now;
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        var alice = _h.MoveOf(_h.Ingest(AliceLeftMeta));
        var bruno = _h.MoveOf(_h.Ingest(BrunoJoinedMeta));

        _h.Digests.MovesFor(Filters.Organisations(Meta), includeInferred: false, since, _h.Now).Select(m => m.Id).ShouldBe([bruno.Id]);
        _h.Digests.MovesFor(Filters.Organisations(Meta), includeInferred: true, since, _h.Now).Select(m => m.Id).ShouldBe([alice.Id, bruno.Id]);
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
