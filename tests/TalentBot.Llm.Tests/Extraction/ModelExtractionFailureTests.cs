using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using TalentBot.Core.Extraction;
using TalentBot.Llm.Extraction;
using TalentBot.Testing;
using static TalentBot.Llm.Tests.Extraction.ExtractionWorld;

namespace TalentBot.Llm.Tests.Extraction;

/// <summary>Whatever goes wrong with the model, the article keeps exactly the rules' facts, and the failure is counted by kind.</summary>
public sealed class ModelExtractionFailureTests
{
    private const string Text = "Nadia Petrova has left OpenAI to join Anthropic, the company said.\nShe starts next week.";

    private static readonly (string, string) NoRetries = ("Llm:MaxRetries", "0");

    private static async Task AssertRulesKeptAsync(ModelMoveExtractor extractor, ModelFailure failure)
    {
        var article = Article(Text);
        var rules = Rules.Extract(article);

        var enriched = await extractor.EnrichAsync(article, rules, Cancel);

        enriched.ShouldBeSameAs(rules);
        rules.Moves.ShouldNotBeEmpty();
        var summary = extractor.Summary;
        summary.Failures.Where(f => f.Value > 0).ShouldBe([new KeyValuePair<ModelFailure, int>(failure, 1)]);
        (summary.Articles, summary.Unavailable, summary.Proposed).ShouldBe((1, 1, 0));
    }

    [Fact]
    public async Task EnrichAsync_429_KeepsTheRulesFactsAndCountsRateLimited()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeReply.Error(429, retryAfter: "1"));

        await AssertRulesKeptAsync(Extractor(server, settings: NoRetries), ModelFailure.RateLimited);
    }

    [Fact]
    public async Task EnrichAsync_429WithRetryAfterBeyondHalfTheBudget_FailsWithoutWaiting()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnChat = _ => FakeReply.Error(429, retryAfter: "3600");

        await AssertRulesKeptAsync(Extractor(server), ModelFailure.RateLimited);
        server.ChatRequests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task EnrichAsync_Persistent500_RetriesABoundedNumberOfTimesThenKeepsTheRulesFacts()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnChat = _ => FakeReply.Error(500);

        await AssertRulesKeptAsync(Extractor(server, settings: ("Llm:MaxRetries", "2")), ModelFailure.ServerError);
        server.ChatRequests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task EnrichAsync_OneTransient503_IsRetriedAndTheProposalUsed()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeReply.Error(503), Proposes(new
        {
            person = "Nadia Petrova", kind = "left", from = "OpenAI", to = "Anthropic",
            quote = "Nadia Petrova has left OpenAI to join Anthropic, the company said.",
        }));
        var extractor = Extractor(server);

        await extractor.EnrichAsync(Article(Text), Rules.Extract(Article(Text)), Cancel);

        (extractor.Summary.Unavailable, extractor.Summary.Accepted).ShouldBe((0, 1));
        server.ChatRequests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task EnrichAsync_401_IsRefusedNotRetried()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnChat = _ => FakeReply.Error(401);

        await AssertRulesKeptAsync(Extractor(server), ModelFailure.Refused);
        server.ChatRequests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task EnrichAsync_NoReplyWithinTheBudget_TimesOutOnTheInjectedClock()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeReply.Text("""{"moves":[]}""").After(TimeSpan.FromMinutes(5)));
        var time = new FakeTimeProvider();
        var extractor = Extractor(server, time, ("Llm:TimeoutSeconds", "30"));
        var article = Article(Text);
        var rules = Rules.Extract(article);

        var enriching = extractor.EnrichAsync(article, rules, Cancel);
        await server.WaitForChatRequestsAsync(1);
        time.Advance(TimeSpan.FromSeconds(30));

        (await enriching.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBeSameAs(rules);
        extractor.Summary.Failures[ModelFailure.Timeout].ShouldBe(1);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("""{"choices": "nope"}""")]
    [InlineData("<html><body>Bad gateway</body></html>")]
    public async Task EnrichAsync_BodyThatIsNotAChatCompletion_KeepsTheRulesFactsAndCountsMalformed(string body)
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeReply.Raw(200, body));

        await AssertRulesKeptAsync(Extractor(server, settings: NoRetries), ModelFailure.Malformed);
    }

    [Fact]
    public async Task EnrichAsync_EndpointDown_KeepsTheRulesFactsAndCountsUnreachable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        await AssertRulesKeptAsync(Extractor(new Uri($"http://127.0.0.1:{port}/v1/"), settings: NoRetries), ModelFailure.Unreachable);
    }

    [Fact]
    public async Task EnrichAsync_CallerCancels_Propagates()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeReply.Text("""{"moves":[]}""").After(TimeSpan.FromMinutes(5)));
        var extractor = Extractor(server);
        using var cancellation = new CancellationTokenSource();
        var article = Article(Text);

        var enriching = extractor.EnrichAsync(article, Rules.Extract(article), cancellation.Token);
        await server.WaitForChatRequestsAsync(1);
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => enriching.WaitAsync(TimeSpan.FromSeconds(10)));
        extractor.Summary.Unavailable.ShouldBe(0);
    }
}
