using System.Text.Json;
using TalentBot.Testing;

namespace TalentBot.Cli.Tests;

/// <summary><c>ask</c> with <c>Llm__*</c> set, against a scripted OpenAI-compatible server on loopback.</summary>
public sealed class AskWithModelTests : IAsyncLifetime, IDisposable
{
    private const string Key = "sk-cli-test-key-123";
    private readonly TempFolder _temp = new();
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _temp.Dispose();

    private IEnumerable<KeyValuePair<string, string?>> Model =>
    [
        new("Llm:Endpoint", _server.Endpoint.ToString()),
        new("Llm:Model", "scripted-model"),
        new("Llm:ApiKey", Key),
        new("Llm:RetryDelayMilliseconds", "10"),
    ];

    [Fact]
    public async Task AskJson_WithAModel_KeepsOnlyCitedSentencesAndCitesExactlyWhatTheyPointAt()
    {
        _server.OnChat = request =>
        {
            if (request.ToolResults.Count == 0)
                return FakeReply.ToolCalls(("talentbot-who_left", """{"organisation":"Meta"}"""));
            var evidence = JsonDocument.Parse(request.ToolResults[0]).RootElement.GetProperty("evidence").EnumerateArray()
                .Select(e => e.GetProperty("n").GetInt32()).ToList();
            return FakeReply.Text($"Several researchers left Meta [{evidence[0]}]. Others followed them [{evidence[1]}]. " +
                                  "Meta's stock fell 40% because of it.");
        };

        var result = await Cli.RunAsync(Model, "ask", "--json", "--db", _temp.Database, "Why are researchers leaving Meta?");

        result.ExitCode.ShouldBe(0, result.Error);
        var json = JsonDocument.Parse(result.Output).RootElement;
        json.GetProperty("intent").GetString().ShouldBe("ask");
        json.GetProperty("answer").GetString()!.ShouldNotContain("stock fell");
        var citations = json.GetProperty("citations").EnumerateArray().ToList();
        citations.Count.ShouldBe(2);
        var corpus = Cli.CorpusTexts();
        foreach (var citation in citations)
            corpus.ShouldContain(text => text.Contains(citation.GetProperty("quote").GetString()!));
        json.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).ShouldContain(n => n!.Contains("scripted-model"));
        (result.Output + result.Error).ShouldNotContain(Key);
    }

    [Fact]
    public async Task Ask_WithoutModelSettings_AnswersOfflineAndCallsNoModel()
    {
        var result = await Cli.RunAsync("ask", "--json", "--db", _temp.Database, "Why are researchers leaving Meta?");

        result.ExitCode.ShouldBe(0);
        JsonDocument.Parse(result.Output).RootElement.GetProperty("citations").GetArrayLength().ShouldBeGreaterThan(0);
        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Ask_EmptyEndpoint_AnswersOffline()
    {
        var result = await Cli.RunAsync([new("Llm:Endpoint", ""), new("Llm:Model", "")], "ask", "--db", _temp.Database, "Why are researchers leaving Meta?");

        result.ExitCode.ShouldBe(0, result.Error);
        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Ask_ModelFailing_AnswersOfflineWithANoteAndNeverLeaksTheKey()
    {
        _server.OnChat = _ => FakeReply.Error(500);

        var result = await Cli.RunAsync(Model, "ask", "--db", _temp.Database, "Why are researchers leaving Meta?");

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldContain("could not be reached");
        result.ShouldHaveNoStackTrace();
        (result.Output + result.Error).ShouldNotContain(Key);
    }

    [Fact]
    public async Task Ask_EndpointWithoutModel_NamesTheMissingSetting()
    {
        var result = await Cli.RunAsync([new("Llm:Endpoint", _server.Endpoint.ToString())], "ask", "--db", _temp.Database, "why?");

        result.ExitCode.ShouldBe(78);
        result.Error.ShouldContain("Llm:Model");
        result.ShouldHaveNoStackTrace();
    }
}
