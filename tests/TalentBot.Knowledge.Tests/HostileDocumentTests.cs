using System.Text;
using TalentBot.Knowledge.Tests.Support;

namespace TalentBot.Knowledge.Tests;

/// <summary>
/// Shapes of input that made reading quadratic (minutes for 2 MiB), read right. Reading them is linear now; these
/// tests hold what they read, and their running time shows in the suite's, without a timed assertion.
/// </summary>
public sealed class HostileDocumentTests : IDisposable
{
    private const string Sentence = "Kenji Watanabe left OpenAI to join Meta.";

    private readonly TempFolder _folder = new();
    private readonly ArticleLoader _loader = new();

    [Fact]
    public void LoadFile_QuarterMillionFlatParagraphs_EachItsOwnLine()
    {
        var html = "<html><body>" + Repeat("<p>a</p>", 250_000) + "</body></html>";

        var text = Load("flat.html", html);

        Lines(text).ShouldAllBe(l => l == "a");
        Lines(text).Length.ShouldBe(250_000);
    }

    [Fact]
    public void LoadFile_SixtyThousandUnclosedTables_EachCellItsOwnLine()
    {
        var html = "<html><body>" + Repeat("<table><tr><td>x", 60_000) + "</body></html>";

        var text = Load("tables.html", html);

        Lines(text).ShouldAllBe(l => l == "x");
        Lines(text).Length.ShouldBe(60_000);
    }

    [Fact]
    public void LoadFile_HundredThousandNestedDivs_TheTextInside()
    {
        var html = "<html><body>" + Repeat("<div>", 100_000) + Sentence + Repeat("</div>", 100_000) + "</body></html>";

        Load("nested.html", html).ShouldBe(Sentence);
    }

    [Fact]
    public void LoadFile_HundredThousandUnclosedDivsWithParagraphs_AllTheParagraphs()
    {
        var html = "<html><body>" + Repeat("<div><p>a", 100_000) + "</body></html>";

        Lines(Load("unclosed.html", html)).Length.ShouldBe(100_000);
    }

    // The tree builder reopens every formatting element a paragraph end closed, before each paragraph after it: 400
    // bold tags left open and 50,000 paragraphs make twenty million elements.
    [Fact]
    public void LoadFile_FormattingElementsNeverClosed_EveryParagraph()
    {
        var html = "<html><body><p>" + string.Concat(Enumerable.Range(0, 400).Select(i => $"<b id=\"b{i}\">")) + "</p>"
                   + Repeat("<p>x", 50_000) + "</body></html>";

        Lines(Load("formatting.html", html)).Length.ShouldBe(50_000);
    }

    // Each stray end tag makes the tree builder look down its whole stack for an element to close.
    [Fact]
    public void LoadFile_StrayEndTagsOverADeepStack_TheText()
    {
        var html = "<html><body>" + Repeat("<span><div></span>", 2_000) + Sentence + Repeat("</li>", 300_000) + "</body></html>";

        Load("stray.html", html).ShouldBe(Sentence);
    }

    [Fact]
    public void LoadFile_MarkdownOfOneTwoMebibyteLine_SyntaxGoneOnOneLine()
    {
        const string unit =
            "Kenji *Watanabe* joined [Sakana AI](https://sakana.ai/team_(research) \"team\") as `lead` with **Marta Rossi**, " +
            "see <https://example.com/a_b_c>, 2*3*4 and snake_case_name ![logo](https://sakana.ai/logo.png) today. ";
        const string clean =
            "Kenji Watanabe joined Sakana AI as lead with Marta Rossi, see https://example.com/a_b_c, 2*3*4 and snake_case_name today. ";
        var count = 2 * 1024 * 1024 / Encoding.UTF8.GetByteCount(unit);

        var text = Load("line.md", Repeat(unit, count));

        text.ShouldBe(Repeat(clean, count).TrimEnd());
    }

    [Fact]
    public void LoadFile_MarkdownOfOneLineOfUnmatchedOpeners_KeptAsWritten()
    {
        const string unit = "[a ![b (c *d _e <f <http:g &h \\i ](j ";
        var line = "`" + Repeat(unit, 2 * 1024 * 1024 / unit.Length - 1);

        Load("openers.md", line).ShouldBe(line.TrimEnd());
    }

    [Fact]
    public void LoadFile_MarkdownQuotedHundredThousandDeep_TheQuotedText()
    {
        var markdown = new string('>', 100_000) + " " + Sentence + "\n\n" + Repeat("> ", 100_000) + Sentence + "\n";

        Load("quotes.md", markdown).ShouldBe(Sentence + "\n\n" + Sentence);
    }

    private string Load(string name, string content)
    {
        var load = _loader.LoadFile(_folder.Write(name, content));
        load.Succeeded.ShouldBeTrue(load.Error);
        return load.Article!.Text;
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public void Dispose() => _folder.Dispose();
}
