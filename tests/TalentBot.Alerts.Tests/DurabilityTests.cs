using TalentBot.Alerts.Tests.Support;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using static TalentBot.Alerts.Tests.Support.Articles;
using static TalentBot.Alerts.Tests.Support.World;

namespace TalentBot.Alerts.Tests;

/// <summary>The outbox and subscriptions live in the store's file: what was enqueued survives closing it.</summary>
public sealed class DurabilityTests : IDisposable
{
    private readonly AlertsHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public void Reopen_WaitingDeliveriesAreStillWaitingAndDue()
    {
        var meta = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook());
        var move = _h.MoveOf(_h.Ingest(AliceLeftMeta, url: Url("alice")));
        var before = _h.DeliveriesOf(meta).ShouldHaveSingleItem();

        _h.Reopen();

        var after = _h.DeliveriesOf(meta).ShouldHaveSingleItem();
        after.ShouldBe(before with { MoveIds = after.MoveIds });
        after.MoveIds.ShouldBe([move.Id]);
        after.Status.ShouldBe(DeliveryStatus.Waiting);
        _h.Alerts.Due(_h.Now, 10).ShouldHaveSingleItem().Id.ShouldBe(before.Id);
        _h.Alerts.Moves(after.MoveIds).ShouldHaveSingleItem().Citations.ShouldHaveSingleItem().Url.ShouldBe(Url("alice"));
    }

    [Fact]
    public void Reopen_SubscriptionsRoundTripEveryField()
    {
        var webhook = DeliveryTarget.Webhook(new Uri("https://hooks.example/services/T000/B000/secret"), DeliveryFormat.Json);
        var everything = _h.Subscribe(MoveFilter.Everything, DeliveryTarget.SlackChannel("C0123"), alerts: true, digest: null);
        var detailed = _h.Subscribe(
            new MoveFilter([Meta, Google], [Alice, Hiro], new HashSet<MoveKind> { MoveKind.Left, MoveKind.DeclinedOffer }),
            webhook, alerts: false, digest: new DigestSchedule("30 8 * * 1-5", "Asia/Tokyo"), language: Language.Japanese, createdBy: "U042");
        _h.Time.Advance(TimeSpan.FromMinutes(5));
        var italian = _h.Subscribe(Filters.People(Bruno), DeliveryTarget.DiscordChannel("123456789012345678"),
                                   digest: new DigestSchedule("0 9 * * *", "Europe/Paris"), language: Language.Italian, createdBy: null);
        var pausedAt = _h.Now.AddSeconds(30);
        _h.Alerts.Pause(italian.Id, new SubscriptionPause(pausedAt, "HTTP 403 Forbidden")).ShouldBeTrue();

        _h.Reopen();

        _h.Alerts.Subscriptions().Select(s => s.Id).ShouldBe([everything.Id, detailed.Id, italian.Id], ignoreOrder: true);
        _h.Alerts.Subscriptions()[^1].Id.ShouldBe(italian.Id);
        ShouldMatch(_h.Alerts.FindSubscription(everything.Id)!, everything);
        ShouldMatch(_h.Alerts.FindSubscription(detailed.Id)!, detailed);
        ShouldMatch(_h.Alerts.FindSubscription(italian.Id)!, italian with { Paused = new SubscriptionPause(pausedAt, "HTTP 403 Forbidden") });
        _h.Alerts.FindSubscription(everything.Id)!.Filter.IsEverything.ShouldBeTrue();
        _h.Alerts.FindSubscription(detailed.Id)!.Target.Display.ShouldNotContain("secret");
        _h.Alerts.FindSubscription(detailed.Id.ToUpperInvariant()).ShouldNotBeNull().Id.ShouldBe(detailed.Id);
    }

    [Fact]
    public void Reopen_SentAndFailedKeepTheirOutcome()
    {
        var meta = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook());
        _h.Ingest(AliceLeftMeta);
        _h.Ingest(BrunoJoinedMeta);
        var deliveries = _h.DeliveriesOf(meta).OrderBy(d => d.Id).ToList();
        var sentAt = _h.Now.AddSeconds(3);
        _h.Alerts.MarkSent(deliveries[0].Id, sentAt);
        _h.Alerts.Retry(deliveries[1].Id, _h.Now.AddSeconds(2), "HTTP 500 Internal Server Error");
        _h.Alerts.MarkFailed(deliveries[1].Id, "HTTP 502 Bad Gateway");

        _h.Reopen();

        var sent = _h.Delivery(deliveries[0].Id);
        sent.Status.ShouldBe(DeliveryStatus.Sent);
        sent.SentAt.ShouldBe(sentAt);
        sent.Attempts.ShouldBe(1);
        var failed = _h.Delivery(deliveries[1].Id);
        failed.Status.ShouldBe(DeliveryStatus.Failed);
        failed.Attempts.ShouldBe(2);
        failed.LastError.ShouldBe("HTTP 502 Bad Gateway");
        _h.Alerts.NextDue().ShouldBeNull();
    }

    [Fact]
    public void Reopen_ADigestWindowDoesNotMoveBack()
    {
        var digest = _h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook(), alerts: false, digest: new DigestSchedule("0 9 * * *", "UTC"));
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Ingest(AliceLeftMeta);
        _h.Time.SetUtcNow(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero));
        _h.Digests.EnqueueDue().ShouldBe(1);

        _h.Reopen();

        _h.Alerts.FindSubscription(digest.Id)!.DigestedUntil.ShouldBe(_h.Now);
        _h.Digests.EnqueueDue().ShouldBe(0);
        _h.DeliveriesOf(digest).ShouldHaveSingleItem().Kind.ShouldBe(DeliveryKind.Digest);
    }

    private static void ShouldMatch(Subscription actual, Subscription expected)
    {
        actual.Id.ShouldBe(expected.Id);
        actual.Target.ShouldBe(expected.Target);
        actual.Filter.Organisations.ShouldBe(expected.Filter.Organisations);
        actual.Filter.People.ShouldBe(expected.Filter.People);
        actual.Filter.Kinds.ShouldBe(expected.Filter.Kinds, ignoreOrder: true);
        actual.Alerts.ShouldBe(expected.Alerts);
        actual.Digest.ShouldBe(expected.Digest);
        actual.Language.ShouldBe(expected.Language);
        actual.Created.ShouldBe(expected.Created);
        actual.CreatedBy.ShouldBe(expected.CreatedBy);
        actual.DigestedUntil.ShouldBe(expected.DigestedUntil);
        actual.Paused.ShouldBe(expected.Paused);
    }
}
