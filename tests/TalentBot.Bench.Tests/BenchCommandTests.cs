using TalentBot.Commands;
using TalentBot.Extraction;
using TalentBot.Knowledge;

namespace TalentBot.Bench.Tests;

/// <summary><c>talentbot-bench</c> itself: the corpus run refuses what it could not measure, and says which option.</summary>
public sealed class BenchCommandTests
{
    [Theory]
    [InlineData("--articles", "ten", "--articles takes positive whole numbers")]
    [InlineData("--articles", "1000,0", "--articles takes positive whole numbers")]
    [InlineData("--queries", "9", "--queries must be at least 10")]
    [InlineData("--batch", "0", "--batch must be at least 1")]
    public async Task Bench_WithAnOptionItCannotMeasure_SaysWhich(string option, string value, string message)
    {
        var result = await BenchRun.RunAsync(option, value);

        result.ExitCode.ShouldBe(ExitCodes.BadInput);
        result.Error.ShouldContain(message);
        result.Output.ShouldBeEmpty();
    }

    /// <summary>The corpus run is the root's own action, so a mistyped command must not start a long run instead.</summary>
    [Fact]
    public async Task Bench_WithAMistypedCommand_NamesItAndRunsNothing()
    {
        var result = await BenchRun.RunAsync("discrod");

        result.ExitCode.ShouldNotBe(ExitCodes.Ok);
        result.Error.ShouldContain("discrod");
        result.Output.ShouldNotContain("ingesting");
    }

    [Fact]
    public async Task Bench_ReuseWithoutAFolder_SaysItNeedsOne()
    {
        var result = await BenchRun.RunAsync("--articles", "20", "--queries", "10", "--reuse");

        result.ExitCode.ShouldBe(ExitCodes.BadInput);
        result.Error.ShouldContain("--reuse needs --dir");
        result.Output.ShouldBeEmpty();
    }

    /// <summary>
    /// The second run times the store the first left, and ingests nothing: its row says so instead of a rate. 200
    /// articles, so that every organisation the cold asks pick has someone who left.
    /// </summary>
    [Fact]
    public async Task Bench_Reuse_TimesTheStoreAnEarlierRunLeft_WithoutIngesting()
    {
        var folder = Directory.CreateTempSubdirectory("talentbot-bench-");
        BenchResult second;
        DateTime built, timed;
        try
        {
            var first = await BenchRun.RunAsync("--articles", "200", "--queries", "10", "--dir", folder.FullName);
            first.ExitCode.ShouldBe(ExitCodes.Ok, first.Error);
            built = File.GetLastWriteTimeUtc(Path.Combine(folder.FullName, "bench-200.db"));

            second = await BenchRun.RunAsync("--articles", "200", "--queries", "10", "--dir", folder.FullName, "--reuse");
            timed = File.GetLastWriteTimeUtc(Path.Combine(folder.FullName, "bench-200.db"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        second.ExitCode.ShouldBe(ExitCodes.Ok, second.Error);
        second.Output.ShouldContain("200 articles: reusing");
        second.Output.ShouldNotContain("ingesting");
        second.Output.ShouldContain("| 200 | reused | 100.0 % |");
        timed.ShouldBe(built);
    }

    /// <summary>A store cut short by a stopped run holds another corpus than the size asked for; timing it would mislead.</summary>
    [Fact]
    public async Task Bench_ReuseOfAStoreWithFewerArticles_SaysSoAndTimesNothing()
    {
        var folder = Directory.CreateTempSubdirectory("talentbot-bench-");
        BenchResult result;
        try
        {
            var corpus = new SyntheticCorpus();
            using (var store = KnowledgeStore.Open(Path.Combine(folder.FullName, "bench-40.db"), corpus.Registry()))
                new ArticleIngestion(store, new RuleBasedExtractor(corpus.Registry()), TimeProvider.System)
                    .IngestMany(corpus.Articles(5).Select(a => new ArticleSource(a.Text, a.Title, a.Language, Id: a.Id)));

            result = await BenchRun.RunAsync("--articles", "40", "--queries", "10", "--dir", folder.FullName, "--reuse");
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        result.ExitCode.ShouldBe(ExitCodes.BadInput);
        result.Error.ShouldContain("holds 5 articles, not 40");
        result.Output.ShouldNotContain("/who-left p50");
    }
}
