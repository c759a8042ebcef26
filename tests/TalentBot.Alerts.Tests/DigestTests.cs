using TalentBot.Alerts.Digests;
using TalentBot.Alerts.Tests.Support;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Core.Replies;
using static TalentBot.Alerts.Tests.Support.Articles;
using static TalentBot.Alerts.Tests.Support.World;

namespace TalentBot.Alerts.Tests;

/// <summary>Digests fall due on their cron schedule in their own time zone, on a fake clock.</summary>
public sealed class DigestTests : IDisposable
{
    private static readonly DigestSchedule ParisNine = new(DigestSchedule.DailyAtNine, "Europe/Paris");
    private static readonly DigestSchedule TokyoNine = new(DigestSchedule.DailyAtNine, "Asia/Tokyo");

    private readonly List<IDisposable> _owned = [];

    public void Dispose()
    {
        foreach (var owned in _owned) owned.Dispose();
    }

    [Fact]
    public void EnqueueDue_NineInParisAndTokyo_OneDigestEachAtNineLocal_WithTheMatchingMovesSinceCreation()
    {
        var h = Harness(); // 2026-01-12 06:00 UTC: 07:00 in Paris, 15:00 in Tokyo
        var paris = h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("paris"), alerts: false, digest: ParisNine);
        var tokyo = h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("tokyo"), alerts: false, digest: TokyoNine);
        var created = h.Now;
        h.Time.Advance(TimeSpan.FromMinutes(1));
        var alice = h.MoveOf(h.Ingest(AliceLeftMeta));
        h.Ingest(DanielLeftGoogle);
        h.Ingest(EmmaDeclinedMeta);
        h.Time.Advance(TimeSpan.FromMinutes(1));
        var chiara = h.MoveOf(h.Ingest(ChiaraLeftFair));

        h.Time.SetUtcNow(Utc(2026, 1, 12, 7, 59, 59));
        h.Digests.EnqueueDue().ShouldBe(0);
        h.Digests.NextDue().ShouldBe(Utc(2026, 1, 12, 8, 0, 0));

        h.Time.SetUtcNow(Utc(2026, 1, 12, 8, 0, 0));
        h.Digests.EnqueueDue().ShouldBe(1);
        h.Digests.EnqueueDue().ShouldBe(0);

        var digest = h.DeliveriesOf(paris).ShouldHaveSingleItem();
        digest.Kind.ShouldBe(DeliveryKind.Digest);
        digest.Status.ShouldBe(DeliveryStatus.Waiting);
        digest.MoveIds.ShouldBe([alice.Id, chiara.Id]);
        digest.WindowStart.ShouldBe(created);
        digest.Created.ShouldBe(h.Now);
        digest.NextAttempt.ShouldBe(h.Now);
        h.Alerts.FindSubscription(paris.Id)!.DigestedUntil.ShouldBe(h.Now);
        h.DeliveriesOf(tokyo).ShouldBeEmpty();
        h.Digests.NextDue().ShouldBe(Utc(2026, 1, 13, 0, 0, 0));

        h.Time.SetUtcNow(Utc(2026, 1, 12, 23, 59, 59));
        h.Digests.EnqueueDue().ShouldBe(0);
        h.Time.SetUtcNow(Utc(2026, 1, 13, 0, 0, 0));
        h.Digests.EnqueueDue().ShouldBe(1);
        h.DeliveriesOf(tokyo).ShouldHaveSingleItem().MoveIds.ShouldBe([alice.Id, chiara.Id]);
        h.DeliveriesOf(paris).Count.ShouldBe(1);
    }

    [Fact]
    public void EnqueueDue_NothingNew_AdvancesTheWindowWithoutADigest()
    {
        var h = Harness();
        var paris = h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook(), alerts: false, digest: ParisNine);
        h.Time.Advance(TimeSpan.FromMinutes(1));
        h.Ingest(DanielLeftGoogle);

        h.Time.SetUtcNow(Utc(2026, 1, 12, 8, 0, 0));
        h.Digests.EnqueueDue().ShouldBe(0);

        h.DeliveriesOf(paris).ShouldBeEmpty();
        h.Alerts.FindSubscription(paris.Id)!.DigestedUntil.ShouldBe(h.Now);
        h.Digests.NextDue().ShouldBe(Utc(2026, 1, 13, 8, 0, 0));
    }

    [Fact]
    public async Task EnqueueDue_NothingNewWithDigestWhenEmpty_SendsADigestSayingSo()
    {
        var h = Harness(o => o.DigestWhenEmpty = true);
        await using var server = await WebhookServer.StartAsync(h.Time);
        var paris = h.Subscribe(Filters.Organisations(Meta), server.Hook("paris"), alerts: false, digest: ParisNine, language: Language.French);
        var created = h.Now;

        h.Time.SetUtcNow(Utc(2026, 1, 12, 8, 0, 0));
        h.Digests.EnqueueDue().ShouldBe(1);
        (await h.Dispatcher.DeliverDueAsync(CancellationToken.None)).Sent.ShouldBe(1);

        h.DeliveriesOf(paris).ShouldHaveSingleItem().MoveIds.ShouldBeEmpty();
        var body = server.Calls.ShouldHaveSingleItem().Json;
        ((string?)body["type"]).ShouldBe("digest");
        ((string?)body["language"]).ShouldBe("fr");
        ((string?)body["since"]).ShouldBe("2026-01-12T06:00:00Z");
        body["moves"]!.AsArray().ShouldBeEmpty();
        ((int?)body["total"]).ShouldBe(0);
        ((string?)body["text"]).ShouldNotBeNull().ShouldContain(
            Phrases.Format(Language.French, Phrase.NothingDigest, created.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'")));
    }

    [Fact]
    public void EnqueueDue_SeveralMissedDays_OneDigestCoveringTheGap()
    {
        var h = Harness();
        var paris = h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook(), alerts: false, digest: ParisNine);
        var created = h.Now;
        h.Time.SetUtcNow(Utc(2026, 1, 12, 10, 0, 0));
        var first = h.MoveOf(h.Ingest(AliceLeftMeta));
        h.Time.SetUtcNow(Utc(2026, 1, 13, 10, 0, 0));
        var second = h.MoveOf(h.Ingest(BrunoJoinedMeta));

        h.Time.SetUtcNow(Utc(2026, 1, 15, 12, 0, 0));
        h.Digests.EnqueueDue().ShouldBe(1);
        h.Digests.EnqueueDue().ShouldBe(0);

        var digest = h.DeliveriesOf(paris).ShouldHaveSingleItem();
        digest.MoveIds.ShouldBe([first.Id, second.Id]);
        digest.WindowStart.ShouldBe(created);
        h.Alerts.FindSubscription(paris.Id)!.DigestedUntil.ShouldBe(Utc(2026, 1, 15, 8, 0, 0));
    }

    [Fact]
    public void EnqueueDue_PausedSubscription_WaitsAndThenOneDigestCoversThePause()
    {
        var h = Harness();
        var paris = h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook(), alerts: false, digest: ParisNine);
        h.Time.Advance(TimeSpan.FromMinutes(1));
        var move = h.MoveOf(h.Ingest(AliceLeftMeta));
        h.Alerts.Pause(paris.Id, new SubscriptionPause(h.Now, "HTTP 410 Gone"));

        h.Time.SetUtcNow(Utc(2026, 1, 13, 9, 0, 0));
        h.Digests.EnqueueDue().ShouldBe(0);
        h.Digests.NextDue().ShouldBeNull();
        h.Alerts.Resume(paris.Id, h.Now).ShouldBeTrue();
        h.Digests.EnqueueDue().ShouldBe(1);

        h.DeliveriesOf(paris).ShouldHaveSingleItem().MoveIds.ShouldBe([move.Id]);
    }

    [Fact]
    public void EnqueueDue_SpringForwardInParis_NineLocalIsSevenUtc()
    {
        var h = Harness(start: Utc(2026, 3, 28, 12, 0, 0)); // Paris moves to summer time at 02:00 on Sunday 29 March 2026
        var paris = h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook(), alerts: false, digest: ParisNine);
        h.Time.Advance(TimeSpan.FromMinutes(1));
        h.Ingest(AliceLeftMeta);

        h.Time.SetUtcNow(Utc(2026, 3, 29, 6, 59, 59));
        h.Digests.EnqueueDue().ShouldBe(0);
        h.Time.SetUtcNow(Utc(2026, 3, 29, 7, 0, 0));
        h.Digests.EnqueueDue().ShouldBe(1);
        h.Time.SetUtcNow(Utc(2026, 3, 29, 8, 0, 0));
        h.Digests.EnqueueDue().ShouldBe(0);

        h.Alerts.FindSubscription(paris.Id)!.DigestedUntil.ShouldBe(Utc(2026, 3, 29, 7, 0, 0));
        h.Digests.NextDue().ShouldBe(Utc(2026, 3, 30, 7, 0, 0));
    }

    [Fact]
    public void EnqueueDue_ATimeTheClockSkipsOrRepeats_OneDigestThatDay()
    {
        var h = Harness(o => o.DigestWhenEmpty = true, start: Utc(2026, 3, 28, 12, 0, 0));
        var night = h.Subscribe(MoveFilter.Everything, Filters.NowhereHook(), alerts: false, digest: new DigestSchedule("30 2 * * *", "Europe/Paris"));

        // 29 March: 02:30 does not exist in Paris; the digest goes out when the clock jumps to 03:00 (01:00 UTC).
        h.Time.SetUtcNow(Utc(2026, 3, 29, 0, 59, 59));
        h.Digests.EnqueueDue().ShouldBe(0);
        h.Time.SetUtcNow(Utc(2026, 3, 29, 1, 0, 0));
        h.Digests.EnqueueDue().ShouldBe(1);
        h.Time.SetUtcNow(Utc(2026, 3, 30, 0, 30, 0));
        h.Digests.EnqueueDue().ShouldBe(1);

        // 25 October: 02:30 happens twice in Paris (00:30 and 01:30 UTC); one digest.
        h.Time.SetUtcNow(Utc(2026, 10, 25, 0, 0, 0));
        h.Digests.EnqueueDue().ShouldBe(1); // the gap since 30 March, in one
        h.Time.SetUtcNow(Utc(2026, 10, 25, 0, 30, 0));
        h.Digests.EnqueueDue().ShouldBe(1);
        h.Time.SetUtcNow(Utc(2026, 10, 25, 1, 30, 0));
        h.Digests.EnqueueDue().ShouldBe(0);
        h.Time.SetUtcNow(Utc(2026, 10, 26, 1, 30, 0));
        h.Digests.EnqueueDue().ShouldBe(1);

        h.DeliveriesOf(night).Count.ShouldBe(5);
    }

    [Fact]
    public void EnqueueDue_AStoredScheduleThatCannotBeRead_IsSkippedAndLogged_OthersStillGo()
    {
        var h = Harness();
        var broken = h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("broken"), alerts: false, digest: new DigestSchedule("every morning", "UTC"));
        var good = h.Subscribe(Filters.Organisations(Meta), Filters.NowhereHook("good"), alerts: false, digest: ParisNine);
        h.Time.Advance(TimeSpan.FromMinutes(1));
        h.Ingest(AliceLeftMeta);

        h.Time.SetUtcNow(Utc(2026, 1, 12, 8, 0, 0));
        h.Digests.EnqueueDue().ShouldBe(1);

        h.DeliveriesOf(broken).ShouldBeEmpty();
        h.DeliveriesOf(good).Count.ShouldBe(1);
        h.Logs.Entries.ShouldContain(l => l.EventId == 7008 && l.Message.Contains(broken.Id));
        h.Digests.NextDue().ShouldBe(Utc(2026, 1, 13, 8, 0, 0));
    }

    [Fact]
    public async Task DigestJson_GroupsMovesUnderTheSubscribersOrganisations_AndHasSince()
    {
        var h = Harness();
        await using var server = await WebhookServer.StartAsync(h.Time);
        var subscription = h.Subscribe(Filters.Organisations(Meta, Google), server.Hook("digest"), alerts: false, digest: ParisNine);
        var ids = new Dictionary<string, string>();
        foreach (var (name, text) in new[] { ("alice", AliceLeftMeta), ("daniel", DanielLeftGoogle), ("chiara", ChiaraLeftFair), ("farah", FarahJoinedDeepMind), ("emma", EmmaDeclinedMeta) })
        {
            h.Time.Advance(TimeSpan.FromMinutes(1));
            ids[name] = h.MoveOf(h.Ingest(text, url: Url(name))).Id;
        }
        h.Time.SetUtcNow(Utc(2026, 1, 12, 8, 0, 0));
        h.Digests.EnqueueDue().ShouldBe(1);

        (await h.Dispatcher.DeliverDueAsync(CancellationToken.None)).Sent.ShouldBe(1);

        var call = server.Calls.ShouldHaveSingleItem();
        var delivery = h.DeliveriesOf(subscription).ShouldHaveSingleItem();
        call.Header("Idempotency-Key").ShouldBe(delivery.Id);
        var body = call.Json;
        ((string?)body["type"]).ShouldBe("digest");
        ((string?)body["since"]).ShouldBe("2026-01-12T06:00:00Z");
        ((string?)body["created"]).ShouldBe("2026-01-12T08:00:00Z");
        ((int?)body["total"]).ShouldBe(4);
        var moves = body["moves"]!.AsArray().Select(m => (Id: (string)m!["id"]!, Group: (string?)m["group"], Quotes: m["citations"]!.AsArray().Count)).ToList();
        // Two groups of two (ties by name), newest first within each; a declined offer is not news at Meta.
        moves.ShouldBe(
        [
            (ids["farah"], "Google", 1),
            (ids["daniel"], "Google", 1),
            (ids["chiara"], "Meta", 1),
            (ids["alice"], "Meta", 1),
        ]);
        ((string?)body["moves"]![0]!["citations"]![0]!["quote"]).ShouldBe(FarahJoinedDeepMind);
    }

    [Fact]
    public async Task DigestJson_MoreMovesThanADigestShows_TotalCountsThemAll()
    {
        var h = Harness();
        await using var server = await WebhookServer.StartAsync(h.Time);
        h.Subscribe(MoveFilter.Everything, server.Hook("digest"), alerts: false, digest: ParisNine);
        h.Time.Advance(TimeSpan.FromMinutes(1));
        string[] first = ["Marco", "Lena", "Ivan", "Sofia", "Omar", "Petra"];
        string[] last = ["Costa", "Berg", "Novak", "Silva", "Haas"];
        var reports = h.Ingestion.IngestMany(first.SelectMany(f => last.Select(l => new Knowledge.ArticleSource($"{f} {l} left Google to join Meta.", Language: Language.English))));
        reports.Sum(r => r.NewMoves.Count).ShouldBe(30);
        h.Time.SetUtcNow(Utc(2026, 1, 12, 8, 0, 0));
        h.Digests.EnqueueDue().ShouldBe(1);

        await h.Dispatcher.DeliverDueAsync(CancellationToken.None);

        var body = server.Calls.ShouldHaveSingleItem().Json;
        ((int?)body["total"]).ShouldBe(30);
        body["moves"]!.AsArray().Count.ShouldBe(NotificationReplies.MaxDigestMoves);
        ((string?)body["text"]).ShouldNotBeNull().ShouldContain(Phrases.Format(Language.English, Phrase.MoreNotShown, 5));
    }

    [Fact]
    public void DigestReply_EverythingSubscription_GroupsByWhereTheyWent()
    {
        var h = Harness();
        var alice = h.MoveOf(h.Ingest(AliceLeftMeta));
        var chiara = h.MoveOf(h.Ingest(ChiaraLeftFair));
        var daniel = h.MoveOf(h.Ingest(DanielLeftGoogle));

        var reply = h.Replies.Digest([alice, chiara, daniel], h.Now.AddHours(-1), Language.English);

        reply.Intent.ShouldBe(ReplyIntent.Digest);
        reply.Moves.Select(m => (m.Move.Id, m.Group)).ShouldBe([(daniel.Id, "Anthropic"), (chiara.Id, "Anthropic"), (alice.Id, "OpenAI")], ignoreOrder: true);
        reply.Moves[2].Group.ShouldBe("OpenAI");
        var json = System.Text.Json.Nodes.JsonNode.Parse(ReplyJson.SerializeDelivery(reply, "d1", "s1", h.Now, h.Now.AddHours(-1), h.Now))!;
        json["until"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        json["moves"]!.AsArray().Select(m => (string?)m!["group"]).ShouldBe(["Anthropic", "Anthropic", "OpenAI"]);
    }

    [Theory]
    [InlineData("0 9 * *", "Europe/Paris", "'0 9 * *' is not a cron schedule")]
    [InlineData("0 0 9 * * *", "Europe/Paris", "is not a cron schedule")]
    [InlineData("61 9 * * *", "Europe/Paris", "is not a cron schedule")]
    [InlineData("", "Europe/Paris", "The digest schedule is empty")]
    [InlineData("0 9 * * *", "Mars/Olympus_Mons", "'Mars/Olympus_Mons' is not a time zone this machine knows")]
    [InlineData("0 9 * * *", "", "is not a time zone this machine knows")]
    public void TryCreate_BadCronOrZone_IsRejectedWithAReadableError(string cron, string zone, string expected)
    {
        DigestSchedules.TryCreate(cron, zone, out var schedule, out var error).ShouldBeFalse();

        schedule.ShouldBeNull();
        error.ShouldNotBeNull().ShouldContain(expected);
        error.ShouldNotContain("Exception");
    }

    [Theory]
    [InlineData(" 0 9 * * 1-5 ", " Europe/Paris ", "0 9 * * 1-5", "Europe/Paris")]
    [InlineData("30 8 * * *", "Asia/Tokyo", "30 8 * * *", "Asia/Tokyo")]
    [InlineData("0 9 * * *", "UTC", "0 9 * * *", "UTC")]
    public void TryCreate_GoodSchedule_IsTrimmed(string cron, string zone, string expectedCron, string expectedZone)
    {
        DigestSchedules.TryCreate(cron, zone, out var schedule, out var error).ShouldBeTrue();

        error.ShouldBeNull();
        schedule.ShouldBe(new DigestSchedule(expectedCron, expectedZone));
    }

    [Fact]
    public void LatestDue_OnlyOccurrencesAfterTheWindowAndNotAfterNow()
    {
        var schedule = new DigestSchedule("0 9 * * *", "Asia/Tokyo");

        DigestSchedules.LatestDue(schedule, Utc(2026, 1, 12, 0, 0, 0), Utc(2026, 1, 12, 0, 0, 0)).ShouldBeNull();
        DigestSchedules.LatestDue(schedule, Utc(2026, 1, 11, 0, 0, 0), Utc(2026, 1, 12, 0, 0, 0)).ShouldBe(Utc(2026, 1, 12, 0, 0, 0));
        DigestSchedules.LatestDue(schedule, Utc(2026, 1, 1, 0, 0, 0), Utc(2026, 1, 12, 5, 0, 0)).ShouldBe(Utc(2026, 1, 12, 0, 0, 0));
        DigestSchedules.Next(schedule, Utc(2026, 1, 12, 0, 0, 0)).ShouldBe(Utc(2026, 1, 13, 0, 0, 0));
    }

    private AlertsHarness Harness(Action<AlertsOptions>? configure = null, DateTimeOffset? start = null)
    {
        var harness = new AlertsHarness(configure, start);
        _owned.Add(harness);
        return harness;
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
