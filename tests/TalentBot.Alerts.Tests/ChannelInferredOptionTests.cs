using TalentBot.Alerts.Subscriptions;
using TalentBot.Alerts.Tests.Support;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using static TalentBot.Alerts.Tests.Support.Articles;
using static TalentBot.Alerts.Tests.Support.World;

namespace TalentBot.Alerts.Tests;

/// <summary>The inferred option of /subscribe and /unsubscribe: a word in free text (Slack) or a typed flag (Discord).</summary>
public sealed class ChannelInferredOptionTests : IDisposable
{
    private static readonly DeliveryTarget Channel = DeliveryTarget.SlackChannel("C0ALERTS");

    private readonly AlertsHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Theory]
    [InlineData("meta inferred")]
    [InlineData("Meta +inferred")]
    [InlineData("INFERRED meta")]
    [InlineData("+inferred   Meta")]
    public async Task Subscribe_WordBeforeOrAfterTheName_FollowsItWithInferredMoves(string text)
    {
        var answer = await Run(ChannelAction.Subscribe, subject: text);

        answer.IsPrivate.ShouldBeFalse();
        answer.Text.ShouldBe(Phrases.Format(Language.English, Phrase.SubscribeDone, "Meta, moves inferred from context included", "0 9 * * * UTC"));
        var subscription = Only();
        subscription.Filter.Organisations.ShouldBe([Meta]);
        subscription.IncludeInferred.ShouldBeTrue();
    }

    [Fact]
    public async Task Subscribe_TypedFlag_FollowsWithInferredMoves_AndTheNextInferredMoveIsEnqueued()
    {
        var answer = await Run(ChannelAction.Subscribe, person: "Alice Martin", inferred: true, language: Language.Japanese);
        _h.Extractor.Infer(AliceLeftMeta, InferenceReason.Coreference);

        var move = _h.MoveOf(_h.Ingest(AliceLeftMeta));

        answer.Text.ShouldBe(Phrases.Format(Language.Japanese, Phrase.SubscribeDone,
            Phrases.Format(Language.Japanese, Phrase.FilterWithInferred, "Alice Martin"), "0 9 * * * UTC"));
        _h.DeliveriesOf(Only()).ShouldHaveSingleItem().MoveIds.ShouldBe([move.Id]);
    }

    [Fact]
    public async Task Subscribe_WithoutTheOption_HearsOfStatedMovesOnly()
    {
        await Run(ChannelAction.Subscribe, subject: "meta");
        _h.Extractor.Infer(AliceLeftMeta, InferenceReason.Coreference);

        _h.Ingest(AliceLeftMeta);
        var bruno = _h.MoveOf(_h.Ingest(BrunoJoinedMeta));

        Only().IncludeInferred.ShouldBeFalse();
        _h.DeliveriesOf(Only()).ShouldHaveSingleItem().MoveIds.ShouldBe([bruno.Id]);
    }

    [Fact]
    public async Task Subscribe_WordAlone_KeepsWhatTheChannelFollows_AndAddsInferredMoves_ThenIsAlreadyDone()
    {
        await Run(ChannelAction.Subscribe, organisation: "Meta");
        var id = Only().Id;

        var added = await Run(ChannelAction.Subscribe, subject: "inferred", language: Language.French);
        var again = await Run(ChannelAction.Subscribe, subject: "+inferred", language: Language.French);

        added.IsPrivate.ShouldBeFalse();
        added.Text.ShouldBe(Phrases.Format(Language.French, Phrase.SubscribeDone, "Meta, mouvements déduits du contexte compris", "0 9 * * * UTC"));
        again.IsPrivate.ShouldBeTrue();
        again.Text.ShouldBe(Phrases.Format(Language.French, Phrase.SubscribeAlready, "Meta, mouvements déduits du contexte compris"));
        var subscription = Only();
        subscription.Id.ShouldBe(id);
        subscription.Filter.Organisations.ShouldBe([Meta]);
        subscription.IncludeInferred.ShouldBeTrue();
    }

    [Fact]
    public async Task Subscribe_WordAlone_WithoutASubscription_FollowsEveryMoveWithInferredOnes()
    {
        await Run(ChannelAction.Subscribe, subject: "inferred");

        Only().Filter.IsEverything.ShouldBeTrue();
        Only().IncludeInferred.ShouldBeTrue();
    }

    [Fact]
    public async Task Subscribe_ANameToAChannelWithInferredMoves_KeepsThem()
    {
        await Run(ChannelAction.Subscribe, organisation: "Meta", inferred: true);

        await Run(ChannelAction.Subscribe, organisation: "Google");

        Only().Filter.Organisations.ShouldBe([Google, Meta], ignoreOrder: true);
        Only().IncludeInferred.ShouldBeTrue();
    }

    [Fact]
    public async Task Unsubscribe_Inferred_BackToStatedMovesOnly_KeepingWhatItFollows()
    {
        await Run(ChannelAction.Subscribe, subject: "meta inferred");

        var stopped = await Run(ChannelAction.Unsubscribe, subject: "inferred", language: Language.Italian);
        var again = await Run(ChannelAction.Unsubscribe, inferred: true, language: Language.Italian);

        stopped.IsPrivate.ShouldBeFalse();
        stopped.Text.ShouldBe(Phrases.Format(Language.Italian, Phrase.UnsubscribeInferred, "Meta"));
        again.IsPrivate.ShouldBeTrue();
        again.Text.ShouldBe(Phrases.Format(Language.Italian, Phrase.UnsubscribeInferred, "Meta"));
        Only().Filter.Organisations.ShouldBe([Meta]);
        Only().IncludeInferred.ShouldBeFalse();
    }

    [Fact]
    public async Task Unsubscribe_ANameAndInferred_NarrowsAndStopsInferredMoves()
    {
        await Run(ChannelAction.Subscribe, organisation: "Meta", inferred: true);
        await Run(ChannelAction.Subscribe, organisation: "Google");

        var answer = await Run(ChannelAction.Unsubscribe, subject: "google inferred");

        answer.Text.ShouldBe(Phrases.Format(Language.English, Phrase.UnsubscribeDone, "Google"));
        Only().Filter.Organisations.ShouldBe([Meta]);
        Only().IncludeInferred.ShouldBeFalse();
    }

    [Fact]
    public async Task List_SaysWhenTheChannelHearsOfInferredMoves()
    {
        await Run(ChannelAction.Subscribe, organisation: "Meta", inferred: true);

        var answer = await Run(ChannelAction.List);

        answer.Text.Split('\n')[0].ShouldBe("This channel follows Meta, moves inferred from context included.");
    }

    [Fact]
    public async Task Digest_FollowsTheChannelsChoice()
    {
        await Run(ChannelAction.Subscribe, organisation: "Meta");
        _h.Extractor.Infer(AliceLeftMeta, InferenceReason.GuessedRole);
        var alice = _h.MoveOf(_h.Ingest(AliceLeftMeta));
        var bruno = _h.MoveOf(_h.Ingest(BrunoJoinedMeta));

        var statedOnly = await Run(ChannelAction.Digest);
        await Run(ChannelAction.Subscribe, subject: "inferred");
        var withInferred = await Run(ChannelAction.Digest);

        statedOnly.Digest.ShouldNotBeNull().Moves.Select(m => m.Move.Id).ShouldBe([bruno.Id]);
        withInferred.Digest.ShouldNotBeNull().Moves.Select(m => m.Move.Id).ShouldBe([alice.Id, bruno.Id], ignoreOrder: true);
        withInferred.Text.ShouldContain("Alice Martin");
        withInferred.Text.ShouldContain(Phrases.Get(Language.English, Phrase.InferredMove));
    }

    private Task<ChannelAnswer> Run(ChannelAction action, string? organisation = null, string? person = null, string? subject = null,
                                    bool inferred = false, Language language = Language.English) =>
        _h.Channels.HandleAsync(new ChannelCommand(action, Channel, "U1", language, organisation, person, subject, inferred), CancellationToken.None);

    private Subscription Only() => _h.Alerts.Subscriptions().Where(s => s.Target == Channel).ShouldHaveSingleItem();
}
