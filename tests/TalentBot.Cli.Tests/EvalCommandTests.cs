using System.Text.Json;

namespace TalentBot.Cli.Tests;

/// <summary><c>eval</c> on a small gold set written for the test: one article per language, a trap, a count.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string GoldSet()
    {
        _temp.File("gold/articles/en-01.txt", "Lab moves\n\nAna Ruiz left Meta for OpenAI in May. Meta denied that Kai Mendes had resigned.");
        _temp.File("gold/articles/fr-01.txt", "Mouvements\n\nLeo Costa a quitté Google pour Anthropic. Google a perdu une douzaine de chercheurs au profit d'Anthropic.");
        _temp.File("gold/articles/it-01.txt", "Movimenti\n\nMia Laurent è passata da Apple a Meta.");
        _temp.File("gold/articles/ja-01.txt", "人事\n\n田中健氏はグーグルを退社し、メタに移籍した。");
        _temp.File("gold/gold.jsonl", string.Join('\n',
            """{"article": "en-01.txt", "person": "Ana Ruiz", "aliases": [], "kind": "left", "from": "Meta", "to": "OpenAI", "when": "2026-05", "amount": null, "evidence": null}""",
            """{"article": "fr-01.txt", "person": "Leo Costa", "aliases": [], "kind": "left", "from": "Google", "to": "Anthropic", "when": null, "amount": null, "evidence": null}""",
            """{"article": "it-01.txt", "person": "Mia Laurent", "aliases": [], "kind": "joined", "from": "Apple", "to": "Meta", "when": null, "amount": null, "evidence": null}""",
            """{"article": "ja-01.txt", "person": "田中健", "aliases": [], "kind": "joined", "from": "Google", "to": "Meta", "when": null, "amount": null, "evidence": null}""") + "\n");
        _temp.File("gold/traps.jsonl", """{"article": "en-01.txt", "person": "Kai Mendes", "must_not": "denied", "forbidden": "any"}""" + "\n");
        _temp.File("gold/counts.jsonl", """{"article": "fr-01.txt", "from": "Google", "to": "Anthropic", "count": 12, "bound": "about"}""" + "\n");
        _temp.File("gold/manifest.jsonl", """{"article": "en-01.txt", "published": "2026-06-01", "language": "en"}""" + "\n");
        return System.IO.Path.Combine(_temp.Path, "gold");
    }

    [Fact]
    public async Task Eval_SmallGoldSet_PrintsTheFiguresPerLanguageAndKind()
    {
        var result = await Cli.RunAsync("eval", GoldSet());

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("4 articles (1 en, 1 ja, 1 fr, 1 it), 4 moves, 1 traps, 1 head counts");
        foreach (var row in new[] { "  en ", "  ja ", "  fr ", "  it ", "  all ", "  left ", "  joined " })
            result.Output.ShouldContain(row);
        result.Output.ShouldContain("Traps that became moves: 0 of 1");
        result.Output.ShouldContain("Head counts: 1 of 1 found");
    }

    [Fact]
    public async Task EvalQuestions_AnswersEachQuestionFromAStoreOfTheArticles()
    {
        var folder = GoldSet();
        _temp.File("gold/questions.jsonl", string.Join('\n',
            """{"id": "q1", "q": "Chi ha lasciato Google?", "answer_regex": "(?i)costa", "article": "fr-01.txt"}""",
            """{"id": "q2", "q": "Where did Ana Ruiz go?", "answer_regex": "(?i)xyzzy", "article": "en-01.txt"}""") + "\n");

        var text = await Cli.RunAsync("eval", "--questions", "--diff", folder);
        var json = await Cli.RunAsync("eval", "--questions", "--json", folder);

        text.ExitCode.ShouldBe(0, text.Error);
        text.Output.ShouldContain("Answered: 1/2");
        text.Output.ShouldContain("- q2 (en-01.txt");
        using var document = JsonDocument.Parse(json.Output);
        document.RootElement.GetProperty("answered").GetInt32().ShouldBe(1);
        document.RootElement.GetProperty("results")[0].GetProperty("asked_in").GetString().ShouldBe("it");
        document.RootElement.GetProperty("results")[0].GetProperty("article_language").GetString().ShouldBe("fr");
    }

    [Fact]
    public async Task Eval_Json_GivesTheSameFiguresAsNumbers()
    {
        var result = await Cli.RunAsync("eval", "--json", GoldSet());

        result.ExitCode.ShouldBe(0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var overall = document.RootElement.GetProperty("overall");
        foreach (var figure in new[] { "strict_precision", "strict_recall", "consistent_precision", "consistent_recall" })
        {
            var rate = overall.GetProperty(figure);
            rate.GetProperty("value").GetDouble().ShouldBe((double)rate.GetProperty("hits").GetInt32() / rate.GetProperty("total").GetInt32(), 0.0001);
        }
        overall.GetProperty("consistent_recall").GetProperty("total").GetInt32().ShouldBe(4);
        document.RootElement.GetProperty("by_language").EnumerateObject().Select(p => p.Name).Order().ShouldBe(["en", "fr", "it", "ja"]);
        document.RootElement.GetProperty("traps_hit").GetProperty("hits").GetInt32().ShouldBe(0);
        document.RootElement.GetProperty("failures").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Eval_Diff_NamesEachArticleWithADifference()
    {
        _temp.File("gold/articles/en-02.txt", "More moves\n\nSara Lind joined Cohere from Google.");
        var folder = GoldSet();
        File.AppendAllText(System.IO.Path.Combine(folder, "gold.jsonl"),
            """{"article": "en-02.txt", "person": "Sara Lind", "aliases": [], "kind": "joined", "from": "Google", "to": "Mistral AI", "when": null, "amount": null, "evidence": null}""" + "\n");

        var result = await Cli.RunAsync("eval", "--diff", folder);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("en-02.txt");
        result.Output.ShouldContain("- Sara Lind | joined | Google → Mistral AI");
        result.Output.ShouldContain("! Sara Lind | joined | Google → Cohere");
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("empty")]
    public async Task Eval_FolderThatIsNoGoldSet_SaysSoPolitely(string which)
    {
        var folder = System.IO.Path.Combine(_temp.Path, which);
        if (which == "empty") Directory.CreateDirectory(folder);

        var result = await Cli.RunAsync("eval", folder);

        result.ExitCode.ShouldNotBe(0);
        result.Error.ShouldStartWith("Cannot evaluate:");
        result.ShouldHaveNoStackTrace();
    }
}
