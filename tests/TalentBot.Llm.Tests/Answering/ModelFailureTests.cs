using Microsoft.Extensions.Time.Testing;
using TalentBot.Core;
using TalentBot.Core.Replies;
using TalentBot.Testing;

namespace TalentBot.Llm.Tests.Answering;

/// <summary>Every way the model can fail ends in the offline answer, with a note, within the budget.</summary>
public sealed class ModelFailureTests(ModelWorld world) : IClassFixture<ModelWorld>
{
    private const string Question = "Why are researchers leaving Meta?";

    private static CancellationToken Cancel => new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    [Fact]
    public async Task AnswerAsync_429WithShortRetryAfter_RetriesAndAnswers()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeReply.Error(429, retryAfter: "1"));
        server.OnChat = GroundedAnswer;

        var reply = await world.ModelAnswers(server).AnswerAsync(Question, Language.English, Cancel);

        reply.Answer.ShouldNotBeNull();
        server.ChatRequests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task AnswerAsync_429WithRetryAfterBeyondTheBudget_FallsBackWithoutWaiting()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeReply.Error(429, retryAfter: "3600"));

        var reply = await world.ModelAnswers(server).AnswerAsync(Question, Language.English, Cancel);

        AssertFallback(reply, "The language model is busy (rate limited), so this answer comes straight from the sources.");
        server.ChatRequests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task AnswerAsync_Persistent5xx_RetriesABoundedNumberOfTimesThenFallsBack()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnChat = _ => FakeReply.Error(503);

        var reply = await world.ModelAnswers(server, null, ("Llm:MaxRetries", "2")).AnswerAsync(Question, Language.English, Cancel);

        AssertFallback(reply, "The language model could not be reached, so this answer comes straight from the sources.");
        server.ChatRequests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task AnswerAsync_OneTransient500_IsRetried()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeReply.Error(500));
        server.OnChat = GroundedAnswer;

        var reply = await world.ModelAnswers(server).AnswerAsync(Question, Language.English, Cancel);

        reply.Answer.ShouldNotBeNull();
    }

    [Fact]
    public async Task AnswerAsync_UnauthorisedKey_FallsBackAndIsNotRetried()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnChat = _ => FakeReply.Error(401);

        var reply = await world.ModelAnswers(server).AnswerAsync(Question, Language.English, Cancel);

        AssertFallback(reply, "The language model could not be reached, so this answer comes straight from the sources.");
        server.ChatRequests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task AnswerAsync_GarbageBody_FallsBackAsMalformed()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeReply.Raw(200, "<html>upstream proxy error</html>"));

        var reply = await world.ModelAnswers(server).AnswerAsync(Question, Language.English, Cancel);

        AssertFallback(reply, "The language model replied in a form I could not use, so this answer comes straight from the sources.");
    }

    [Fact]
    public async Task AnswerAsync_EmptyAssistantMessage_FallsBackAsMalformed()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeReply.Text(""));

        var reply = await world.ModelAnswers(server).AnswerAsync(Question, Language.English, Cancel);

        AssertFallback(reply, "The language model replied in a form I could not use, so this answer comes straight from the sources.");
    }

    [Fact]
    public async Task AnswerAsync_EndpointDown_FallsBackAsUnavailable()
    {
        var server = await FakeOpenAiServer.StartAsync();
        var answers = world.ModelAnswers(server, null, ("Llm:MaxRetries", "0"));
        await server.DisposeAsync();

        var reply = await answers.AnswerAsync(Question, Language.English, Cancel);

        AssertFallback(reply, "The language model could not be reached, so this answer comes straight from the sources.");
    }

    [Fact]
    public async Task AnswerAsync_ModelSlowerThanTheBudget_FallsBackWhenTheBudgetEnds()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeReply.Text("too late").After(TimeSpan.FromSeconds(30)));
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);

        var answering = world.ModelAnswers(server, time, ("Llm:TimeoutSeconds", "10")).AnswerAsync(Question, Language.English, Cancel);
        await server.WaitForChatRequestsAsync(1);
        time.Advance(TimeSpan.FromSeconds(10));
        var reply = await answering;

        AssertFallback(reply, "The language model took too long, so this answer comes straight from the sources.");
    }

    [Fact]
    public async Task AnswerAsync_ModelKeepsCallingTools_StopsAfterTheRoundLimit()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnChat = _ => FakeReply.ToolCalls(Script.Call("who_left", new { organisation = "Meta" }));

        var reply = await world.ModelAnswers(server, null, ("Llm:MaxToolRounds", "3")).AnswerAsync(Question, Language.English, Cancel);

        AssertFallback(reply, "The language model replied in a form I could not use, so this answer comes straight from the sources.");
        server.ChatRequests.Count.ShouldBe(4);
    }

    [Fact]
    public async Task AnswerAsync_CallToAToolThatDoesNotExist_IsReportedToTheModelWhichCanRecover()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeReply.ToolCalls(("talentbot-delete_everything", "{}")));
        server.OnChat = request => request.ToolResults.Count == 1
            ? FakeReply.ToolCalls(Script.Call("who_left", new { organisation = "Meta" }))
            : FakeReply.Text($"Priya Raman left Meta for OpenAI [{Script.NumberOf(request, "Priya Raman left")}].");

        var reply = await world.ModelAnswers(server).AnswerAsync(Question, Language.English, Cancel);

        reply.Answer.ShouldBe("Priya Raman left Meta for OpenAI [1].");
    }

    [Fact]
    public async Task AnswerAsync_ToolArgumentsThatAreNotJson_DoNotBreakTheAnswer()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnChat = request => request.Messages.Count(m => (string?)m["role"] == "tool") switch
        {
            0 => FakeReply.ToolCalls(("talentbot-who_left", "{organisation: Meta")),
            1 => FakeReply.ToolCalls(Script.Call("who_left", new { organisation = "Meta" })),
            _ => FakeReply.Text($"Tom Becker left Meta for Anthropic [{Script.NumberOf(request, "Tom Becker")}]."),
        };

        var reply = await world.ModelAnswers(server).AnswerAsync(Question, Language.English, Cancel);

        reply.Answer.ShouldBe("Tom Becker left Meta for Anthropic [1].");
    }

    [Fact]
    public async Task AnswerAsync_SendsTheKeyAsBearerToOpenAI()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnChat = GroundedAnswer;

        await world.ModelAnswers(server).AnswerAsync(Question, Language.English, Cancel);

        server.ChatRequests[0].Headers["Authorization"].ShouldBe("Bearer sk-test-secret");
    }

    [Fact]
    public async Task AnswerAsync_AzureProvider_SendsTheKeyAsApiKeyHeaderOnly()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnChat = GroundedAnswer;

        await world.ModelAnswers(server, null, ("Llm:Provider", "AzureOpenAI")).AnswerAsync(Question, Language.English, Cancel);

        server.ChatRequests[0].Headers["api-key"].ShouldBe("sk-test-secret");
        server.ChatRequests[0].Headers.ContainsKey("Authorization").ShouldBeFalse();
    }

    [Fact]
    public async Task AnswerAsync_NoKey_SendsNoCredentialAtAll()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnChat = GroundedAnswer;

        await world.ModelAnswers(server, null, ("Llm:ApiKey", "")).AnswerAsync(Question, Language.English, Cancel);

        server.ChatRequests[0].Headers.ContainsKey("Authorization").ShouldBeFalse();
        server.ChatRequests[0].Headers.ContainsKey("api-key").ShouldBeFalse();
    }

    /// <summary>A well-behaved model: looks up Meta's leavers, then cites one.</summary>
    private static FakeReply GroundedAnswer(RecordedRequest request) => request.ToolResults.Count == 0
        ? FakeReply.ToolCalls(Script.Call("who_left", new { organisation = "Meta" }))
        : FakeReply.Text($"Priya Raman left Meta for OpenAI [{Script.NumberOf(request, "Priya Raman left")}].");

    private void AssertFallback(Reply reply, string note)
    {
        reply.Answer.ShouldBeNull();
        reply.Notes.Last().ShouldBe(new ReplyNote(ReplyNoteKind.Model, note));
        reply.Citations.ShouldBe(world.Answerer.Answer(Question).Citations);
    }
}
