using TalentBot.Chat.Replies;
using TalentBot.Core;
using TalentBot.Core.Replies;
using Sample = TalentBot.Testing.Replies;

namespace TalentBot.Chat.Tests;

/// <summary>The paging state both platforms' buttons follow: Sources, More through the messages then the moves, and the page words.</summary>
public sealed class ReplyPageTests
{
    private static readonly Reply Cited = Sample.WhoLeft([Sample.Move("Jane Roe", "Meta", "OpenAI", [Sample.Cite(1, "q")])]);

    [Fact]
    public void FirstPageOfSeveral_OffersSources_AndMoreToTheNextPage()
    {
        var page = ReplyPage.Of(Cited, ReplyView.Answer, 0, pageCount: 3);

        page.OffersSources.ShouldBeTrue();
        page.More.ShouldBe(new PageTurn(ReplyView.Answer, 1));
        page.OpensAnswer.ShouldBeTrue();
    }

    [Fact]
    public void LastMessageOfAnAnswerWithMoreMoves_TurnsToTheNextPageOfMoves()
    {
        var reply = Cited with { Page = 2, Pages = 4 };

        var page = ReplyPage.Of(reply, ReplyView.Answer, 1, pageCount: 2);

        page.More.ShouldBe(new PageTurn(ReplyView.Answer, 0, MovesPage: 3));
        page.OpensAnswer.ShouldBeFalse();
    }

    [Fact]
    public void LastPageOfTheLastMoves_HasNoMore()
    {
        ReplyPage.Of(Cited with { Page = 4, Pages = 4 }, ReplyView.Answer, 0, pageCount: 1).More.ShouldBeNull();
    }

    [Fact]
    public void SourcesView_PagesThroughItself_NeverIntoTheMoves_AndOffersNoSourcesButton()
    {
        var reply = Cited with { Pages = 3 };

        ReplyPage.Of(reply, ReplyView.Sources, 0, pageCount: 2).More.ShouldBe(new PageTurn(ReplyView.Sources, 1));
        var last = ReplyPage.Of(reply, ReplyView.Sources, 1, pageCount: 2);
        last.More.ShouldBeNull();
        last.OffersSources.ShouldBeFalse();
        last.OpensAnswer.ShouldBeFalse();
    }

    [Fact]
    public void AnswerCitingNothing_OffersNoSources()
    {
        ReplyPage.Of(Sample.WhoLeft([]), ReplyView.Answer, 0, pageCount: 1).OffersSources.ShouldBeFalse();
    }

    [Theory]
    [InlineData(-3, 0)]
    [InlineData(7, 2)]
    public void PageOutOfRange_IsBroughtWithinIt(int asked, int shown)
    {
        ReplyPage.Of(Cited, ReplyView.Answer, asked, pageCount: 3).Page.ShouldBe(shown);
    }

    [Theory]
    [InlineData(Language.English, "Page 2 of 3", "Sources (continued)")]
    [InlineData(Language.French, "Page 2 sur 3", "Sources (suite)")]
    [InlineData(Language.Italian, "Pagina 2 di 3", "Sources (continua)")]
    [InlineData(Language.Japanese, "2/3ページ", "Sources（続き）")]
    public void PageWords_AreInTheReplysLanguage(Language language, string indicator, string continued)
    {
        ReplyPage.Indicator(language, 1, 3).ShouldBe(indicator);
        ReplyPage.Continued(language, "Sources").ShouldBe(continued);
    }
}
