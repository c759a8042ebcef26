using TalentBot.Feeds.Tests.Support;
using TalentBot.Testing;

namespace TalentBot.Feeds.Tests;

public sealed class WatchedFoldersTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "talentbot-feeds-" + Guid.NewGuid().ToString("N"));

    public WatchedFoldersTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task ScanAsync_NewFile_IsIngestedOnce()
    {
        Write("ada.md", "# Ada Byron joins Anthropic\n\nAda Byron has joined Anthropic as chief scientist.");
        await using var feeds = Watching(_folder);

        var first = await feeds.Folders.ScanAsync(CancellationToken.None);
        var second = await feeds.Folders.ScanAsync(CancellationToken.None);

        first.Single().Ingested.ShouldNotBeNull();
        second.ShouldBeEmpty();
        feeds.Sink.Articles.Single().Text.ShouldContain("Ada Byron has joined Anthropic");
    }

    [Fact]
    public async Task ScanAsync_ChangedFile_IsIngestedAgain()
    {
        var path = Write("news.txt", "Alan Kay has left OpenAI.");
        await using var feeds = Watching(_folder);
        await feeds.Folders.ScanAsync(CancellationToken.None);

        File.WriteAllText(path, "Alan Kay has left OpenAI to found a startup in Berlin.");
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddMinutes(1));
        var rescan = await feeds.Folders.ScanAsync(CancellationToken.None);

        rescan.Single().Path.ShouldBe(path);
        feeds.Sink.Articles.Select(a => a.Text).ShouldBe(["Alan Kay has left OpenAI.", "Alan Kay has left OpenAI to found a startup in Berlin."]);
    }

    [Fact]
    public async Task ScanAsync_SubfoldersAndUnsupportedFiles_TakesSupportedFilesAtAnyDepth()
    {
        Write("2025/03/grace.html", Pages.Article("Grace Hopper joins DeepMind", "Grace Hopper has joined DeepMind."));
        Write("photo.png", "not a supported file");
        Write("notes.TXT", "Edsger Dijkstra has joined xAI.");
        await using var feeds = Watching(_folder);

        var results = await feeds.Folders.ScanAsync(CancellationToken.None);

        results.Select(r => Path.GetFileName(r.Path)).Order(StringComparer.Ordinal).ShouldBe(["grace.html", "notes.TXT"]);
    }

    [Fact]
    public async Task ScanAsync_UnreadableFile_IsReportedAndNotRetriedUntilItChanges()
    {
        Write("empty.md", "");
        await using var feeds = Watching(_folder);

        var first = await feeds.Folders.ScanAsync(CancellationToken.None);
        var second = await feeds.Folders.ScanAsync(CancellationToken.None);

        first.Single().Error.ShouldBe("empty file");
        second.ShouldBeEmpty();
        feeds.Sink.Batches.ShouldBeEmpty();
        feeds.Logs.All.ShouldContain("not ingested: empty file");
    }

    [Fact]
    public async Task ScanAsync_SinkThrows_OffersTheFilesAgainNextScan()
    {
        Write("ada.md", "Ada Byron has joined Anthropic.");
        await using var feeds = Watching(_folder);
        feeds.Sink.Failure = new IOException("the store is locked");

        var failed = await feeds.Folders.ScanAsync(CancellationToken.None);
        feeds.Sink.Failure = null;
        var retried = await feeds.Folders.ScanAsync(CancellationToken.None);

        failed.Single().Error.ShouldBe("could not be ingested: the store is locked");
        retried.Single().Ingested.ShouldNotBeNull();
    }

    [Fact]
    public async Task ScanAsync_MissingFolder_WarnsOnceAndKeepsScanningTheOthers()
    {
        var missing = Path.Combine(_folder, "not-there");
        var present = Path.Combine(_folder, "present");
        Write("present/ada.md", "Ada Byron has joined Anthropic.");
        await using var feeds = Watching(missing, present);

        var first = await feeds.Folders.ScanAsync(CancellationToken.None);
        await feeds.Folders.ScanAsync(CancellationToken.None);

        first.Single().Ingested.ShouldNotBeNull();
        feeds.Logs.Entries.Count(l => l.Level == Microsoft.Extensions.Logging.LogLevel.Warning && l.Message.Contains($"Watched folder {missing} does not exist")).ShouldBe(1);

        Directory.CreateDirectory(missing);
        await feeds.Folders.ScanAsync(CancellationToken.None);
        feeds.Logs.All.ShouldContain($"Watched folder {missing} is there again");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static FeedsHarness Watching(params string[] folders) =>
        FeedsHarness.Create(folders.Select((f, i) => ($"Folders:{i}", f)).ToArray());

    private string Write(string relativePath, string content)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }
}
