using TalentBot.Answering.Tests.Support;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Answering.Tests;

public sealed class DisagreementTests
{
    [Fact]
    public void Answer_ConflictingDestinations_ShowsBothWithOwnCitationsAndFlagsThem()
    {
        var reply = new QuestionAnswerer(Corpus.KnowledgeBase(), Corpus.Clock).Answer("/moves Chaya Nayak");

        reply.Moves.Count.ShouldBe(2);
        reply.Moves.ShouldAllBe(m => m.Disputed);
        reply.HasDisagreement.ShouldBeTrue();
        var google = reply.Moves.Single(m => m.Move.Id == "m-nayak-google");
        var anthropic = reply.Moves.Single(m => m.Move.Id == "m-nayak-anthropic");
        reply.Citations[google.CitationNumbers.ShouldHaveSingleItem() - 1].Citation.ShouldBe(Corpus.NayakFr);
        reply.Citations[anthropic.CitationNumbers.ShouldHaveSingleItem() - 1].Citation.ShouldBe(Corpus.NayakIt);
        reply.Notes.ShouldContain(new ReplyNote(ReplyNoteKind.Disagreement,
            "Sources disagree on where Chaya Nayak went: Google / Anthropic."));
        reply.Text.ShouldContain("⚠ sources disagree");
    }

    [Theory]
    [InlineData(Language.French, "Les sources divergent sur la destination de Chaya Nayak : Google / Anthropic.")]
    [InlineData(Language.Italian, "Le fonti non concordano su dove sia andato Chaya Nayak: Google / Anthropic.")]
    [InlineData(Language.Japanese, "Chaya Nayakの移籍先について資料の記述が食い違っています：Google / Anthropic。")]
    public void Answer_ConflictingDestinationsWithLocale_FlagsInThatLanguage(Language language, string note)
    {
        var reply = new QuestionAnswerer(Corpus.KnowledgeBase(), Corpus.Clock).Answer("/moves Chaya Nayak", language);

        reply.Notes.Select(n => n.Text).ShouldContain(note);
    }

    [Fact]
    public void Answer_DestinationsThatAreParentAndPart_AreNotADisagreement()
    {
        var reply = new QuestionAnswerer(Corpus.KnowledgeBase(), Corpus.Clock).Answer("/moves Jane Roe");

        reply.Moves.Count.ShouldBe(2);
        reply.HasDisagreement.ShouldBeFalse();
        reply.Notes.ShouldBeEmpty();
    }

    [Fact]
    public void Answer_ConflictingOrigins_FlagsWhereTheyCameFrom()
    {
        var kb = new FakeKnowledgeBase(Corpus.Registry);
        var person = EntityRef.Unregistered("Sam Poe");
        kb.ArticleEntities.Add((EntityKind.Person, person));
        kb.Moves.Add(Corpus.Move("a", person, MoveKind.Joined, Corpus.OpenAI, Corpus.Meta, new PartialDate(2025), null, Corpus.CountEn));
        kb.Moves.Add(Corpus.Move("b", person, MoveKind.Joined, Corpus.Apple, Corpus.Msl, new PartialDate(2025), null, Corpus.ZhaoEn));

        var reply = new QuestionAnswerer(kb, Corpus.Clock).Answer("/moves Sam Poe");

        reply.Notes.ShouldHaveSingleItem().Text.ShouldBe("Sources disagree on where Sam Poe came from: OpenAI / Apple.");
    }

    [Fact]
    public void Answer_SamePersonMovingInDifferentYears_IsNotADisagreement()
    {
        var kb = new FakeKnowledgeBase(Corpus.Registry);
        var person = EntityRef.Unregistered("Sam Poe");
        kb.ArticleEntities.Add((EntityKind.Person, person));
        kb.Moves.Add(Corpus.Move("a", person, MoveKind.Left, Corpus.OpenAI, Corpus.Meta, new PartialDate(2023), null, Corpus.CountEn));
        kb.Moves.Add(Corpus.Move("b", person, MoveKind.Left, Corpus.OpenAI, Corpus.Apple, new PartialDate(2025), null, Corpus.ZhaoEn));

        new QuestionAnswerer(kb, Corpus.Clock).Answer("/moves Sam Poe").HasDisagreement.ShouldBeFalse();
    }

    [Fact]
    public void Answer_ContradictingMoveJustPastThePage_IsPulledBesideTheOneItContradicts()
    {
        var kb = new FakeKnowledgeBase(Corpus.Registry);
        var person = EntityRef.Unregistered("Sam Poe");
        kb.Moves.Add(Corpus.Move("newest", person, MoveKind.Left, Corpus.Meta, Corpus.Google, new PartialDate(2025, 12), null, Corpus.NayakFr));
        for (var month = 11; month >= 2; month--)
        {
            kb.Moves.Add(Corpus.Move($"filler-{month}", EntityRef.Unregistered($"Filler {month}"), MoveKind.Left, Corpus.Meta, null,
                new PartialDate(2025, month), null, Corpus.RoeEn));
        }
        kb.Moves.Add(Corpus.Move("oldest", person, MoveKind.Left, Corpus.Meta, Corpus.Anthropic, new PartialDate(2025, 1), null, Corpus.NayakIt));

        var reply = new QuestionAnswerer(kb, Corpus.Clock).Answer("/who-left Meta");

        reply.Moves.Take(2).Select(m => m.Move.Id).ShouldBe(["newest", "oldest"]);
        reply.Moves.Count.ShouldBe(QuestionAnswerer.PageSize + 1);
        reply.Text.ShouldContain("Moves 1–10 of 12");
    }
}
