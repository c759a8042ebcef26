using TalentBot.Testing;

namespace TalentBot.Cli.Tests;

/// <summary>
/// Issue item 8: one bad source never stops the others. Each way a source can fail is that source's line, the good
/// sources around it still go in, and the exit code is 1 (bad input), never 70 (a bug).
/// </summary>
public sealed class IngestSourceFailureTests : IAsyncLifetime
{
    private const string Article = """
        Lab shake-up continues at Orbital Minds

        Priya Raman has left Orbital Minds to join Cascade Robotics, two people familiar with the decision said.
        She spent four years leading the lab's speech team.
        """;

    private readonly TempFolder _temp = new();
    private FeedServer _server = null!;

    public async Task InitializeAsync() => _server = await FeedServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Ingest_UrlRedirectingToAFileUrl_FailsThatUrlAndIngestsTheFilesAroundIt()
    {
        var good = _temp.File("good.md", Article);
        var other = _temp.File("a.txt", Article.Replace("Priya Raman", "Julien Marchand", StringComparison.Ordinal));
        _server.ServeRedirect("/story", "file:///etc/passwd");

        var result = await Cli.RunAsync("ingest", "--db", _temp.Database, good, _server.Url("/story").AbsoluteUri, other);

        result.ExitCode.ShouldBe(1, result.Error);
        result.Error.ShouldContain($"✗ {_server.Url("/story")}: ");
        result.Error.ShouldContain("file:");
        result.Output.ShouldContain("Added 2 article(s)");
        result.Output.ShouldContain("1 failed.");
        result.ShouldHaveNoStackTrace();
    }

    [Fact]
    public async Task Ingest_EveryKindOfBadSource_FailsEachOnItsOwnLineAndIngestsTheGoodOnes()
    {
        var good = _temp.File("good.md", Article);
        var unclosed = _temp.File("unclosed.md", "---\ntitle: Never closed\n\nPriya Raman has left Orbital Minds.\n");
        File.WriteAllText(Path.Combine(_temp.Path, "huge.txt"), new string('a', 3 * 1024 * 1024));
        _server.ServeStatus("/gone", 410);
        _server.ServeRedirect("/to-ftp", "ftp://files.example/story.txt");
        var other = _temp.File("a.txt", Article.Replace("Priya Raman", "Julien Marchand", StringComparison.Ordinal));

        var result = await Cli.RunAsync("ingest", "--db", _temp.Database,
            good, "ftp://files.example/story.md", unclosed, Path.Combine(_temp.Path, "huge.txt"),
            _server.Url("/gone").AbsoluteUri, _server.Url("/to-ftp").AbsoluteUri, other);

        result.ExitCode.ShouldBe(1, result.Error);
        var failures = result.Error.Split('\n').Where(l => l.StartsWith("✗ ", StringComparison.Ordinal)).ToList();
        failures.Count.ShouldBe(5, result.Error);
        failures.ShouldContain("✗ ftp://files.example/story.md: ftp: addresses are not read; give a file, a folder or an http(s) URL");
        failures.ShouldContain($"✗ {unclosed}: front matter opened with '---' on the first line never closes");
        failures.ShouldContain(l => l.StartsWith($"✗ {Path.Combine(_temp.Path, "huge.txt")}: file is 3 MiB, over the 2 MiB cap", StringComparison.Ordinal));
        failures.ShouldContain($"✗ {_server.Url("/gone")}: HTTP 410 Gone");
        failures.ShouldContain($"✗ {_server.Url("/to-ftp")}: the redirect uses ftp:, and only http and https are fetched");
        result.Output.ShouldContain("Added 2 article(s)");
        result.Output.ShouldContain("5 failed.");
        result.ShouldHaveNoStackTrace();
    }

    [Fact]
    public async Task Ingest_UrlRedirectingToAnInternalAddress_IsRefusedNamingTheSettingThatAllowsIt()
    {
        // The operator's own URL may be on loopback; where it redirects to is checked like a feed's link.
        _server.ServeRedirect("/story", _server.Url("/moved").AbsoluteUri);
        _server.ServePage("/moved", Pages.Article("Moved", "Priya Raman has left Orbital Minds to join Cascade Robotics."));

        var refused = await Cli.RunAsync("ingest", "--db", _temp.Database, _server.Url("/story").AbsoluteUri);

        refused.ExitCode.ShouldBe(1);
        refused.Error.ShouldContain(
            $"✗ {_server.Url("/story")}: the redirect points at a loopback address (127.0.0.1); set Feeds:AllowPrivateAddresses to true to allow private addresses");
        _server.RequestsTo("/moved").ShouldBeEmpty();

        var allowed = await Cli.RunAsync([new("Feeds:AllowPrivateAddresses", "true")], "ingest", "--db", _temp.Database, _server.Url("/story").AbsoluteUri);

        allowed.ExitCode.ShouldBe(0, allowed.Error);
        allowed.Output.ShouldContain("Added 1 article(s)");
    }
}
