using System.Text.Json;
using TalentBot.Testing;

namespace TalentBot.Cli.Tests;

/// <summary><c>ingest</c> with <c>Llm__*</c> set: the model's checked moves go in beside the rules', marked as the model's.</summary>
public sealed class IngestWithModelTests : IAsyncLifetime, IDisposable
{
    private const string Cole = "Harriet Cole, a safety researcher at Meta, was quietly named head of research at Cascade Robotics.";

    private const string Article = $"""
        Lab shake-up continues at Orbital Minds

        Priya Raman has left Orbital Minds to join Cascade Robotics, two people familiar with the decision said.
        {Cole}
        """;

    private readonly TempFolder _temp = new();
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _temp.Dispose();

    private IEnumerable<KeyValuePair<string, string?>> Model(bool extractMoves = true) =>
    [
        new("Llm:Endpoint", _server.Endpoint.ToString()),
        new("Llm:Model", "scripted-model"),
        new("Llm:RetryDelayMilliseconds", "10"),
        new("Llm:MaxRetries", "0"),
        new("Llm:ExtractMoves", extractMoves ? "true" : "false"),
    ];

    private static FakeReply Proposes(params object[] moves) => FakeReply.Text(JsonSerializer.Serialize(new { moves }));

    [Fact]
    public async Task Ingest_WithAModel_StoresWhatOnlyTheModelFoundMarkedAndReportsWhatWasRejected()
    {
        _server.Enqueue(Proposes(
            new { person = "Harriet Cole", kind = "appointed", from = "Meta", to = "Cascade Robotics", quote = Cole },
            new { person = "Priya Raman", kind = "left", from = "Orbital Minds", to = "Cascade Robotics", quote = "Priya Raman quit Orbital Minds." },
            new { person = "Priya Raman", kind = "poached", from = "Orbital Minds", to = "Cascade Robotics", quote = Cole }));
        var file = _temp.File("in/cole.md", Article);

        var result = await Cli.RunAsync(Model(), "ingest", "--db", _temp.Database, file);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("2 new moves (2 stated, 0 inferred; 1 found only by the model)");
        result.Output.ShouldContain(
            "Model: 3 move(s) proposed for 1 article(s); 1 passed verification (1 not found by the rules); 2 rejected: " +
            "1 quote not verbatim, 0 unknown name, 1 bad kind, 0 malformed, 0 quoting an instruction to the model.");
        result.Output.ShouldNotContain("Model unavailable");
        _server.ChatRequests.Count.ShouldBe(1, "the founding corpus is seeded by the rules alone");

        var asked = await Cli.RunAsync("ask", "--json", "--db", _temp.Database, "/who-joined cascade robotics");
        var moves = JsonDocument.Parse(asked.Output).RootElement.GetProperty("moves").EnumerateArray()
                                .ToDictionary(m => m.GetProperty("person").GetString()!, m => m.GetProperty("model_only").GetBoolean());
        moves.ShouldBe(new Dictionary<string, bool> { ["Harriet Cole"] = true, ["Priya Raman"] = false }, ignoreOrder: true);
        var text = await Cli.RunAsync("ask", "--db", _temp.Database, "/who-joined cascade robotics");
        text.Output.Split('\n').Single(l => l.Contains("Harriet Cole", StringComparison.Ordinal) && l.Contains('→'))
            .ShouldEndWith("found only by the language model");
    }

    [Fact]
    public async Task Ingest_ModelFails_KeepsTheRulesMovesAndSaysTheModelWasUnavailable()
    {
        _server.OnChat = _ => FakeReply.Error(500);
        var file = _temp.File("in/cole.md", Article);

        var result = await Cli.RunAsync(Model(), "ingest", "--db", _temp.Database, file);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("Added 1 article(s) with 1 new move(s) (1 stated, 0 inferred; 0 found only by the model)");
        result.Output.ShouldContain("Model unavailable for 1 article(s) (server error 1); their moves come from the rules alone.");
        result.ShouldHaveNoStackTrace();
        var asked = await Cli.RunAsync("ask", "--db", _temp.Database, "/who-joined cascade robotics");
        asked.Output.ShouldContain("Priya Raman");
    }

    [Fact]
    public async Task Ingest_ExtractMovesOff_AsksNoModelAndPrintsAsWithoutOne()
    {
        var file = _temp.File("in/cole.md", Article);

        var result = await Cli.RunAsync(Model(extractMoves: false), "ingest", "--db", _temp.Database, file);

        result.ExitCode.ShouldBe(0, result.Error);
        _server.ChatRequests.ShouldBeEmpty();
        result.Output.ShouldNotContain("model");
        result.Output.ShouldContain("Added 1 article(s) with 1 new move(s) (1 stated, 0 inferred) and 0 confirmation(s)");
    }

    [Fact]
    public async Task Ingest_WithAnEmbeddingModel_EmbedsEachNewSentenceOnce()
    {
        var file = _temp.File("in/cole.md", Article);
        IEnumerable<KeyValuePair<string, string?>> settings = [.. Model(extractMoves: false), new("Llm:EmbeddingModel", "scripted-embedding")];

        var first = await Cli.RunAsync(settings, "ingest", "--db", _temp.Database, file);
        var embedded = _server.EmbeddingRequests.Sum(r => r.Body!["input"]!.AsArray().Count);
        var second = await Cli.RunAsync(settings, "ingest", "--db", _temp.Database, file);

        first.ExitCode.ShouldBe(0, first.Error);
        var line = first.Output.Split('\n').Single(l => l.StartsWith("Sentence vectors (scripted-embedding): ", StringComparison.Ordinal));
        line.ShouldMatch(@"^Sentence vectors \(scripted-embedding\): (\d+) of \1 sentences\.$");
        second.Output.ShouldContain("already in the knowledge base");
        _server.EmbeddingRequests.Sum(r => r.Body!["input"]!.AsArray().Count).ShouldBe(embedded);
    }
}
