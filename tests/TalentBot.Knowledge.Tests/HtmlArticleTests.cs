using System.Net;
using TalentBot.Core;
using TalentBot.Knowledge.Loading;
using TalentBot.Knowledge.Tests.Support;

namespace TalentBot.Knowledge.Tests;

/// <summary>HTML pages read into the clean text that citations quote: blocks on their own lines, boilerplate out, metadata in.</summary>
public sealed class HtmlArticleTests : IDisposable
{
    private const string English =
        "Kenji Watanabe left OpenAI in June to join Meta Superintelligence Labs as a research lead. " +
        "People familiar with the matter said the offer was among the largest the lab has made this year. " +
        "He is expected to start work in the autumn after a short break between the two jobs.";

    private const string French =
        "Kenji Watanabe a quitté OpenAI en juin pour rejoindre Meta Superintelligence Labs comme chef de la recherche. " +
        "Selon des sources proches du dossier, l'offre figure parmi les plus importantes faites par le laboratoire cette année. " +
        "Il doit prendre ses fonctions à l'automne, après une courte pause entre les deux postes.";

    private const string Italian =
        "Kenji Watanabe ha lasciato OpenAI a giugno per entrare in Meta Superintelligence Labs come responsabile della ricerca. " +
        "Secondo fonti vicine alla vicenda, l'offerta è tra le più alte mai fatte dal laboratorio quest'anno. " +
        "Dovrebbe prendere servizio in autunno, dopo una breve pausa tra i due incarichi.";

    private const string Japanese =
        "渡辺健二氏は6月にOpenAIを退社し、研究責任者としてMeta Superintelligence Labsに入社した。" +
        "関係者によると、同研究所が今年提示した条件の中でも最大級だったという。" +
        "同氏は短い休暇を挟み、秋から新しい職務に就く予定だ。";

    private readonly TempFolder _folder = new();
    private readonly ArticleLoader _loader = new();

    // The bug this class was written for: "<h2>Meta</h2><p>Kenji…" read as "MetaKenji…", a person named MetaKenji.
    [Fact]
    public void LoadFile_CompactHeadingThenParagraph_HeadingIsItsOwnLine()
    {
        var article = Load($"<html><head><title>Moves</title></head><body><article><h2>Meta</h2><p>{English}</p></article></body></html>");

        article.Text.ShouldNotContain("MetaKenji");
        Lines(article.Text).ShouldBe(["Meta", English]);
    }

    [Fact]
    public void LoadFile_HeadNeverClosed_BodyTextStillRead()
    {
        var article = Load($"<html><head><title>Moves</title><meta charset=\"utf-8\"><p>{English}</p><p>Second paragraph.</p></html>");

        Lines(article.Text).ShouldBe([English, "Second paragraph."]);
        article.Title.ShouldBe("Moves");
    }

    [Fact]
    public void LoadFile_InlineElements_DoNotBreakTheSentence()
    {
        var article = Load(
            "<html><body><article><p><span>Kenji</span> <b>Watanabe</b> left <a href=\"https://openai.com\">Open<i>AI</i></a> in June " +
            $"to join <strong>Meta</strong> <em>Superintelligence</em> Labs as a research lead.</p><p>{English}</p></article></body></html>");

        Lines(article.Text)[0].ShouldBe("Kenji Watanabe left OpenAI in June to join Meta Superintelligence Labs as a research lead.");
    }

    [Fact]
    public void LoadFile_FormControlInsideASentence_NeitherTextNorLineBreak()
    {
        var article = Load(
            "<html><body><article><p>Kenji Watanabe <select><option>Follow</option><option>Mute</option></select>" +
            $"<button>Share<br></button> left OpenAI.</p><p>{English}</p></article></body></html>");

        Lines(article.Text)[0].ShouldBe("Kenji Watanabe left OpenAI.");
    }

    [Fact]
    public void LoadFile_ListsTablesBreaksQuotesAndDivs_EachOnItsOwnLine()
    {
        var article = Load(
            $"<html lang=\"it\"><body><div><p>{Italian}</p></div><div>Le nomine del mese</div>" +
            "<ul><li>Kenji Watanabe</li><li>Marta Rossi</li></ul>" +
            "<table><tr><th>Nome</th><th>Ruolo</th></tr><tr><td>Marta Rossi</td><td>Direttrice</td></tr></table>" +
            "<p>Prima riga<br>Seconda riga</p><blockquote>Una citazione.</blockquote></body></html>");

        Lines(article.Text).ShouldBe(
        [
            Italian, "Le nomine del mese", "Kenji Watanabe", "Marta Rossi", "Nome", "Ruolo", "Marta Rossi", "Direttrice",
            "Prima riga", "Seconda riga", "Una citazione.",
        ]);
        article.Language.ShouldBe(Language.Italian);
    }

    [Fact]
    public void LoadFile_Japanese_HeadingAndParagraphsAreSeparateLines()
    {
        var article = Load($"<html lang=\"ja\"><body><article><h1>人事</h1><p>{Japanese}</p><p>詳細は後日発表される。</p></article></body></html>");

        Lines(article.Text).ShouldBe(["人事", Japanese, "詳細は後日発表される。"]);
        article.Language.ShouldBe(Language.Japanese);
    }

    [Fact]
    public void LoadFile_EntitiesAndNonBreakingSpaces_ReadAsPlainText()
    {
        var article = Load($"<html><body><article><p>Kenji&nbsp;Watanabe &amp; Marta&#160;Rossi left &lt;OpenAI&gt;.</p><p>{English}</p></article></body></html>");

        Lines(article.Text)[0].ShouldBe("Kenji Watanabe & Marta Rossi left <OpenAI>.");
    }

    [Fact]
    public void LoadFile_NoArticleFound_WholeBodyLessBoilerplate()
    {
        var article = Load(
            "<html><head><title>Brève</title><style>p { color: red }</style></head><body>" +
            "<header><a href=\"/\">Accueil</a> Le Journal</header><nav><ul><li><a href=\"/eco\">Économie</a></li></ul></nav>" +
            "<script>document.write('publicité');</script><noscript>Activez JavaScript</noscript>" +
            "<div><p>Kenji Watanabe rejoint Meta.</p></div>" +
            "<aside>Lire aussi : Marta Rossi quitte Google</aside><form><label>Newsletter</label><input name=\"email\"><button>OK</button></form>" +
            "<footer>Mentions légales</footer><menu><li>Partager</li></menu></body></html>");

        article.Text.ShouldBe("Kenji Watanabe rejoint Meta.");
        article.Title.ShouldBe("Brève");
    }

    [Fact]
    public void LoadFile_TooManyElementsForSmartReader_WholeBodyLessBoilerplateStillLaidOut()
    {
        var spans = string.Concat(Enumerable.Repeat("<span>x</span>", HtmlScan.MaxReaderElements));
        var article = Load(
            $"<html><body><nav>Accueil Économie</nav><article><h2>Meta</h2><p>{French}</p><p>{spans}</p></article>" +
            "<aside>Lire aussi</aside><footer>Mentions légales</footer></body></html>");

        Lines(article.Text).ShouldBe(["Meta", French, new string('x', HtmlScan.MaxReaderElements)]);
        article.Language.ShouldBe(Language.French);
    }

    [Fact]
    public void LoadFile_HeadMetadata_ReadIntoTheArticle()
    {
        var article = Load(
            """
            <!DOCTYPE html><html lang="fr-FR"><head>
            <title>Départ chez Meta | Le Journal</title>
            <meta property="og:title" content="Départ chez Meta">
            <meta property="og:site_name" content="Le Journal">
            <meta property="og:url" content="https://journal.example.fr/og">
            <meta property="article:published_time" content="2025-07-15T23:30:00-04:00">
            <link rel="canonical" href="https://journal.example.fr/depart-meta">
            </head><body><article><p>
            """ + French + "</p></article></body></html>");

        article.Title.ShouldBe("Départ chez Meta");
        article.Outlet.ShouldBe("Le Journal");
        article.Url.ShouldBe("https://journal.example.fr/depart-meta");
        article.Published.ShouldBe(new PartialDate(2025, 7, 15));
        article.Language.ShouldBe(Language.French);
    }

    [Fact]
    public void LoadFile_OgUrlAndOgPublishedTime_UsedWithoutCanonicalOrArticleTime()
    {
        var article = Load(
            "<html><head><title>Meta hires</title><meta property=\"og:url\" content=\"https://news.example.com/meta\">" +
            $"<meta property=\"og:published_time\" content=\"2025-06\"></head><body><article><p>{English}</p></article></body></html>");

        article.Url.ShouldBe("https://news.example.com/meta");
        article.Published.ShouldBe(new PartialDate(2025, 6));
    }

    [Fact]
    public void LoadFile_RelativeCanonical_NoUrl()
    {
        var article = Load($"<html><head><link rel=\"canonical\" href=\"/meta\"></head><body><article><p>{English}</p></article></body></html>");

        article.Url.ShouldBeNull();
    }

    [Fact]
    public void LoadFile_TimeElements_TheArticlesOwnDateNotTheSidebars()
    {
        var article = Load(
            "<html><body><nav><time datetime=\"2024-01-01\">1 janvier</time></nav>" +
            "<aside><article><time datetime=\"2024-02-02\">2 février</time> Autre histoire</article></aside>" +
            $"<article><header><h1>Départ</h1><time datetime=\"2025-07-15T09:00:00+02:00\">15 juillet</time></header><p>{French}</p></article></body></html>");

        article.Published.ShouldBe(new PartialDate(2025, 7, 15));
    }

    [Fact]
    public void LoadFile_InvalidDates_NoDateButTheArticleLoads()
    {
        var article = Load(
            "<html><head><meta property=\"article:published_time\" content=\"2025-13-45\"></head>" +
            $"<body><article><time datetime=\"not a date\">?</time><p>{English}</p></article></body></html>");

        article.Published.ShouldBeNull();
        article.Text.ShouldContain("Kenji Watanabe left OpenAI");
    }

    [Fact]
    public void LoadFile_LangNotOneOfOurs_LanguageDetectedFromTheText()
    {
        var article = Load($"<html lang=\"de\"><body><article><p>{Italian}</p></article></body></html>");

        article.Language.ShouldBe(Language.Italian);
    }

    [Fact]
    public void LoadFile_LangOfOurs_TakenAsDeclared()
    {
        var article = Load($"<html lang=\"en-GB\"><body><article><p>{English}</p></article></body></html>");

        article.Language.ShouldBe(Language.English);
    }

    [Fact]
    public async Task LoadUrlAsync_PageWithCanonical_KeepsTheUrlItWasLoadedFrom()
    {
        var handler = StubHttpHandler.Returning(HttpStatusCode.OK,
            $"<html><head><link rel=\"canonical\" href=\"https://elsewhere.example.com/story\"></head><body><article><p>{English}</p></article></body></html>",
            "text/html");
        var loader = new ArticleLoader(new HttpClient(handler));

        var load = await loader.LoadUrlAsync(new Uri("https://news.example.com/story"));

        load.Article!.Url.ShouldBe("https://news.example.com/story");
    }

    [Fact]
    public void LoadFile_PreformattedText_KeepsItsLineBreaks()
    {
        var article = Load($"<html><body><article><p>{English}</p><pre>line one\nline   two</pre></article></body></html>");

        Lines(article.Text)[1..].ShouldBe(["line one", "line two"]);
    }

    private ArticleSource Load(string html)
    {
        var load = _loader.LoadFile(_folder.Write(Guid.NewGuid().ToString("N") + ".html", html));
        load.Succeeded.ShouldBeTrue(load.Error);
        return load.Article!;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public void Dispose() => _folder.Dispose();
}
