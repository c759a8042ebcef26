using System.Text.RegularExpressions;
using TalentBot.Core;
using TalentBot.Core.Replies;
using TalentBot.Testing;

namespace TalentBot.Llm.Tests.Answering;

public sealed partial class ModelAnswerTests(ModelWorld world) : IClassFixture<ModelWorld>
{
    /// <summary>A test that hangs fails after a minute instead of stalling the suite.</summary>
    private static CancellationToken Cancel => new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    [Fact]
    public async Task AnswerAsync_ModelCitesWhatToolsReturned_KeepsProseAndExactlyTheCitedSources()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnChat = request => request.ToolResults.Count == 0
            ? FakeReply.ToolCalls(Script.Call("who_left", new { organisation = "Meta" }), Script.Call("search_evidence", new { query = "Meta compute limits" }))
            : FakeReply.Text($"Priya Raman left Meta for OpenAI in March 2026 [{Script.NumberOf(request, "Priya Raman left")}]. " +
                             $"She blamed Meta's compute limits [{Script.NumberOf(request, "compute limits")}].");

        var reply = await world.ModelAnswers(server).AnswerAsync("Why are researchers leaving Meta?", Language.English, Cancel);

        reply.Outcome.ShouldBe(ReplyOutcome.Answered);
        reply.Answer.ShouldBe("Priya Raman left Meta for OpenAI in March 2026 [1]. She blamed Meta's compute limits [2].");
        reply.Citations.Select(c => c.Citation.Quote).ShouldBe(
        [
            "Priya Raman left Meta for OpenAI in March 2026.",
            "Raman said Meta's compute limits made long-term research hard.",
        ]);
        reply.Notes.ShouldHaveSingleItem().Kind.ShouldBe(ReplyNoteKind.Model);
        reply.Text.ShouldContain("fake-model");
        reply.Text.ShouldContain("https://example.com/raman");
    }

    [Fact]
    public async Task AnswerAsync_SentenceWithoutMarker_IsDroppedAndTheReplySaysSo()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnChat = request => request.ToolResults.Count == 0
            ? FakeReply.ToolCalls(Script.Call("who_left", new { organisation = "Meta" }))
            : FakeReply.Text($"Priya Raman left Meta for OpenAI [{Script.NumberOf(request, "Priya Raman left")}]. " +
                             $"Tom Becker went to Anthropic [{Script.NumberOf(request, "Tom Becker")}]. " +
                             "Meta plans to hire 500 researchers next year.");

        var reply = await world.ModelAnswers(server).AnswerAsync("Who is leaving Meta and why?", Language.English, Cancel);

        reply.Answer.ShouldBe("Priya Raman left Meta for OpenAI [1]. Tom Becker went to Anthropic [2].");
        reply.Notes.Count(n => n.Kind == ReplyNoteKind.Model).ShouldBe(2);
        reply.Text.ShouldContain("1 sentence the model could not back with a source was removed.");
    }

    [Fact]
    public async Task AnswerAsync_MarkerPointingAtEvidenceNeverReturned_DropsTheSentence()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnChat = request => request.ToolResults.Count == 0
            ? FakeReply.ToolCalls(Script.Call("who_left", new { organisation = "Meta" }))
            : FakeReply.Text($"Priya Raman left Meta [{Script.NumberOf(request, "Priya Raman left")}]. " +
                             $"Tom Becker left Meta for Anthropic [{Script.NumberOf(request, "Tom Becker")}]. " +
                             "Meta lost its whole research team [42].");

        var reply = await world.ModelAnswers(server).AnswerAsync("What happened at Meta?", Language.English, Cancel);

        reply.Answer.ShouldBe("Priya Raman left Meta [1]. Tom Becker left Meta for Anthropic [2].");
        reply.Citations.Count.ShouldBe(2);
    }

    [Fact]
    public async Task AnswerAsync_MarkerOnEvidenceAboutSomeoneElse_DropsTheSentence()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnChat = request => request.ToolResults.Count == 0
            ? FakeReply.ToolCalls(Script.Call("who_left", new { organisation = "Meta" }))
            : FakeReply.Text($"Priya Raman left Meta for OpenAI [{Script.NumberOf(request, "Priya Raman left")}]. " +
                             $"Tom Becker left Meta for Anthropic [{Script.NumberOf(request, "Tom Becker")}]. " +
                             $"Google also hired Lucas Moreau [{Script.NumberOf(request, "Priya Raman left")}].");

        var reply = await world.ModelAnswers(server).AnswerAsync("Who left Meta?", Language.English, Cancel);

        reply.Answer.ShouldNotBeNull().ShouldNotContain("Lucas Moreau");
        reply.Text.ShouldContain("1 sentence the model could not back");
    }

    [Fact]
    public async Task AnswerAsync_NothingGrounded_FallsBackToTheOfflineAnswerWithANote()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnChat = request => request.ToolResults.Count == 0
            ? FakeReply.ToolCalls(Script.Call("search_evidence", new { query = "Meta researchers" }))
            : FakeReply.Text("Meta is losing researchers because of culture. Everyone knows this.");

        var reply = await world.ModelAnswers(server).AnswerAsync("Why are researchers leaving Meta?", Language.English, Cancel);
        var offline = world.Answerer.Answer("Why are researchers leaving Meta?");

        reply.Answer.ShouldBeNull();
        reply.Citations.ShouldBe(offline.Citations);
        reply.Notes.Last().Text.ShouldBe("The language model’s answer was not backed by the sources, so this answer comes straight from them.");
        reply.Text.Replace(reply.Notes.Last().Text + "\n", "", StringComparison.Ordinal).ShouldBe(offline.Text);
    }

    [Fact]
    public async Task AnswerAsync_JapaneseQuestion_AnswersInJapaneseWithFullWidthMarkersRenumbered()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnChat = request => request.ToolResults.Count == 0
            ? FakeReply.ToolCalls(Script.Call("moves_of", new { person = "田中健二" }))
            : FakeReply.Text($"田中健二氏はメタを退社し、オープンAIに移籍しました［{Script.NumberOf(request, "田中健二")}］。");

        var reply = await world.ModelAnswers(server).AnswerAsync("なぜ田中健二はメタを辞めたのですか？", Language.English, Cancel);

        reply.Language.ShouldBe(Language.Japanese);
        reply.Answer.ShouldBe("田中健二氏はメタを退社し、オープンAIに移籍しました[1]。");
        reply.Citations.ShouldHaveSingleItem().Citation.Language.ShouldBe(Language.Japanese);
        server.ChatRequests[0].Messages[0]["content"]!.ToString().ShouldContain("Answer in Japanese");
    }

    [Fact]
    public async Task AnswerAsync_FrenchAndItalianEvidence_CitedFromAnEnglishAnswer()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnChat = request => request.ToolResults.Count < 2
            ? FakeReply.ToolCalls(Script.Call("who_joined", new { organisation = "Anthropic" }), Script.Call("who_joined", new { organisation = "Meta" }))
            : FakeReply.Text($"Lucas Moreau moved from Google DeepMind to Anthropic [{Script.NumberOf(request, "Lucas Moreau")}]. " +
                             $"Giulia Conti left OpenAI for Meta [{Script.NumberOf(request, "Giulia Conti")}].");

        var reply = await world.ModelAnswers(server).AnswerAsync("/ask who joined Anthropic and Meta recently?", Language.English, Cancel);

        reply.Citations.Select(c => c.Citation.Language).ShouldBe([Language.French, Language.Italian]);
        reply.Citations[0].Citation.Quote.ShouldStartWith("Lucas Moreau a quitté Google DeepMind");
    }

    [Fact]
    public async Task AnswerAsync_SlashCommand_NeverCallsTheModel()
    {
        await using var server = await FakeOpenAiServer.StartAsync();

        var reply = await world.ModelAnswers(server).AnswerAsync("/who-left meta", Language.English, Cancel);

        reply.Outcome.ShouldBe(ReplyOutcome.Answered);
        reply.Answer.ShouldBeNull();
        server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnswerAsync_InvalidInput_IsRefusedWithoutTheModel()
    {
        await using var server = await FakeOpenAiServer.StartAsync();

        var reply = await world.ModelAnswers(server).AnswerAsync(new string('x', 2000), Language.English, Cancel);

        reply.Outcome.ShouldBe(ReplyOutcome.InvalidRequest);
        server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnswerAsync_OffersTheFourStoreTools()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeReply.Text("Nothing [1]."));

        await world.ModelAnswers(server).AnswerAsync("Who is moving?", Language.English, Cancel);

        server.ChatRequests[0].ToolNames.Order().ShouldBe(
            ["talentbot-moves_of", "talentbot-search_evidence", "talentbot-who_joined", "talentbot-who_left"]);
    }

    [Fact]
    public async Task AnswerAsync_CallerCancels_CancellationPropagatesInsteadOfAFallback()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeReply.Text("late").After(TimeSpan.FromSeconds(30)));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Cancel);

        var answering = world.ModelAnswers(server).AnswerAsync("Who is moving?", Language.English, cancel.Token);
        await server.WaitForChatRequestsAsync(1);
        await cancel.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(answering);
    }
}
