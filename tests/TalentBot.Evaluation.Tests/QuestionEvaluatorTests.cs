using TalentBot.Core;

namespace TalentBot.Evaluation.Tests;

/// <summary>The question harness on a small set written for the test, answered from a real LiteDB store.</summary>
public sealed class QuestionEvaluatorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "talentbot-questions-" + Guid.NewGuid().ToString("N"));
    private readonly string _store = Path.Combine(Path.GetTempPath(), "talentbot-questions-store-" + Guid.NewGuid().ToString("N"));

    public QuestionEvaluatorTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "articles"));
        Directory.CreateDirectory(_store);
        Write("articles/en-01.txt", "Ana Ruiz leaves OpenAI\n\nAna Ruiz left OpenAI for Meta on March 3, 2026, the company said.");
        Write("articles/fr-01.txt", "Départ chez Mistral AI\n\nLe chercheur Marc Olivier a quitté Mistral AI pour rejoindre Anthropic en avril 2026.");
        Write("gold.jsonl",
            """{"article": "en-01.txt", "person": "Ana Ruiz", "kind": "left", "from": "OpenAI", "to": "Meta", "when": "2026-03-03"}""" + "\n" +
            """{"article": "fr-01.txt", "person": "Marc Olivier", "kind": "left", "from": "Mistral AI", "to": "Anthropic", "when": "2026-04"}""" + "\n");
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        Directory.Delete(_store, recursive: true);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);

    private QuestionReport Run(TimeProvider? ingestionClock = null)
    {
        var set = GoldSetReader.Read(_folder);
        return QuestionEvaluator.Run(set, GoldSetReader.ReadQuestions(set), GoldSets.Registry, _store, ingestionClock ?? TimeProvider.System);
    }

    /// <summary>A clock that says a year far from the articles' (2026), and keeps real timestamps for batching.</summary>
    private sealed class FarClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2031, 6, 1, 0, 0, 0, TimeSpan.Zero);
    }

    [Fact]
    public void Run_QuestionsInTwoLanguages_ScoresEachAgainstTheReplyAndSaysWhereTheAnswerWas()
    {
        Write("questions.jsonl",
            """{"id": "q1", "q": "Where did Ana Ruiz go?", "answer_regex": "(?i)meta", "article": "en-01.txt"}""" + "\n" +
            """{"id": "q2", "q": "Qui a quitté Mistral AI ?", "answer_regex": "(?i)olivier", "article": "fr-01.txt"}""" + "\n" +
            """{"id": "q3", "q": "Where did Ana Ruiz go?", "answer_regex": "(?i)zorglub", "article": "en-01.txt"}""" + "\n");

        var report = Run();

        report.Results.Select(r => r.Answered).ShouldBe([true, true, false]);
        report.Answered.ShouldBe(new Ratio(2, 3));
        report.Results[0].QuestionLanguage.ShouldBe(Language.English);
        report.Results[1].QuestionLanguage.ShouldBe(Language.French);
        report.Results[1].Place.ShouldBe(AnswerPlace.OwnWords);
        report.Results.ShouldAllBe(r => !r.CrossLanguage);
        QuestionReportText.Format(report, diff: true).ShouldContain("- q3 (en-01.txt");
    }

    [Fact]
    public void Run_QuestionInAnotherLanguageThanItsArticle_IsCountedAsCrossLanguage()
    {
        Write("questions.jsonl", """{"id": "q1", "q": "Chi ha lasciato Mistral AI?", "answer_regex": "(?i)olivier", "article": "fr-01.txt"}""" + "\n");

        var result = Run().Results.ShouldHaveSingleItem();

        result.QuestionLanguage.ShouldBe(Language.Italian);
        result.ArticleLanguage.ShouldBe(Language.French);
        result.CrossLanguage.ShouldBeTrue();
        result.Answered.ShouldBeTrue();
    }

    [Fact]
    public void ReadQuestions_PatternThatIsNoRegex_NamesTheFileAndLine()
    {
        Write("questions.jsonl", """{"id": "q1", "q": "Who?", "answer_regex": "(unclosed", "article": "en-01.txt"}""" + "\n");

        var error = Should.Throw<InvalidDataException>(() => GoldSetReader.ReadQuestions(GoldSetReader.Read(_folder)));

        error.Message.ShouldStartWith("questions.jsonl:1:");
    }

    [Fact]
    public void ReadQuestions_AboutAnArticleNotInTheSet_SaysWhich()
    {
        Write("questions.jsonl", """{"id": "q9", "q": "Who?", "answer_regex": "x", "article": "it-07.txt"}""" + "\n");

        var error = Should.Throw<InvalidDataException>(() => GoldSetReader.ReadQuestions(GoldSetReader.Read(_folder)));

        error.Message.ShouldContain("'q9'");
        error.Message.ShouldContain("it-07.txt");
    }

    [Fact]
    public void ReadQuestions_NoQuestionsFile_SaysSo()
    {
        Should.Throw<InvalidDataException>(() => GoldSetReader.ReadQuestions(GoldSetReader.Read(_folder))).Message.ShouldContain("questions.jsonl");
    }

    [Fact]
    public void Run_QuestionNamingAPeriodFromToday_IsAskedAtAskedAt_WhateverTheClockSays()
    {
        QuestionEvaluator.AskedAt.Year.ShouldBe(2026);
        Write("questions.jsonl",
            """{"id": "q1", "q": "Who left OpenAI this year?", "answer_regex": "(?i)ruiz", "article": "en-01.txt"}""" + "\n" +
            """{"id": "q2", "q": "Who left OpenAI last year?", "answer_regex": "(?i)ruiz", "article": "en-01.txt"}""" + "\n");

        var report = Run(new FarClock());

        // The direct answer states the move only for 2026, the year of AskedAt; not 2031, nor the year the test runs.
        report.Results[0].OwnWords.ShouldContain("Ana Ruiz left OpenAI for Meta");
        report.Results[1].OwnWords.ShouldNotContain("Ana Ruiz left OpenAI for Meta");
    }
}
