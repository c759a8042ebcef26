using TalentBot.Alerts.Subscriptions;
using TalentBot.Alerts.Tests.Support;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Core.Replies;
using static TalentBot.Alerts.Tests.Support.Articles;
using static TalentBot.Alerts.Tests.Support.World;

namespace TalentBot.Alerts.Tests;

/// <summary>/subscribe, /unsubscribe, /subscriptions and /digest, as every chat platform runs them.</summary>
public sealed class ChannelSubscriptionsTests : IDisposable
{
    private static readonly DeliveryTarget Channel = DeliveryTarget.SlackChannel("C0ALERTS");
    private static readonly DeliveryTarget OtherChannel = DeliveryTarget.DiscordChannel("112233445566778899");

    private readonly AlertsHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Subscribe_Organisation_CreatesTheChannelsSubscriptionAndSaysSoInTheChannel()
    {
        var answer = await Run(ChannelAction.Subscribe, organisation: "meta");

        answer.IsPrivate.ShouldBeFalse();
        answer.Text.ShouldBe(Phrases.Format(Language.English, Phrase.SubscribeDone, "Meta", "0 9 * * * UTC"));
        var subscription = Only();
        subscription.Target.ShouldBe(Channel);
        subscription.Filter.Organisations.ShouldBe([Meta]);
        subscription.Filter.People.ShouldBeEmpty();
        subscription.Filter.Kinds.ShouldBeEmpty();
        subscription.Alerts.ShouldBeTrue();
        subscription.Digest.ShouldBe(new DigestSchedule("0 9 * * *", "UTC"));
        subscription.Language.ShouldBe(Language.English);
        subscription.CreatedBy.ShouldBe("U1");

        // It is a real subscription: the next Meta move is enqueued for the channel.
        _h.Ingest(AliceLeftMeta);
        _h.DeliveriesOf(subscription).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Subscribe_Person_ThenAnOrganisation_WidensTheOneSubscription()
    {
        await Run(ChannelAction.Subscribe, person: "alice martin");
        var id = Only().Id;

        var answer = await Run(ChannelAction.Subscribe, organisation: "Google");

        answer.IsPrivate.ShouldBeFalse();
        answer.Text.ShouldBe(Phrases.Format(Language.English, Phrase.SubscribeDone, "Google, Alice Martin", "0 9 * * * UTC"));
        var widened = Only();
        widened.Id.ShouldBe(id);
        widened.Filter.Organisations.ShouldBe([Google]);
        widened.Filter.People.ShouldBe([Alice]);
    }

    [Fact]
    public async Task Subscribe_FreeSubjectInAnyScript_ResolvesOrganisationOrPerson_AndAnswersInTheCommandsLanguage()
    {
        var japanese = await Run(ChannelAction.Subscribe, subject: "メタ", language: Language.Japanese);
        var person = await Run(ChannelAction.Subscribe, subject: "ヒロ・タナカ", language: Language.Japanese);

        japanese.IsPrivate.ShouldBeFalse();
        japanese.Text.ShouldBe(Phrases.Format(Language.Japanese, Phrase.SubscribeDone, "Meta", "0 9 * * * UTC"));
        person.Text.ShouldBe(Phrases.Format(Language.Japanese, Phrase.SubscribeDone, "Meta, Hiro Tanaka", "0 9 * * * UTC"));
        var subscription = Only();
        subscription.Filter.Organisations.ShouldBe([Meta]);
        subscription.Filter.People.ShouldBe([Hiro]);
        subscription.Language.ShouldBe(Language.Japanese);
    }

    [Fact]
    public async Task Subscribe_AlreadyFollowed_IsAnsweredPrivatelyAndChangesNothing()
    {
        await Run(ChannelAction.Subscribe, organisation: "Meta");

        var again = await Run(ChannelAction.Subscribe, subject: "Facebook", language: Language.French);

        again.IsPrivate.ShouldBeTrue();
        again.Text.ShouldBe(Phrases.Format(Language.French, Phrase.SubscribeAlready, "Meta"));
        Only().Filter.Organisations.ShouldBe([Meta]);
    }

    [Fact]
    public async Task Subscribe_Nothing_FollowsEverything_AndThenEveryNameIsAlreadyFollowed()
    {
        var everything = await Run(ChannelAction.Subscribe);
        var meta = await Run(ChannelAction.Subscribe, organisation: "Meta");

        everything.Text.ShouldBe(Phrases.Format(Language.English, Phrase.SubscribeDone, Phrases.Get(Language.English, Phrase.FilterEverything), "0 9 * * * UTC"));
        Only().Filter.IsEverything.ShouldBeTrue();
        meta.IsPrivate.ShouldBeTrue();
        meta.Text.ShouldBe(Phrases.Format(Language.English, Phrase.SubscribeAlready, Phrases.Get(Language.English, Phrase.FilterEverything)));
        _h.Ingest(DanielLeftGoogle);
        _h.DeliveriesOf(Only()).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Subscribe_NothingWhenFollowingNames_WidensToEverything()
    {
        await Run(ChannelAction.Subscribe, organisation: "Meta");

        var answer = await Run(ChannelAction.Subscribe);

        answer.IsPrivate.ShouldBeFalse();
        Only().Filter.IsEverything.ShouldBeTrue();
    }

    [Fact]
    public async Task Subscribe_UnknownName_IsAnsweredPrivatelyWithDidYouMean_AndCreatesNothing()
    {
        var free = await Run(ChannelAction.Subscribe, subject: "Antropik Labs");
        var organisation = await Run(ChannelAction.Subscribe, organisation: "Antropik Labs", language: Language.French);

        free.IsPrivate.ShouldBeTrue();
        free.Text.ShouldBe(Phrases.Format(Language.English, Phrase.UnknownSubject, "Antropik Labs") + " "
                           + Phrases.Format(Language.English, Phrase.DidYouMean, "Anthropic"));
        organisation.IsPrivate.ShouldBeTrue();
        organisation.Text.ShouldBe(Phrases.Format(Language.French, Phrase.UnknownOrganisation, "Antropik Labs") + " "
                                   + Phrases.Format(Language.French, Phrase.DidYouMean, "Anthropic"));
        _h.Alerts.Subscriptions().ShouldBeEmpty();
    }

    [Fact]
    public async Task Subscribe_ANameOneLetterFromAKnownPerson_IsNotAppliedSilently()
    {
        // SubjectResolver: "never a near spelling applied silently"; "a typo must not become a subscription".
        var answer = await Run(ChannelAction.Subscribe, person: "Alice Marten");

        _h.Alerts.Subscriptions().SelectMany(s => s.Filter.People).ShouldNotContain(Alice, "'Alice Marten' was taken for Alice Martin: " + answer.Text);
        answer.IsPrivate.ShouldBeTrue();
        answer.Text.ShouldContain(Phrases.Format(Language.English, Phrase.DidYouMean, "Alice Martin"));
        _h.Alerts.Subscriptions().ShouldBeEmpty();
    }

    [Fact]
    public async Task Unsubscribe_OneSubject_NarrowsTheSubscription()
    {
        await Run(ChannelAction.Subscribe, organisation: "Meta");
        await Run(ChannelAction.Subscribe, person: "Alice Martin");

        var answer = await Run(ChannelAction.Unsubscribe, subject: "alice martin", language: Language.Italian);

        answer.IsPrivate.ShouldBeFalse();
        answer.Text.ShouldBe(Phrases.Format(Language.Italian, Phrase.UnsubscribeDone, "Alice Martin"));
        var narrowed = Only();
        narrowed.Filter.Organisations.ShouldBe([Meta]);
        narrowed.Filter.People.ShouldBeEmpty();
    }

    [Fact]
    public async Task Unsubscribe_TheLastSubject_RemovesTheSubscriptionRatherThanFollowingEverything()
    {
        await Run(ChannelAction.Subscribe, organisation: "Meta");
        _h.Ingest(AliceLeftMeta);
        var id = Only().Id;

        var answer = await Run(ChannelAction.Unsubscribe, organisation: "Meta");

        answer.IsPrivate.ShouldBeFalse();
        answer.Text.ShouldBe(Phrases.Format(Language.English, Phrase.UnsubscribeDone, "Meta"));
        _h.Alerts.Subscriptions().ShouldBeEmpty();
        _h.Alerts.Deliveries(id, 10).ShouldHaveSingleItem().Status.ShouldBe(DeliveryStatus.Cancelled);
        _h.Ingest(DanielLeftGoogle);
        _h.Alerts.Deliveries(null, 10).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Unsubscribe_All_RemovesTheSubscription()
    {
        await Run(ChannelAction.Subscribe, organisation: "Meta");
        await Run(ChannelAction.Subscribe, organisation: "Google");
        await Run(ChannelAction.Subscribe, organisation: "Meta", channel: OtherChannel);

        var answer = await Run(ChannelAction.Unsubscribe, language: Language.Japanese);

        answer.IsPrivate.ShouldBeFalse();
        answer.Text.ShouldBe(Phrases.Get(Language.Japanese, Phrase.UnsubscribeAll));
        _h.Alerts.Subscriptions().ShouldHaveSingleItem().Target.ShouldBe(OtherChannel);
    }

    [Fact]
    public async Task Unsubscribe_NotFollowedOrNoSubscription_IsAnsweredPrivately()
    {
        var none = await Run(ChannelAction.Unsubscribe, organisation: "Meta");
        await Run(ChannelAction.Subscribe, organisation: "Meta");
        var notFollowed = await Run(ChannelAction.Unsubscribe, organisation: "Google");
        var unknown = await Run(ChannelAction.Unsubscribe, subject: "Antropik Labs");

        none.IsPrivate.ShouldBeTrue();
        none.Text.ShouldBe(Phrases.Get(Language.English, Phrase.SubscriptionsNone));
        notFollowed.IsPrivate.ShouldBeTrue();
        notFollowed.Text.ShouldBe(Phrases.Format(Language.English, Phrase.UnsubscribeNotFollowed, "Google", "Meta"));
        unknown.IsPrivate.ShouldBeTrue();
        Only().Filter.Organisations.ShouldBe([Meta]);
    }

    [Fact]
    public async Task List_ShowsWhatTheChannelFollows_LastDelivery_WaitingCount_AndPauseReason()
    {
        (await Run(ChannelAction.List)).Text.ShouldBe(Phrases.Get(Language.English, Phrase.SubscriptionsNone));
        await Run(ChannelAction.Subscribe, organisation: "Meta");
        var subscription = Only();
        _h.Ingest(AliceLeftMeta);
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Ingest(BrunoJoinedMeta);
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Ingest(ChiaraLeftFair);
        var first = _h.DeliveriesOf(subscription).OrderBy(d => d.Created).First();
        var sentAt = new DateTimeOffset(2026, 1, 12, 6, 5, 0, TimeSpan.Zero);
        _h.Alerts.MarkSent(first.Id, sentAt);
        var pausedAt = new DateTimeOffset(2026, 1, 12, 6, 7, 0, TimeSpan.Zero);
        _h.Alerts.Pause(subscription.Id, new SubscriptionPause(pausedAt, "HTTP 404 Not Found"));

        var english = await Run(ChannelAction.List);
        var japanese = await Run(ChannelAction.List, language: Language.Japanese);

        english.IsPrivate.ShouldBeTrue();
        english.Text.Split('\n').ShouldBe(
        [
            "This channel follows Meta.",
            "Digest: 0 9 * * * UTC.",
            "Last delivery: 2026-01-12 06:05 UTC.",
            "2 waiting to be sent.",
            "Paused since 2026-01-12 06:07 UTC: HTTP 404 Not Found.",
        ]);
        japanese.Text.Split('\n').ShouldBe(
        [
            Phrases.Format(Language.Japanese, Phrase.SubscriptionsFollows, "Meta"),
            Phrases.Format(Language.Japanese, Phrase.SubscriptionsDigest, "0 9 * * * UTC"),
            Phrases.Format(Language.Japanese, Phrase.SubscriptionsLastDelivery, "2026-01-12 06:05 UTC"),
            Phrases.Format(Language.Japanese, Phrase.SubscriptionsWaiting, 2),
            Phrases.Format(Language.Japanese, Phrase.SubscriptionsPaused, "2026-01-12 06:07 UTC", "HTTP 404 Not Found"),
        ]);
    }

    [Fact]
    public async Task List_NothingSentYet_SaysSo()
    {
        await Run(ChannelAction.Subscribe, person: "Alice Martin", language: Language.French);

        var answer = await Run(ChannelAction.List, language: Language.French);

        answer.Text.Split('\n').ShouldBe(
        [
            Phrases.Format(Language.French, Phrase.SubscriptionsFollows, "Alice Martin"),
            Phrases.Format(Language.French, Phrase.SubscriptionsDigest, "0 9 * * * UTC"),
            Phrases.Get(Language.French, Phrase.SubscriptionsNothingDelivered),
        ]);
    }

    [Fact]
    public async Task List_LastDelivery_IsFoundBehindManyWaitingOnes()
    {
        await Run(ChannelAction.Subscribe);
        var subscription = Only();
        _h.Ingest(AliceLeftMeta);
        _h.Alerts.MarkSent(_h.DeliveriesOf(subscription).Single().Id, _h.Now);
        string[] first = ["Marco", "Lena", "Ivan", "Sofia", "Omar", "Petra", "Yusuf", "Greta"];
        string[] last = ["Costa", "Berg", "Novak", "Silva", "Haas", "Moreau", "Lindqvist", "Patel"];
        foreach (var name in first.SelectMany(f => last.Select(l => f + " " + l)))
        {
            _h.Time.Advance(TimeSpan.FromMinutes(1));
            _h.Ingest($"{name} left Meta to join OpenAI.");
        }
        var waiting = _h.Alerts.WaitingCounts()[subscription.Id];

        var answer = await Run(ChannelAction.List);

        waiting.ShouldBeGreaterThan(50);
        answer.Text.ShouldContain("Last delivery: 2026-01-12 06:00 UTC.");
    }

    [Fact]
    public async Task Digest_MovesInTheLastDay_IsAPublicDigestOfWhatTheChannelFollows()
    {
        await Run(ChannelAction.Subscribe, organisation: "Meta");
        _h.Ingest(BrunoJoinedMeta);                           // older than a day by the time we ask
        _h.Time.Advance(TimeSpan.FromHours(2));
        var alice = _h.MoveOf(_h.Ingest(AliceLeftMeta));
        _h.Ingest(DanielLeftGoogle);                           // not Meta
        var hiro = _h.MoveOf(_h.Ingest(HiroLeftMetaJapanese, Language.Japanese));
        _h.Time.Advance(TimeSpan.FromHours(23));

        var answer = await Run(ChannelAction.Digest, language: Language.French);

        answer.IsPrivate.ShouldBeFalse();
        var digest = answer.Digest.ShouldNotBeNull();
        digest.Intent.ShouldBe(ReplyIntent.Digest);
        digest.Language.ShouldBe(Language.French);
        digest.Moves.Select(m => m.Move.Id).ShouldBe([alice.Id, hiro.Id], ignoreOrder: true);
        digest.Moves.ShouldAllBe(m => m.Group == "Meta");
        answer.Text.ShouldBe(digest.Text);
    }

    [Fact]
    public async Task Digest_NoSubscription_CoversEveryMove()
    {
        var daniel = _h.MoveOf(_h.Ingest(DanielLeftGoogle));

        var answer = await Run(ChannelAction.Digest);

        answer.IsPrivate.ShouldBeFalse();
        answer.Digest.ShouldNotBeNull().Moves.ShouldHaveSingleItem().Move.Id.ShouldBe(daniel.Id);
    }

    [Fact]
    public async Task Digest_NothingInTheLastDay_IsAPrivateNoNewMoves()
    {
        await Run(ChannelAction.Subscribe, organisation: "Meta");
        _h.Ingest(AliceLeftMeta);
        _h.Ingest(DanielLeftGoogle);
        _h.Time.Advance(TimeSpan.FromHours(25));
        _h.Ingest(FarahJoinedDeepMind);

        var answer = await Run(ChannelAction.Digest, language: Language.Japanese);

        answer.IsPrivate.ShouldBeTrue();
        answer.Digest.ShouldBeNull();
        var since = (_h.Now - ChannelSubscriptions.DigestWindow).UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'");
        answer.Text.ShouldContain(Phrases.Format(Language.Japanese, Phrase.NothingDigest, since));
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.French)]
    [InlineData(Language.Italian)]
    [InlineData(Language.Japanese)]
    public async Task ANameOverTheLimit_IsRefusedPolitely_InTheAskersLanguage_AndNothingIsStored(Language language)
    {
        var huge = new string('m', 120_000);

        var organisation = await Run(ChannelAction.Subscribe, organisation: huge, language: language);
        var person = await Run(ChannelAction.Subscribe, person: huge, language: language);
        var subject = await Run(ChannelAction.Subscribe, subject: huge + " inferred", language: language);
        var unsubscribe = await Run(ChannelAction.Unsubscribe, subject: huge, language: language);

        var expected = Phrases.Format(language, Phrase.TooLong, SubjectResolver.MaxNameLength);
        foreach (var answer in new[] { organisation, person, subject, unsubscribe })
        {
            answer.IsPrivate.ShouldBeTrue();
            answer.Text.ShouldBe(expected);
        }
        _h.Alerts.Subscriptions().ShouldBeEmpty();
    }

    [Fact]
    public async Task ANameAtTheLimit_IsStillTaken()
    {
        var answer = await Run(ChannelAction.Subscribe, organisation: "Lab " + new string('q', SubjectResolver.MaxNameLength - 4));

        answer.IsPrivate.ShouldBeFalse();
        Only().Filter.Organisations.ShouldHaveSingleItem();
    }

    private Task<ChannelAnswer> Run(ChannelAction action, string? organisation = null, string? person = null, string? subject = null,
                                    Language language = Language.English, DeliveryTarget? channel = null) =>
        _h.Channels.HandleAsync(new ChannelCommand(action, channel ?? Channel, "U1", language, organisation, person, subject), CancellationToken.None);

    private Subscription Only() => _h.Alerts.Subscriptions().Where(s => s.Target == Channel).ShouldHaveSingleItem();
}
