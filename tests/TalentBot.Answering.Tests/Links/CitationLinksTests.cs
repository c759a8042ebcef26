using TalentBot.Answering.Links;
using TalentBot.Core;

namespace TalentBot.Answering.Tests.Links;

/// <summary>A citation's link: its article at the sentence, else serve's source page, else none; always within the limit.</summary>
public sealed class CitationLinksTests
{
    private static readonly CitationLinks WithSourcePages = new(new Uri("https://talentbot.example.com/bot/"));

    private static Citation Cite(string? url, string article = "000_ff97695cd6ad6ecf", int sentence = 7, string quote = "Jane Roe left Meta.") =>
        new(article, "A title", url, "An outlet", Language.English, sentence, quote);

    [Fact]
    public void For_ArticleWithAUrl_LinksToItAtTheSentence()
    {
        WithSourcePages.For(Cite("https://news.example.com/story"), Language.French)
            .ShouldBe("https://news.example.com/story#:~:text=Jane%20Roe%20left%20Meta.");
    }

    [Fact]
    public void For_ArticleWithoutAUrl_LinksToItsSourcePageInTheRepliesLanguage()
    {
        WithSourcePages.For(Cite(null), Language.Japanese)
            .ShouldBe("https://talentbot.example.com/bot/sources/000_ff97695cd6ad6ecf/7?lang=ja#cited");
    }

    [Fact]
    public void For_ArticleWithoutAUrl_WithoutSourcePages_HasNoLink()
    {
        CitationLinks.ArticlesOnly.For(Cite(null), Language.English).ShouldBeNull();
        CitationLinks.ArticlesOnly.HasSourcePages.ShouldBeFalse();
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.com/a")]
    [InlineData("/relative/path")]
    public void For_AUrlThatIsNotHttp_IsTreatedAsNone(string url)
    {
        WithSourcePages.For(Cite(url), Language.English)!.ShouldStartWith("https://talentbot.example.com/bot/sources/");
        CitationLinks.ArticlesOnly.For(Cite(url), Language.English).ShouldBeNull();
    }

    [Fact]
    public void For_AnArticleIdWithReservedCharacters_IsEscapedInThePath()
    {
        WithSourcePages.For(Cite(null, article: "a/b c?d#e"), Language.English)
            .ShouldBe("https://talentbot.example.com/bot/sources/a%2Fb%20c%3Fd%23e/7?lang=en#cited");
    }

    [Fact]
    public void For_CharactersThatEndAChatLink_AreEncodedInTheArticlesUrl()
    {
        var link = WithSourcePages.For(Cite("https://example.com/a(1)|b"), Language.English)!;

        link.ShouldStartWith("https://example.com/a%281%29%7Cb#:~:text=");
        link.IndexOfAny(['(', ')', '|', '<', '>', ' ']).ShouldBe(-1);
    }

    [Fact]
    public void For_AQuoteTooLongToSpellOut_StaysWithinTheLimit()
    {
        var quote = string.Join(' ', Enumerable.Repeat("Un très long passage, sur l'exode des talents -", 60));

        var link = WithSourcePages.For(Cite("https://example.fr/a", quote: quote), Language.French, 512)!;

        link.Length.ShouldBeLessThanOrEqualTo(512);
        link.ShouldStartWith("https://example.fr/a#:~:text=Un%20tr%C3%A8s%20long%20passage%2C%20");
        link.Count(c => c == ',').ShouldBe(1);
    }

    [Fact]
    public void For_AnArticleUrlLongerThanTheLimit_FallsBackToTheSourcePage()
    {
        var url = "https://example.com/" + new string('a', 600);

        WithSourcePages.For(Cite(url), Language.English, 512).ShouldBe("https://talentbot.example.com/bot/sources/000_ff97695cd6ad6ecf/7?lang=en#cited");
        WithSourcePages.For(Cite(url), Language.English, 3000)!.ShouldStartWith(url + "#:~:text=");
        CitationLinks.ArticlesOnly.For(Cite(url), Language.English, 512).ShouldBeNull();
    }

    [Fact]
    public void For_AFragmentThatCannotFit_LinksToTheArticleAlone()
    {
        var url = "https://example.com/" + new string('a', 480);

        WithSourcePages.For(Cite(url, quote: "Supercalifragilistic expialidocious"), Language.English, 512).ShouldBe(url);
    }

    [Theory]
    [InlineData("ftp://example.com/")]
    [InlineData("/relative")]
    public void New_APublicUrlThatIsNotAbsoluteHttp_IsRefused(string url)
    {
        Should.Throw<ArgumentException>(() => new CitationLinks(new Uri(url, UriKind.RelativeOrAbsolute)));
    }
}
