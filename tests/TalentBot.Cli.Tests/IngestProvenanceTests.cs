using System.Text.Json.Nodes;

namespace TalentBot.Cli.Tests;

/// <summary>
/// <c>ingest --url --outlet --date</c>: what a saved file cannot say about itself, said on the command line for one
/// article, over what it declares; and each citation of it then links to its sentence there.
/// </summary>
public sealed class IngestProvenanceTests : IDisposable
{
    private const string Article = """
        Lab shake-up continues at Orbital Minds

        Priya Raman has left Orbital Minds to join Cascade Robotics, two people familiar with the decision said.
        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Ingest_OneFileWithUrlOutletAndDate_GivesTheArticleThemAndItsCitationsALinkToTheSentence()
    {
        var file = _temp.File("saved.txt", Article);

        var ingest = await Cli.RunAsync("ingest", "--db", _temp.Database, "--url", "https://news.example.com/orbital",
            "--outlet", "Tech Daily", "--date", "2025-07-15", file);
        var asked = await Cli.RunAsync("ask", "--json", "--db", _temp.Database, "/who-left orbital minds");
        var text = await Cli.RunAsync("ask", "--db", _temp.Database, "/who-left orbital minds");

        ingest.ExitCode.ShouldBe(0, ingest.Error);
        var citation = JsonNode.Parse(asked.Output)!["citations"]![0]!;
        ((string)citation["url"]!).ShouldBe("https://news.example.com/orbital");
        ((string)citation["outlet"]!).ShouldBe("Tech Daily");
        ((string)citation["published"]!).ShouldBe("2025-07-15");
        ((string)citation["link"]!).ShouldBe(
            "https://news.example.com/orbital#:~:text=Priya%20Raman%20has%20left%20Orbital%20Minds%20to%20join%20Cascade%20Robotics%2C%20" +
            "two%20people%20familiar%20with%20the%20decision%20said.");
        text.Output.ShouldContain("Lab shake-up continues at Orbital Minds · Tech Daily · 2025-07-15 — https://news.example.com/orbital\n");
        text.Output.ShouldContain("        https://news.example.com/orbital#:~:text=Priya%20Raman%20");
    }

    [Fact]
    public async Task Ingest_UrlGivenForAMarkdownFileWithFrontMatter_OverridesWhatTheFileDeclaresAndKeepsTheRest()
    {
        var file = _temp.File("saved.md", "---\nurl: https://old.example.com/a\noutlet: Declared Outlet\ndate: 2024-01\n---\n" + Article);

        var ingest = await Cli.RunAsync("ingest", "--db", _temp.Database, "--url", "https://news.example.com/moved", file);
        var asked = await Cli.RunAsync("ask", "--json", "--db", _temp.Database, "/who-left orbital minds");

        ingest.ExitCode.ShouldBe(0, ingest.Error);
        var citation = JsonNode.Parse(asked.Output)!["citations"]![0]!;
        ((string)citation["url"]!).ShouldBe("https://news.example.com/moved");
        ((string)citation["outlet"]!).ShouldBe("Declared Outlet");
        ((string)citation["published"]!).ShouldBe("2024-01");
    }

    [Theory]
    [InlineData("--url", "ftp://news.example.com/a", "--url must be an absolute http or https link")]
    [InlineData("--url", "news.example.com/a", "--url must be an absolute http or https link")]
    [InlineData("--date", "15/07/2025", "--date must be a date such as 2025-07-15, 2025-07 or 2025")]
    [InlineData("--date", "2025-13-01", "--date must be a date such as 2025-07-15, 2025-07 or 2025")]
    public async Task Ingest_ALinkOrDateThatDoesNotParse_IsRefusedPolitely(string option, string value, string message)
    {
        var file = _temp.File("saved.txt", Article);

        var result = await Cli.RunAsync("ingest", "--db", _temp.Database, option, value, file);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain(message);
        result.Error.ShouldContain(value);
        result.ShouldHaveNoStackTrace();
    }

    [Fact]
    public async Task Ingest_ProvenanceForSeveralSources_IsRefusedBeforeAnythingIsAdded()
    {
        var one = _temp.File("in/one.txt", Article);
        _temp.File("in/two.txt", Article.Replace("Priya Raman", "Dev Patel", StringComparison.Ordinal));

        var two = await Cli.RunAsync("ingest", "--db", _temp.Database, "--outlet", "Tech Daily", one, one);
        var folder = await Cli.RunAsync("ingest", "--db", _temp.Database, "--outlet", "Tech Daily", Path.Combine(_temp.Path, "in"));
        var asked = await Cli.RunAsync("ask", "--db", _temp.Database, "/who-left orbital minds");

        two.ExitCode.ShouldBe(1);
        two.Error.ShouldContain("--url, --outlet and --date describe one article");
        folder.ExitCode.ShouldBe(1);
        folder.Error.ShouldContain("holds 2: give one file");
        asked.Output.ShouldNotContain("Priya Raman");
    }
}
