using System.Net;
using System.Net.Sockets;

namespace TalentBot.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private const string EnglishArticle = """
        Lab shake-up continues at Orbital Minds

        Priya Raman has left Orbital Minds to join Cascade Robotics, two people familiar with the decision said.
        She spent four years leading the lab's speech team.
        """;

    private const string FrenchArticle = """
        Nouveau départ chez Orbital Minds

        Julien Marchand a quitté Orbital Minds pour rejoindre Cascade Robotics en mars.
        Il dirigeait l'équipe de vision depuis 2021.
        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Ingest_FolderWithGoodAndBadFiles_AddsTheGoodOnesAndNamesEachFailure()
    {
        _temp.File("in/en.md", EnglishArticle);
        _temp.File("in/fr.txt", FrenchArticle);
        _temp.File("in/empty.txt", "");
        File.WriteAllBytes(Path.Combine(_temp.Path, "in", "binary.txt"), [0x4d, 0x5a, 0x00, 0x00, 0x01, 0x02, 0x00, 0xff]);
        File.WriteAllText(Path.Combine(_temp.Path, "in", "huge.txt"), new string('a', 10 * 1024 * 1024));

        var result = await Cli.RunAsync("ingest", "--db", _temp.Database, Path.Combine(_temp.Path, "in"));

        result.ExitCode.ShouldBe(1);
        result.Output.ShouldContain("en.md");
        result.Output.ShouldContain("fr.txt");
        result.Output.ShouldContain("Added 2 article(s) with 2 new move(s) (2 stated, 0 inferred) and 0 confirmation(s)");
        result.Output.Split('\n').Where(l => l.StartsWith("+ ", StringComparison.Ordinal))
              .ShouldAllBe(l => l.Contains(": 1 new move (1 stated, 0 inferred), 0 confirmed by this article"));
        result.Error.ShouldContain("empty.txt");
        result.Error.ShouldContain("binary.txt");
        result.Error.ShouldContain("huge.txt");
        result.ShouldHaveNoStackTrace();

        var asked = await Cli.RunAsync("ask", "--db", _temp.Database, "/who-left orbital minds");
        asked.Output.ShouldContain("Priya Raman");
        asked.Output.ShouldContain("Julien Marchand");
    }

    [Fact]
    public async Task Ingest_SameArticlesTwice_AddsNothingTheSecondTime()
    {
        var file = _temp.File("en.txt", EnglishArticle);
        await Cli.RunAsync("ingest", "--db", _temp.Database, file);

        var again = await Cli.RunAsync("ingest", "--db", _temp.Database, file);

        again.ExitCode.ShouldBe(0);
        again.Output.ShouldContain("already in the knowledge base");
        again.Output.ShouldContain("Added 0 article(s)");
    }

    [Fact]
    public async Task Ingest_HtmlPage_TakesTheTitleAndMainText()
    {
        var file = _temp.File("page.html", """
            <html><head><title>Cascade Robotics hires again</title></head>
            <body><nav>Home | World | Tech | Subscribe</nav>
            <article><h1>Cascade Robotics hires again</h1>
            <p>Marco Bellandi ha lasciato Orbital Minds per unirsi a Cascade Robotics, secondo fonti vicine alla vicenda.</p>
            <p>Bellandi guidava il gruppo di ricerca sulla percezione da tre anni e ha lavorato in precedenza in due startup.</p>
            </article><footer>© 2025 Example News. All rights reserved.</footer></body></html>
            """);

        var result = await Cli.RunAsync("ingest", "--db", _temp.Database, file);

        result.ExitCode.ShouldBe(0);
        var asked = await Cli.RunAsync("ask", "--db", _temp.Database, "/who-joined cascade robotics");
        asked.Output.ShouldContain("Marco Bellandi");
        asked.Output.ShouldContain("Cascade Robotics hires again");
        asked.Output.ShouldNotContain("All rights reserved");
    }

    [Fact]
    public async Task Ingest_UnreachableUrlAndMissingFile_FailsThoseAndKeepsTheRest()
    {
        var good = _temp.File("en.txt", EnglishArticle);
        var closedPort = ClosedLoopbackPort();

        var result = await Cli.RunAsync("ingest", "--db", _temp.Database,
            $"http://127.0.0.1:{closedPort}/article", Path.Combine(_temp.Path, "missing.txt"), good);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain($"127.0.0.1:{closedPort}");
        result.Error.ShouldContain("missing.txt");
        result.Output.ShouldContain("Added 1 article(s)");
        result.ShouldHaveNoStackTrace();
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
