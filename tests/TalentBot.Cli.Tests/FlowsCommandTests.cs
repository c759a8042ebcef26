using System.Text.Json.Nodes;

namespace TalentBot.Cli.Tests;

/// <summary><c>talentbot flows ORG [--since DATE] [--png FILE] [--json]</c> on the founding corpus.</summary>
public sealed class FlowsCommandTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Flows_PrintsTheCountsThenTheMovesWithTheirSources()
    {
        var result = await Cli.RunAsync("flows", "--db", _temp.Database, "meta");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldStartWith("Who came to and left Meta (every move reported)");
        result.Output.ShouldContain("• xAI: 1 came, 0 left");
        result.Output.ShouldContain("• OpenAI: 0 came, 1 left");
        result.Output.ShouldContain("Ethan Knight");
        result.Output.ShouldContain("Sources:");
        File.Exists(Path.Combine(_temp.Path, "meta.png")).ShouldBeFalse();
    }

    [Fact]
    public async Task Flows_WithAPublicUrl_LinksEachSourceAsAskDoes()
    {
        var settings = new Dictionary<string, string?> { ["Serve:PublicUrl"] = "https://talentbot.example.com/" };

        var text = await Cli.RunAsync(settings, "flows", "--db", _temp.Database, "meta");
        var json = await Cli.RunAsync(settings, "flows", "--db", _temp.Database, "meta", "--json");

        text.ExitCode.ShouldBe(0, text.Error);
        text.Output.ShouldContain("https://talentbot.example.com/sources/");
        JsonNode.Parse(json.Output)!["citations"]!.AsArray()
            .ShouldAllBe(c => ((string)c!["link"]!).StartsWith("https://talentbot.example.com/sources/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Png_WritesThePicture()
    {
        var png = Path.Combine(_temp.Path, "meta.png");

        var result = await Cli.RunAsync("flows", "--db", _temp.Database, "meta", "--png", png);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldContain("Wrote the picture to " + png);
        File.ReadAllBytes(png)[..8].ShouldBe(PngSignature);
    }

    [Fact]
    public async Task Json_IsOneObjectWithTheBars()
    {
        var result = await Cli.RunAsync("flows", "--db", _temp.Database, "--json", "--since", "2025", "メタ");

        result.ExitCode.ShouldBe(0, result.Error);
        var json = JsonNode.Parse(result.Output)!;
        ((string)json["intent"]!).ShouldBe("flows");
        ((string)json["language"]!).ShouldBe("ja");
        ((string)json["flows"]!["period"]!).ShouldBe("2025以降");
        json["flows"]!["bars"]!.AsArray().Count.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("meta", "2025-13", "'2025-13' is not a date I can read")]
    [InlineData("Zorglub", null, "I don't know an organisation called 'Zorglub'.")]
    public async Task BadInput_ExitsOne_WithAPoliteMessage(string organisation, string? since, string message)
    {
        string[] args = since is null ? ["flows", "--db", _temp.Database, organisation] : ["flows", "--db", _temp.Database, organisation, "--since", since];

        var result = await Cli.RunAsync(args);

        result.ExitCode.ShouldBe(1);
        result.Output.ShouldContain(message);
        result.Error.ShouldNotContain("Exception");
    }
}
