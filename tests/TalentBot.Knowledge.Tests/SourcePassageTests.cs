using TalentBot.Knowledge.Tests.Support;

namespace TalentBot.Knowledge.Tests;

/// <summary>A cited sentence with the few around it, for a source page: never more, and nothing for a link to nothing.</summary>
public sealed class SourcePassageTests : IDisposable
{
    private readonly StoreFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void FindPassage_InTheMiddle_HasTheSentenceAndUpToTwoEitherSide()
    {
        var article = _fixture.Ingest("One.\nTwo is here.\nThree follows.\nFour is cited.\nFive after.\nSix too.\nSeven is far.", outlet: "Daily").ArticleId;
        var sentences = Enumerable.Range(0, 10).Select(i => _fixture.Store.FindPassage(article, i, 0)).TakeWhile(p => p is not null).ToList();
        var cited = sentences.FindIndex(p => p!.Sentence.Contains("Four", StringComparison.Ordinal));

        var passage = _fixture.Store.FindPassage(article, cited, 2)!;

        passage.Sentence.ShouldBe("Four is cited.");
        passage.Before.ShouldBe([sentences[cited - 2]!.Sentence, sentences[cited - 1]!.Sentence]);
        passage.After.ShouldBe([sentences[cited + 1]!.Sentence, sentences[cited + 2]!.Sentence]);
        passage.Outlet.ShouldBe("Daily");
        passage.ArticleId.ShouldBe(article);
    }

    [Fact]
    public void FindPassage_AtEitherEnd_HasOnlyWhatThereIs()
    {
        var article = _fixture.Ingest("First one.\nSecond one.\nLast one.").ArticleId;
        var count = Enumerable.Range(0, 10).TakeWhile(i => _fixture.Store.FindPassage(article, i, 0) is not null).Count();

        _fixture.Store.FindPassage(article, 0, 2)!.Before.ShouldBeEmpty();
        _fixture.Store.FindPassage(article, count - 1, 2)!.After.ShouldBeEmpty();
    }

    [Fact]
    public void FindPassage_UnknownArticleOrSentence_IsNull()
    {
        var article = _fixture.Ingest("Only one sentence.").ArticleId;

        _fixture.Store.FindPassage("no-such-article", 0, 2).ShouldBeNull();
        _fixture.Store.FindPassage(article, 500, 2).ShouldBeNull();
        _fixture.Store.FindPassage(article, -1, 2).ShouldBeNull();
    }
}
