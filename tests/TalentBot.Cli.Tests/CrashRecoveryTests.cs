using System.Diagnostics;
using TalentBot.Bench;
using TalentBot.Knowledge;

namespace TalentBot.Cli.Tests;

/// <summary>A real <c>talentbot ingest</c> process killed while it writes, then the same ingest run again.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const int ArticleCount = 3000;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Ingest_KilledMidWrite_LeavesAStoreThatOpensAndAReingestThatCompletes()
    {
        var folder = Path.Combine(_temp.Path, "articles");
        foreach (var article in new SyntheticCorpus(seed: 11).Articles(ArticleCount))
            _temp.File(Path.Combine("articles", article.Id + ".txt"), article.Text);
        var logFile = Path.Combine(Path.GetDirectoryName(_temp.Database)!, "talentbot-log.db");

        using (var child = StartIngest(folder))
        {
            var deadline = Stopwatch.StartNew();
            // Small batches make the child commit every few dozen articles, so once its first batches are in, a kill
            // at any moment almost surely lands inside a transaction.
            // The store must have its first page too: a kill before that leaves an empty file, which open refuses as
            // damaged (StoreOwnershipTests) rather than guess it was never more than that.
            while (!(File.Exists(logFile) && File.Exists(_temp.Database) && new FileInfo(_temp.Database).Length > 0) && !child.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(120))
                await Task.Delay(20);
            await Task.Delay(1500);
            child.HasExited.ShouldBeFalse("the ingest finished before it could be killed; the test proved nothing");
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        var rerun = await Cli.RunAsync("ingest", "--db", _temp.Database, folder);

        rerun.ExitCode.ShouldBe(0, rerun.Error);
        rerun.ShouldHaveNoStackTrace();
        var corpusArticles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "knowledge", "articles")).Length;
        using (var store = KnowledgeStore.Open(_temp.Database, Corpus.Load(Path.Combine(AppContext.BaseDirectory, "knowledge")).Registry))
            store.Stats().Articles.ShouldBe(ArticleCount + corpusArticles);
        var asked = await Cli.RunAsync("ask", "--db", _temp.Database, "/who-left meta");
        asked.ExitCode.ShouldBe(0);
    }

    private Process StartIngest(string folder)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "talentbot.dll"), "ingest", "--db", _temp.Database, folder })
            start.ArgumentList.Add(arg);
        start.Environment["Knowledge__Path"] = Path.Combine(AppContext.BaseDirectory, "knowledge");
        start.Environment["Ingest__BatchArticles"] = "40";
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
