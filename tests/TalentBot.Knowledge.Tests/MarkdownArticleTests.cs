using System.Net;
using TalentBot.Core;
using TalentBot.Knowledge.Tests.Support;

namespace TalentBot.Knowledge.Tests;

/// <summary>Markdown read into the clean text that citations quote, with its front matter read into the article's fields.</summary>
public sealed class MarkdownArticleTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ArticleLoader _loader = new();

    [Fact]
    public void LoadFile_FrontMatter_ReadIntoFieldsAndKeptOutOfTheText()
    {
        var article = Load(
            """
            ---
            title: "Départ chez Meta"
            url: https://journal.example.fr/depart-meta
            outlet: Le Journal
            date: 2025-07-15
            language: fr
            ---

            Kenji Watanabe a quitté OpenAI en juin pour rejoindre Meta.
            """);

        article.Title.ShouldBe("Départ chez Meta");
        article.Url.ShouldBe("https://journal.example.fr/depart-meta");
        article.Outlet.ShouldBe("Le Journal");
        article.Published.ShouldBe(new PartialDate(2025, 7, 15));
        article.Language.ShouldBe(Language.French);
        article.Text.ShouldBe("Kenji Watanabe a quitté OpenAI en juin pour rejoindre Meta.");
    }

    [Fact]
    public void LoadFile_FrontMatterOtherKeyNames_SourcePublishedLang()
    {
        var article = Load(
            """
            ---
            Title: 'L''addio di Rossi'
            source: Il Quotidiano  # the paper
            published: 2025-06
            lang: it-IT
            ---
            Marta Rossi ha lasciato Google per entrare in Anthropic.
            """);

        article.Title.ShouldBe("L'addio di Rossi");
        article.Outlet.ShouldBe("Il Quotidiano");
        article.Published.ShouldBe(new PartialDate(2025, 6));
        article.Language.ShouldBe(Language.Italian);
    }

    [Fact]
    public void LoadFile_FrontMatterSiteKey_IsTheOutlet()
    {
        Load("---\nsite: Tech Daily\n---\nKenji Watanabe joined Meta.").Outlet.ShouldBe("Tech Daily");
    }

    [Fact]
    public void LoadFile_FrontMatterUnknownKeys_IgnoredAndNotInTheText()
    {
        var article = Load(
            """
            ---
            author: Jane Doe
            tags:
              - ai
              - talent
            summary: >
              A long summary
              over two lines.
            title: Moves
            ---
            Kenji Watanabe joined Meta.
            """);

        article.Title.ShouldBe("Moves");
        article.Outlet.ShouldBeNull();
        article.Text.ShouldBe("Kenji Watanabe joined Meta.");
    }

    [Fact]
    public void LoadFile_FrontMatterNeverCloses_FailsSayingSo()
    {
        var load = _loader.LoadFile(_folder.Write("open.md", "---\ntitle: Moves\ndate: 2025-07-15\n\nKenji Watanabe joined Meta.\n"));

        load.Succeeded.ShouldBeFalse();
        load.Error.ShouldBe("front matter opened with '---' on the first line never closes");
    }

    [Fact]
    public void LoadFile_FrontMatterOnly_FailsAsAnEmptyFile()
    {
        var load = _loader.LoadFile(_folder.Write("empty.md", "---\ntitle: Moves\n---\n\n  \n"));

        load.Succeeded.ShouldBeFalse();
        load.Error!.ShouldStartWith("empty file");
    }

    [Fact]
    public void LoadFile_OnlyMarkdownSyntax_FailsSayingNoText()
    {
        var load = _loader.LoadFile(_folder.Write("syntax.md", "![photo](https://example.com/p.png)\n\n---\n\n<!-- draft -->\n"));

        load.Error.ShouldBe("no article text found in the Markdown");
    }

    [Fact]
    public void LoadFile_FrontMatterInvalidValues_IgnoredAndTheArticleLoads()
    {
        var article = Load(
            """
            ---
            title: Départ
            date: 31 février 2025
            url: /relative/path
            language: de
            ---
            Kenji Watanabe a quitté OpenAI en juin pour rejoindre Meta, selon des sources proches du dossier.
            """);

        article.Published.ShouldBeNull();
        article.Url.ShouldBeNull();
        article.Language.ShouldBe(Language.French);
    }

    [Fact]
    public void LoadFile_ThematicBreakFirst_NotFrontMatterAndNeverTheTitle()
    {
        var article = Load("---\n\n# Meta hires\n\nKenji Watanabe joined Meta.\n\n---\n");

        article.Title.ShouldBe("Meta hires");
        article.Text.ShouldBe("Meta hires\n\nKenji Watanabe joined Meta.");
    }

    [Fact]
    public async Task LoadUrlAsync_MarkdownWithFrontMatterUrl_KeepsTheUrlItWasLoadedFrom()
    {
        var loader = new ArticleLoader(new HttpClient(StubHttpHandler.Returning(HttpStatusCode.OK,
            "---\nurl: https://elsewhere.example.com/a\n---\nKenji Watanabe joined Meta.", "text/markdown")));

        var load = await loader.LoadUrlAsync(new Uri("https://news.example.com/a.md"));

        load.Article!.Url.ShouldBe("https://news.example.com/a.md");
        load.Article.Text.ShouldBe("Kenji Watanabe joined Meta.");
    }

    [Fact]
    public void LoadFile_UnknownExtensionWithFrontMatter_ReadAsMarkdown()
    {
        var load = _loader.LoadFile(_folder.Write("story.dat", "---\ntitle: Moves\n---\n**Kenji Watanabe** joined Meta."));

        load.Article!.Title.ShouldBe("Moves");
        load.Article.Text.ShouldBe("Kenji Watanabe joined Meta.");
    }

    [Fact]
    public void LoadFile_Headings_EachItsOwnLineWithoutMarks()
    {
        var article = Load("# Meta\nKenji Watanabe left OpenAI.\n\n## Hires ##\n\nMarta Rossi\n===========\nShe joined Anthropic.\n\nSakana AI\n---------\n");

        article.Text.ShouldBe("Meta\n\nKenji Watanabe left OpenAI.\n\nHires\n\nMarta Rossi\n\nShe joined Anthropic.\n\nSakana AI");
        article.Title.ShouldBe("Meta");
    }

    [Fact]
    public void LoadFile_SoftWrappedParagraph_OneLineSoASentenceStaysWhole()
    {
        var article = Load("Kenji Watanabe left OpenAI in June\nto join Meta as a research lead.\n\nSecond paragraph.");

        article.Text.ShouldBe("Kenji Watanabe left OpenAI in June to join Meta as a research lead.\n\nSecond paragraph.");
    }

    [Fact]
    public void LoadFile_HardLineBreaks_Kept()
    {
        Load("First line  \nSecond line\\\nThird line").Text.ShouldBe("First line\nSecond line\nThird line");
    }

    [Fact]
    public void LoadFile_Emphasis_MarkersAroundWordsGoUnderscoresInWordsAndMathsStay()
    {
        var article = Load("*Kenji* **Watanabe** _left_ __OpenAI__ ***today***, said snake_case_name; 2*3*4 = 24 and a * b, x_1.");

        article.Text.ShouldBe("Kenji Watanabe left OpenAI today, said snake_case_name; 2*3*4 = 24 and a * b, x_1.");
    }

    [Fact]
    public void LoadFile_CodeLinksImagesAndAutolinks_TextKept()
    {
        var article = Load(
            "Run `talentbot ingest` as [Kenji Watanabe](https://example.com/kenji_(researcher) \"bio\") did ![his photo](https://example.com/k.png) today, " +
            "see <https://example.com/a_b_c> or <kenji@example.com>, the [Meta lab][meta], [Sakana AI][] and [Anthropic].\n\n" +
            "[meta]: https://meta.com \"Meta\"\n[sakana ai]: https://sakana.ai\n  [ANTHROPIC]: <https://anthropic.com>\n");

        article.Text.ShouldBe(
            "Run talentbot ingest as Kenji Watanabe did today, see https://example.com/a_b_c or kenji@example.com, the Meta lab, Sakana AI and Anthropic.");
    }

    [Fact]
    public void LoadFile_UndefinedReferenceAndUnmatchedSyntax_KeptAsWritten()
    {
        Load("The [lab] said *maybe and `so on [x](y.").Text.ShouldBe("The [lab] said *maybe and `so on [x](y.");
    }

    [Fact]
    public void LoadFile_Lists_EachItemItsOwnLineWithoutBullets()
    {
        var article = Load(
            """
            Moves this week:

            - Kenji Watanabe joined Meta.
            * Marta Rossi left Google
              for Anthropic.
            + Sakana AI hired two researchers.

            1. First ranked.
            2) Second ranked.
            """);

        article.Text.ShouldBe(
            "Moves this week:\n\nKenji Watanabe joined Meta.\nMarta Rossi left Google for Anthropic.\nSakana AI hired two researchers.\n\nFirst ranked.\nSecond ranked.");
    }

    [Fact]
    public void LoadFile_NumberStartingAContinuationLine_StaysInItsParagraph()
    {
        Load("The lab was founded in\n2025. It hired Kenji Watanabe.").Text.ShouldBe("The lab was founded in 2025. It hired Kenji Watanabe.");
    }

    [Fact]
    public void LoadFile_QuotesRulesCommentsAndHtml_MarkupGoesTextStays()
    {
        var article = Load(
            "> Kenji Watanabe said he was\n> \"thrilled\" to join.\n>> A nested quote.\n\n***\n\n" +
            "<!-- editor's note:\ncheck the date -->\nMarta <span class=\"name\">Rossi</span> joined<br>Anthropic &amp; more.\n\n" +
            "<div align=\"center\">\n\nCentred text.\n\n</div>\n");

        article.Text.ShouldBe("Kenji Watanabe said he was \"thrilled\" to join.\n\nA nested quote.\n\nMarta Rossi joined\nAnthropic & more.\n\nCentred text.");
    }

    [Fact]
    public void LoadFile_FencedCode_LinesKeptWithoutFences()
    {
        Load("Intro.\n\n```python\nx = a_b * 2\n```\n\nOutro.").Text.ShouldBe("Intro.\n\nx = a_b * 2\n\nOutro.");
    }

    [Fact]
    public void LoadFile_Japanese_WrappedLinesJoinedWithoutSpaces()
    {
        var article = Load(
            """
            ---
            title: 人事異動
            language: ja
            ---
            # 人事

            渡辺健二氏は6月に**OpenAI**を退社し、
            Metaに入社した。

            - 山田花子氏がSakana AIに入社。
            - 鈴木一郎氏が退任。
            """);

        article.Text.ShouldBe("人事\n\n渡辺健二氏は6月にOpenAIを退社し、Metaに入社した。\n\n山田花子氏がSakana AIに入社。\n鈴木一郎氏が退任。");
        article.Language.ShouldBe(Language.Japanese);
        article.Title.ShouldBe("人事異動");
    }

    [Fact]
    public void LoadFile_ItalianWithoutFrontMatter_TitleIsTheHeadingAndLanguageDetected()
    {
        var article = Load("## L'addio di _Marta Rossi_\n\nMarta Rossi ha lasciato Google per entrare in Anthropic, secondo fonti vicine alla vicenda.");

        article.Title.ShouldBe("L'addio di Marta Rossi");
        article.Language.ShouldBe(Language.Italian);
    }

    [Fact]
    public void LoadFile_PlainTextWithMarkdownSyntax_StaysAsItIs()
    {
        const string content = "---\ntitle: Not front matter\n---\n# Not a heading\n\n*Kenji* joined [Meta](https://meta.com).\n";

        var article = _loader.LoadFile(_folder.Write("as-is.txt", content)).Article!;

        article.Text.ShouldBe(content);
    }

    private ArticleSource Load(string markdown)
    {
        var load = _loader.LoadFile(_folder.Write(Guid.NewGuid().ToString("N") + ".md", markdown));
        load.Succeeded.ShouldBeTrue(load.Error);
        return load.Article!;
    }

    public void Dispose() => _folder.Dispose();
}
