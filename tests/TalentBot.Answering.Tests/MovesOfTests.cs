using TalentBot.Answering.Tests.Support;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Answering.Tests;

public sealed class MovesOfTests
{
    private readonly QuestionAnswerer _answerer = new(Corpus.KnowledgeBase(), Corpus.Clock);

    [Theory]
    [InlineData("/moves Ruoming Pang")]
    [InlineData("/moves ruoming pang")]
    [InlineData("/moves パン・ルオミン")]
    [InlineData("/moves パンルオミン")]
    [InlineData("/moves Ruoming Pnag")]
    public void Answer_MovesOfPersonByNameAliasOrTypo_ShowsTheirMoves(string command)
    {
        var reply = _answerer.Answer(command);

        reply.Intent.ShouldBe(ReplyIntent.MovesOf);
        reply.Title.ShouldBe("Moves of Ruoming Pang");
        reply.Moves.ShouldHaveSingleItem().Move.Id.ShouldBe("m-pang");
    }

    [Fact]
    public void Answer_MovesOfPersonKnownOnlyFromArticles_ShowsTheirMoves()
    {
        _answerer.Answer("/moves Jack Rae").Moves.ShouldHaveSingleItem().Move.Id.ShouldBe("m-rae");
    }

    [Theory]
    [InlineData(Language.English, "Moves of Ruoming Pang", "left")]
    [InlineData(Language.French, "Parcours de Ruoming Pang", "a quitté")]
    [InlineData(Language.Italian, "Spostamenti di Ruoming Pang", "ha lasciato")]
    [InlineData(Language.Japanese, "Ruoming Pangの移籍", "退社")]
    public void Answer_MovesOfWithLocale_RepliesInThatLanguage(Language language, string title, string kindLabel)
    {
        var reply = _answerer.Answer("/moves Ruoming Pang", language);

        reply.Language.ShouldBe(language);
        reply.Title.ShouldBe(title);
        reply.Text.ShouldContain($"— {kindLabel}: Apple → Meta Superintelligence Labs");
    }

    [Fact]
    public void Answer_UnknownPerson_RefusesWithoutGuessing()
    {
        var reply = _answerer.Answer("/moves Nobody Atall");

        reply.Outcome.ShouldBe(ReplyOutcome.InvalidRequest);
        reply.Title.ShouldBe("I don't know anyone called 'Nobody Atall'.");
        reply.Moves.ShouldBeEmpty();
    }

    [Fact]
    public void Answer_RegisteredPersonWithoutMoves_SaysNothingFound()
    {
        var reply = _answerer.Answer("/moves Alexandr Wang");

        reply.Outcome.ShouldBe(ReplyOutcome.NothingFound);
        reply.Title.ShouldBe("The sources report no moves by Alexandr Wang.");
    }
}
