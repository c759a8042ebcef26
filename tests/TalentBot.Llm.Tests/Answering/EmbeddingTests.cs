using Microsoft.Extensions.Logging.Abstractions;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Knowledge;
using TalentBot.Knowledge;
using TalentBot.Testing;

namespace TalentBot.Llm.Tests.Answering;

/// <summary>Sentence vectors: computed once per sentence, kept in the store, fused with the lexical ranking.</summary>
public sealed class EmbeddingTests : IDisposable
{
    private const string Model = "fake-embedding";
    private const string ComputeSentence = "Raman said Meta's compute limits made long-term research hard.";

    private readonly ModelWorld _world = new();

    private static CancellationToken Cancel => new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task PrepareAsync_EmbedsEverySentenceOnceAndKeepsTheVectors()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var model = ModelWorld.Connect(server, ("Llm:EmbeddingModel", Model));
        var sentences = _world.Store.Stats().Sentences;

        var first = await SentenceEmbedding.PrepareAsync(_world.Store, model, NullLogger.Instance, Cancel);
        var requestsAfterFirst = server.EmbeddingRequests.Count;
        var second = await SentenceEmbedding.PrepareAsync(_world.Store, model, NullLogger.Instance, Cancel);

        first.ShouldBe(sentences);
        second.ShouldBe(sentences);
        server.EmbeddingRequests.Count.ShouldBe(requestsAfterFirst);
        server.EmbeddingRequests.Sum(r => r.Body!["input"]!.AsArray().Count).ShouldBe(sentences);
        server.EmbeddingRequests[0].Body!["model"]!.ToString().ShouldBe(Model);
    }

    [Fact]
    public async Task PrepareAsync_VectorsSurviveReopeningTheStore()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var model = ModelWorld.Connect(server, ("Llm:EmbeddingModel", Model));
        await SentenceEmbedding.PrepareAsync(_world.Store, model, NullLogger.Instance, Cancel);
        var path = _world.Store.Path;
        _world.Store.Dispose();
        var requests = server.EmbeddingRequests.Count;

        using var reopened = KnowledgeStore.Open(path, _world.Registry);
        var count = await SentenceEmbedding.PrepareAsync(reopened, model, NullLogger.Instance, Cancel);

        count.ShouldBe(reopened.Stats().Sentences);
        server.EmbeddingRequests.Count.ShouldBe(requests);
    }

    [Fact]
    public async Task Answer_QuestionCloseInMeaningToASentenceWithNoSharedWord_FindsItOnlyWithVectors()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await SentenceEmbedding.PrepareAsync(_world.Store, ModelWorld.Connect(server, ("Llm:EmbeddingModel", Model)), NullLogger.Instance, Cancel);
        const string question = "Why did Priya Raman quit Meta?";
        // The fake embeds by shared words, so the question's vector is set to the sentence's to stand for "close in meaning".
        var embedding = new QueryEmbedding(Model, FakeOpenAiServer.Embed(ComputeSentence));

        var lexical = _world.Answerer.Answer(new AskRequest(question));
        var fused = _world.Answerer.Answer(new AskRequest(question) { Embedding = embedding });

        lexical.Citations.ShouldNotContain(c => c.Citation.Quote == ComputeSentence);
        fused.Citations.ShouldContain(c => c.Citation.Quote == ComputeSentence);
    }

    [Fact]
    public async Task Answer_EmbeddingOfAnotherModel_IsIgnored()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await SentenceEmbedding.PrepareAsync(_world.Store, ModelWorld.Connect(server, ("Llm:EmbeddingModel", Model)), NullLogger.Instance, Cancel);
        var embedding = new QueryEmbedding("another-model", FakeOpenAiServer.Embed(ComputeSentence));

        var reply = _world.Answerer.Answer(new AskRequest("Why do researchers quit Meta?") { Embedding = embedding });

        reply.Citations.ShouldNotContain(c => c.Citation.Quote == ComputeSentence);
    }

    [Fact]
    public async Task AnswerAsync_EachQuestionIsEmbeddedOnceAndNoSentenceAgain()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var model = ModelWorld.Connect(server, ("Llm:EmbeddingModel", Model));
        await SentenceEmbedding.PrepareAsync(_world.Store, model, NullLogger.Instance, Cancel);
        var before = server.EmbeddingRequests.Count;
        server.OnChat = _ => FakeReply.Text("No marker here.");
        var answers = new Llm.Answering.ModelAnswerService(_world.Answerer, _world.Registry, model, TimeProvider.System,
            NullLogger<Llm.Answering.ModelAnswerService>.Instance);

        await answers.AnswerAsync("Why are researchers leaving Meta?", Language.English, Cancel);
        await answers.AnswerAsync("Pourquoi les chercheurs quittent-ils Meta ?", Language.English, Cancel);

        var questions = server.EmbeddingRequests.Skip(before).ToList();
        questions.Count.ShouldBe(2);
        questions.ShouldAllBe(r => r.Body!["input"]!.AsArray().Count == 1);
    }

    [Fact]
    public async Task PrepareAsync_EmbeddingEndpointFailing_LeavesSearchLexicalWithoutThrowing()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnEmbeddings = _ => FakeReply.Error(500);
        var model = ModelWorld.Connect(server, ("Llm:EmbeddingModel", Model), ("Llm:MaxRetries", "0"));

        var count = await SentenceEmbedding.PrepareAsync(_world.Store, model, NullLogger.Instance, Cancel);

        count.ShouldBe(0);
        _world.Answerer.Answer("Why are researchers leaving Meta?").Citations.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task PrepareAsync_NoEmbeddingModel_DoesNothing()
    {
        await using var server = await FakeOpenAiServer.StartAsync();

        var count = await SentenceEmbedding.PrepareAsync(_world.Store, ModelWorld.Connect(server), NullLogger.Instance, Cancel);

        count.ShouldBeNull();
        server.Requests.ShouldBeEmpty();
    }
}
