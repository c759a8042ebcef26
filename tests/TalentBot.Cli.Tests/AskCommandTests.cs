using System.Text.Json;

namespace TalentBot.Cli.Tests;

public sealed class AskCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Ask_WhoLeftMetaOnANewStore_BuildsItFromTheCorpusAndCitesEveryone()
    {
        var result = await Cli.RunAsync("ask", "--db", _temp.Database, "/who-left meta");

        result.ExitCode.ShouldBe(0);
        result.Error.ShouldContain("Building the knowledge base");
        foreach (var person in new[] { "Ethan Knight", "Avi Verma", "Rishabh Agarwal", "Shengjia Zhao", "Chaya Nayak" })
            result.Output.ShouldContain(person);
        result.Output.ShouldContain("[1]");
        File.Exists(_temp.Database).ShouldBeTrue();
    }

    [Fact]
    public async Task Ask_SecondCall_ReusesTheStore()
    {
        await Cli.RunAsync("ask", "--db", _temp.Database, "/who-left meta");

        var second = await Cli.RunAsync("ask", "--db", _temp.Database, "/who-joined openai");

        second.ExitCode.ShouldBe(0);
        second.Error.ShouldNotContain("Building the knowledge base");
    }

    [Fact]
    public async Task Ask_OrganisationWithNothingInTheCorpus_SaysSoPlainly()
    {
        var result = await Cli.RunAsync("ask", "--db", _temp.Database, "/who-left nvidia");

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldContain("NVIDIA");
        result.Output.ShouldNotContain("[1]");
    }

    [Fact]
    public async Task AskJson_WhoLeftMeta_FollowsTheContractWithVerbatimQuotes()
    {
        var result = await Cli.RunAsync("ask", "--json", "--db", _temp.Database, "/who-left meta");

        result.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        foreach (var field in new[] { "answer", "intent", "language", "moves", "counts", "citations" })
            root.TryGetProperty(field, out _).ShouldBeTrue($"missing '{field}'");
        root.GetProperty("intent").GetString().ShouldBe("who_left");
        root.GetProperty("language").GetString().ShouldBe("en");

        var moves = root.GetProperty("moves").EnumerateArray().ToList();
        moves.ShouldNotBeEmpty();
        foreach (var move in moves)
        {
            foreach (var field in new[] { "person", "from", "to", "kind", "when", "amount", "citations" })
                move.TryGetProperty(field, out _).ShouldBeTrue($"a move is missing '{field}'");
            move.GetProperty("citations").GetArrayLength().ShouldBeGreaterThan(0);
        }

        var corpus = Cli.CorpusTexts();
        var citations = root.GetProperty("citations").EnumerateArray().ToList();
        citations.ShouldNotBeEmpty();
        foreach (var citation in citations)
        {
            foreach (var field in new[] { "article", "title", "url", "language", "quote" })
                citation.TryGetProperty(field, out _).ShouldBeTrue($"a citation is missing '{field}'");
            var quote = citation.GetProperty("quote").GetString()!;
            corpus.Any(text => text.Contains(quote, StringComparison.Ordinal)).ShouldBeTrue($"not verbatim: {quote}");
        }
    }

    [Fact]
    public async Task AskJson_IsExactlyOneJsonObjectOnStandardOutput()
    {
        var result = await Cli.RunAsync("ask", "--json", "--db", _temp.Database, "Why are researchers leaving Meta?");

        result.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.ValueKind.ShouldBe(JsonValueKind.Object);
        json.RootElement.GetProperty("intent").GetString().ShouldBe("ask");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Ask_EmptyQuestion_FailsWithOneClearLine(string question)
    {
        var result = await Cli.RunAsync("ask", "--db", _temp.Database, question);

        result.ExitCode.ShouldBe(1);
        result.Error.Trim().ShouldNotContain('\n');
        result.Error.ShouldContain("Ask a question");
        result.ShouldHaveNoStackTrace();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AskJson_EmptyQuestion_IsExactlyOneInvalidRequestObject(string question)
    {
        var result = await Cli.RunAsync("ask", "--json", "--db", _temp.Database, question);

        result.ExitCode.ShouldBe(1);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("outcome").GetString().ShouldBe("invalid_request");
        json.RootElement.GetProperty("intent").GetString().ShouldBe("ask");
        json.RootElement.GetProperty("answer").GetString().ShouldBe("Please ask a question, for example: who left Meta?");
        result.Error.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/who-left メタ", "ja", "answered", "Metaを辞めた人")]
    [InlineData("/moves Zorglub Quatremains", "en", "invalid_request", "I don't know anyone called 'Zorglub Quatremains'.")]
    public async Task AskJson_WhatTheQuestionDoesNotSettle_IsInTheLanguageOfItsWords(string question, string language, string outcome, string starts)
    {
        var result = await Cli.RunAsync("ask", "--json", "--db", _temp.Database, question);

        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("language").GetString().ShouldBe(language);
        json.RootElement.GetProperty("outcome").GetString().ShouldBe(outcome);
        json.RootElement.GetProperty("answer").GetString()!.ShouldStartWith(starts);
    }

    [Fact]
    public async Task Ask_FrenchQuestionTooLong_IsRefusedInFrench()
    {
        var question = "Pourquoi les chercheurs quittent-ils Meta pour rejoindre les laboratoires concurrents ? " + new string('x', 1000);

        var result = await Cli.RunAsync("ask", "--json", "--db", _temp.Database, question);

        result.ExitCode.ShouldBe(1);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("language").GetString().ShouldBe("fr");
        json.RootElement.GetProperty("answer").GetString()!.ShouldStartWith("C'est trop long");
    }

    [Fact]
    public async Task Ask_UnknownOrganisation_FailsPolitelyWithoutGuessing()
    {
        var result = await Cli.RunAsync("ask", "--db", _temp.Database, "/who-left zzyzx-labs");

        result.ExitCode.ShouldBe(1);
        result.Output.ShouldContain("zzyzx-labs");
        result.ShouldHaveNoStackTrace();
    }

    [Fact]
    public async Task Ask_StoreFileIsNotAStore_SaysSoInOneLine()
    {
        _temp.File("data/talentbot.db", new string('x', 20_000));

        var result = await Cli.RunAsync("ask", "--db", _temp.Database, "/who-left meta");

        result.ExitCode.ShouldBe(69);
        result.Error.ShouldContain("Could not open the knowledge base");
        result.ShouldHaveNoStackTrace();
    }

    [Fact]
    public async Task Ask_QuestionInEachLanguage_AnswersInThatLanguage()
    {
        foreach (var (question, language) in new[]
                 {
                     ("Qui a quitté Meta ?", "fr"),
                     ("Chi ha lasciato Meta?", "it"),
                     ("Metaを辞めたのは誰？", "ja"),
                     ("Who left Meta?", "en"),
                 })
        {
            var result = await Cli.RunAsync("ask", "--json", "--db", _temp.Database, question);

            using var json = JsonDocument.Parse(result.Output);
            json.RootElement.GetProperty("language").GetString().ShouldBe(language, question);
        }
    }
}
