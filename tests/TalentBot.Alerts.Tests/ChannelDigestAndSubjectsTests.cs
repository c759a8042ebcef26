using TalentBot.Alerts.Digests;
using TalentBot.Alerts.Subscriptions;
using TalentBot.Alerts.Tests.Support;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using static TalentBot.Alerts.Tests.Support.World;

namespace TalentBot.Alerts.Tests;

/// <summary>
/// What follows <c>/digest</c> (a time of day and a zone, or <c>off</c>) and several names in one <c>/subscribe</c>,
/// as free text from a chat platform: each works as the command's usage hint says, and anything else gets a polite
/// hint in the asker's language with nothing changed.
/// </summary>
public sealed class ChannelDigestAndSubjectsTests : IDisposable
{
    private static readonly DeliveryTarget Channel = DeliveryTarget.SlackChannel("C0DIGEST");

    private readonly AlertsHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.French)]
    [InlineData(Language.Italian)]
    [InlineData(Language.Japanese)]
    public async Task TimeAndZone_SetTheChannelsDailyDigest_SaidInTheChannel(Language language)
    {
        await Run(ChannelAction.Subscribe, "meta");

        var answer = await Run(ChannelAction.Digest, "09:00 Europe/Paris", language);

        answer.IsPrivate.ShouldBeFalse();
        answer.Digest.ShouldBeNull();
        answer.Text.ShouldBe(Phrases.Format(language, Phrase.DigestScheduled, "09:00", "Europe/Paris"));
        Only().Digest.ShouldBe(new DigestSchedule("0 9 * * *", "Europe/Paris"));
    }

    [Fact]
    public async Task TheNewTime_IsWhenTheSchedulerSendsIt()
    {
        await Run(ChannelAction.Subscribe, "meta");

        await Run(ChannelAction.Digest, "7h30 Asia/Tokyo");

        // The harness starts on Monday 12 January 2026 at 06:00 UTC, 15:00 in Tokyo: the next 07:30 there is Tuesday's.
        DigestSchedules.Next(Only().Digest!, AlertsHarness.DefaultStart).ShouldBe(new DateTimeOffset(2026, 1, 12, 22, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task TimeAlone_KeepsTheZoneTheDigestHad()
    {
        await Run(ChannelAction.Subscribe, "meta");
        await Run(ChannelAction.Digest, "09:00 Europe/Paris");

        var answer = await Run(ChannelAction.Digest, "18:05");

        answer.Text.ShouldBe(Phrases.Format(Language.English, Phrase.DigestScheduled, "18:05", "Europe/Paris"));
        Only().Digest.ShouldBe(new DigestSchedule("5 18 * * *", "Europe/Paris"));
    }

    [Theory]
    [InlineData("off")]
    [InlineData("OFF")]
    public async Task Off_StopsTheDigest_AndKeepsTheAlerts(string off)
    {
        await Run(ChannelAction.Subscribe, "meta");

        var answer = await Run(ChannelAction.Digest, off, Language.French);

        answer.IsPrivate.ShouldBeFalse();
        answer.Text.ShouldBe(Phrases.Get(Language.French, Phrase.DigestStopped));
        Only().Digest.ShouldBeNull();
        Only().Alerts.ShouldBeTrue();
    }

    [Theory]
    [InlineData("25:00", Language.English)]
    [InlineData("9", Language.French)]
    [InlineData("demain", Language.Italian)]
    [InlineData("09:00 Europe/Paris please", Language.Japanese)]
    [InlineData("09:60", Language.English)]
    public async Task AnythingElse_GetsTheUsageHint_AndChangesNothing(string arguments, Language language)
    {
        await Run(ChannelAction.Subscribe, "meta");

        var answer = await Run(ChannelAction.Digest, arguments, language);

        answer.IsPrivate.ShouldBeTrue();
        answer.Text.ShouldBe(Phrases.Get(language, Phrase.DigestUsage));
        Only().Digest.ShouldBe(new DigestSchedule("0 9 * * *", "UTC"));
    }

    [Fact]
    public async Task AnUnknownZone_IsNamed_AndChangesNothing()
    {
        await Run(ChannelAction.Subscribe, "meta");

        var answer = await Run(ChannelAction.Digest, "09:00 Mars/Olympus");

        answer.IsPrivate.ShouldBeTrue();
        answer.Text.ShouldBe(Phrases.Format(Language.English, Phrase.DigestUnknownZone, "Mars/Olympus"));
        Only().Digest.ShouldBe(new DigestSchedule("0 9 * * *", "UTC"));
    }

    [Fact]
    public async Task WithoutASubscription_TheDigestTimeAsksForOneFirst()
    {
        var answer = await Run(ChannelAction.Digest, "09:00 Europe/Paris", Language.Italian);

        answer.IsPrivate.ShouldBeTrue();
        answer.Text.ShouldBe(Phrases.Get(Language.Italian, Phrase.DigestNeedsSubscription));
        _h.Alerts.Subscriptions().ShouldBeEmpty();
    }

    [Fact]
    public async Task SeveralNames_AreFollowedTogether()
    {
        var answer = await Run(ChannelAction.Subscribe, "meta | Alice Martin | openai");

        answer.IsPrivate.ShouldBeFalse();
        Only().Filter.Organisations.ShouldBe([Meta, OpenAi]);
        Only().Filter.People.ShouldBe([Alice]);
        Only().IncludeInferred.ShouldBeFalse();
    }

    [Fact]
    public async Task SeveralNames_WithInferred_WidenTheSubscription_AndTakeInferredMoves()
    {
        await Run(ChannelAction.Subscribe, "meta");

        await Run(ChannelAction.Subscribe, "meta | google | inferred");

        Only().Filter.Organisations.ShouldBe([Meta, Google]);
        Only().IncludeInferred.ShouldBeTrue();
    }

    [Fact]
    public async Task SeveralNames_OneUnknown_ChangeNothing()
    {
        var answer = await Run(ChannelAction.Subscribe, "meta | Nobody Atall");

        answer.IsPrivate.ShouldBeTrue();
        answer.Text.ShouldStartWith(Phrases.Format(Language.English, Phrase.UnknownSubject, "Nobody Atall"));
        _h.Alerts.Subscriptions().ShouldBeEmpty();
    }

    [Fact]
    public async Task TooManyNames_AreRefusedPolitely()
    {
        var names = string.Join(" | ", Enumerable.Repeat("meta", ChannelSubscriptions.MaxSubjects + 1));

        var answer = await Run(ChannelAction.Subscribe, names, Language.Japanese);

        answer.IsPrivate.ShouldBeTrue();
        answer.Text.ShouldBe(Phrases.Format(Language.Japanese, Phrase.SubscribeTooMany, ChannelSubscriptions.MaxSubjects));
        _h.Alerts.Subscriptions().ShouldBeEmpty();
    }

    private Task<ChannelAnswer> Run(ChannelAction action, string subject, Language language = Language.English) =>
        _h.Channels.HandleAsync(new ChannelCommand(action, Channel, "U1", language, Subject: subject), CancellationToken.None);

    private Subscription Only() => _h.Alerts.Subscriptions().Where(s => s.Target == Channel).ShouldHaveSingleItem();
}
