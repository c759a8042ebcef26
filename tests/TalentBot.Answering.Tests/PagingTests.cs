using System.Text.Json;
using TalentBot.Answering.Tests.Support;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Answering.Tests;

/// <summary>Every move of an answer is reachable page by page; a page past the last, or before the first, is answered.</summary>
public sealed class PagingTests
{
    private readonly FakeKnowledgeBase _knowledge = Corpus.KnowledgeBase();
    private readonly QuestionAnswerer _answerer;

    public PagingTests() => _answerer = new QuestionAnswerer(_knowledge, Corpus.Clock);

    [Fact]
    public void Answer_EveryPage_TogetherShowEveryMoveOnce()
    {
        var first = _answerer.Answer("/who-left OpenAI");
        var second = _answerer.Answer("/who-left OpenAI", page: 2);

        (first.Page, first.Pages, second.Page, second.Pages).ShouldBe((1, 2, 2, 2));
        second.Total.ShouldBe(Corpus.OpenAiLeavers + 1);
        second.Moves.Count.ShouldBe(3);
        first.Moves.Concat(second.Moves).Select(m => m.Move.Id).Distinct().Count().ShouldBe(Corpus.OpenAiLeavers + 1);
        second.Text.ShouldContain("Moves 11–13 of 13");
    }

    [Fact]
    public void Answer_LaterPage_AsksTheStoreToSkipTheEarlierOnesAndReadOnlyThePagePeoplePastIt()
    {
        _answerer.Answer("/who-left OpenAI", page: 2);

        var query = _knowledge.LastMoveQuery.ShouldNotBeNull();
        query.Offset.ShouldBe(QuestionAnswerer.PageSize);
        query.Limit.ShouldBe(QuestionAnswerer.PageSize);
        query.SamePersonWithin.ShouldBeInRange(1, 4 * QuestionAnswerer.PageSize);
    }

    [Fact]
    public void Answer_LastPageWithOneMove_SaysWhichMoveItIs()
    {
        for (var i = 0; i < 8; i++)
        {
            _knowledge.Moves.Add(Corpus.Move($"extra-{i}", EntityRef.Unregistered($"Extra {i}"), MoveKind.Left, Corpus.OpenAI, null,
                new PartialDate(2023, i + 1), null, Corpus.CountEn));
        }

        _answerer.Answer("/who-left OpenAI", page: 3).Text.ShouldContain("Move 21 of 21");
    }

    [Fact]
    public void Answer_HeadCounts_OpenOnlyTheFirstPage()
    {
        _answerer.Answer("/who-left OpenAI").Counts.ShouldHaveSingleItem();
        _answerer.Answer("/who-left OpenAI", page: 2).Counts.ShouldBeEmpty();
    }

    [Fact]
    public void Answer_NaturalQuestion_KeepsItsPage()
    {
        _answerer.Answer("qui a quitté OpenAI ?", page: 2).Moves.Count.ShouldBe(3);
        _answerer.Answer(new AskRequest("who left OpenAI?") { Page = 2 }).Page.ShouldBe(2);
    }

    [Fact]
    public void Answer_MovesOfAPersonOnTheirSecondPage_ShowsTheRest()
    {
        var person = EntityRef.Unregistered("Sam Poe");
        _knowledge.ArticleEntities.Add((EntityKind.Person, person));
        for (var i = 1; i <= 12; i++)
        {
            _knowledge.Moves.Add(Corpus.Move($"poe-{i}", person, MoveKind.Joined, null, Corpus.Apple, new PartialDate(2000 + i), null, Corpus.CountEn));
        }

        var second = _answerer.Answer("/moves Sam Poe", page: 2);

        second.Moves.Select(m => m.Move.Id).ShouldBe(["poe-2", "poe-1"]);
        (second.Page, second.Pages, second.Total).ShouldBe((2, 2, 12));
    }

    [Theory]
    [InlineData(Language.English, "There is no page 3: this answer has 2 pages.")]
    [InlineData(Language.French, "Il n'y a pas de page 3 : cette réponse tient en 2 pages.")]
    [InlineData(Language.Italian, "La pagina 3 non esiste: questa risposta ha 2 pagine.")]
    [InlineData(Language.Japanese, "3ページ目はありません。この回答は2ページです。")]
    public void Answer_PagePastTheLast_SaysHowManyThereAreWithoutFailing(Language language, string expected)
    {
        var reply = _answerer.Answer("/who-left OpenAI", language, page: 3);

        reply.Outcome.ShouldBe(ReplyOutcome.NothingFound);
        reply.Intent.ShouldBe(ReplyIntent.WhoLeft);
        reply.Text.ShouldBe(expected);
        reply.Moves.ShouldBeEmpty();
        (reply.Page, reply.Pages, reply.Total).ShouldBe((3, 2, Corpus.OpenAiLeavers + 1));
    }

    [Fact]
    public void Answer_FarPastTheLast_IsStillAnAnswer()
    {
        _answerer.Answer("/who-left OpenAI", page: int.MaxValue).Outcome.ShouldBe(ReplyOutcome.NothingFound);
    }

    [Theory]
    [InlineData("/ask why did Meta freeze hiring?")]
    [InlineData("/help")]
    [InlineData("/who-left Meta")]
    public void Answer_SecondPageOfAOnePageAnswer_SaysThereIsOnlyOne(string input)
    {
        var reply = _answerer.Answer(input, page: 2);

        reply.Outcome.ShouldBe(ReplyOutcome.NothingFound);
        reply.Text.ShouldBe("There is no page 2: this answer has only 1 page.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Answer_PageBeforeTheFirst_IsAnInvalidRequest(int page)
    {
        var reply = _answerer.Answer("/who-left OpenAI", Language.Italian, page);

        reply.Outcome.ShouldBe(ReplyOutcome.InvalidRequest);
        reply.Text.ShouldBe("Le pagine sono numerate a partire da 1.");
    }

    [Fact]
    public void Answer_ContradictingMoveJustPastALaterPage_IsPulledBesideTheOneItContradicts()
    {
        var knowledge = new FakeKnowledgeBase(Corpus.Registry);
        var person = EntityRef.Unregistered("Sam Poe");
        void Filler(int year, int month) => knowledge.Moves.Add(Corpus.Move($"filler-{year}-{month}",
            EntityRef.Unregistered($"Filler {year} {month}"), MoveKind.Left, Corpus.Meta, null, new PartialDate(year, month), null, Corpus.RoeEn));
        for (var month = 12; month >= 3; month--) Filler(2025, month);
        knowledge.Moves.Add(Corpus.Move("newer", person, MoveKind.Left, Corpus.Meta, Corpus.Google, new PartialDate(2025, 2), null, Corpus.NayakFr));
        for (var month = 12; month >= 3; month--) Filler(2024, month);
        knowledge.Moves.Add(Corpus.Move("older", person, MoveKind.Left, Corpus.Meta, Corpus.Anthropic, null, null, Corpus.NayakIt));

        var second = new QuestionAnswerer(knowledge, Corpus.Clock).Answer("/who-left Meta", page: 2);

        second.Moves.Take(2).Select(m => m.Move.Id).ShouldBe(["newer", "older"]);
        second.Moves.Take(2).ShouldAllBe(m => m.Disputed);
        second.Text.ShouldContain("Moves 11–20 of 22");
    }

    [Fact]
    public void Serialize_APage_SaysWhichPageOfHowManyBesideTheTotal()
    {
        using var json = JsonDocument.Parse(ReplyJson.Serialize(_answerer.Answer("/who-left OpenAI", page: 2)));
        var root = json.RootElement;

        root.GetProperty("page").GetInt32().ShouldBe(2);
        root.GetProperty("pages").GetInt32().ShouldBe(2);
        root.GetProperty("total").GetInt32().ShouldBe(Corpus.OpenAiLeavers + 1);
        root.GetProperty("moves").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public void EmptyQuestion_WithoutAStore_IsTheAnswerersOwnRefusal()
    {
        var refusal = ReplyBuilder.EmptyQuestion(Language.French);

        ReplyJson.Serialize(refusal).ShouldBe(ReplyJson.Serialize(_answerer.Answer("  ", Language.French)));
        refusal.Outcome.ShouldBe(ReplyOutcome.InvalidRequest);
    }
}
