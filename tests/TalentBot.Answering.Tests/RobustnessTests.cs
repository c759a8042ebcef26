using TalentBot.Answering.Tests.Support;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Answering.Tests;

public sealed class RobustnessTests
{
    private readonly QuestionAnswerer _answerer = new(Corpus.KnowledgeBase(), Corpus.Clock);

    public static TheoryData<string> OddInputs => new(
        "/", "//", "/ ", "/-", "/who-left     ", "?", "？！", "...", "\0", "🤖🤖", "/who-left 🤖", "who left ?",
        "who left", "Metaを", "を辞めたのは誰", "誰が", "qui a quitté", "chi ha lasciato ?", "/ask ?", "/moves ・",
        "'; DROP TABLE moves; --", "((((((((((((((((((((", new string('a', 5000), new string('メ', CommandParser.MaxInputLength),
        string.Concat(Enumerable.Repeat("who left Meta ", 70)));

    [Theory]
    [MemberData(nameof(OddInputs))]
    public void Answer_OddInput_RepliesWithoutThrowing(string input)
    {
        var reply = _answerer.Answer(input);

        reply.Text.ShouldNotBeNullOrWhiteSpace();
    }

    // Built at run time: test data serialisation would replace a lone surrogate before the test saw it.
    [Fact]
    public void Answer_IllFormedUtf16_RepliesWithoutThrowing()
    {
        string[] inputs = ["\uD800", "who left Meta\uD83E?", "\uDC00/moves Chaya", "/who-left Me\uDBFFta", "メタ\uD800を辞めたのは誰"];

        foreach (var input in inputs) _answerer.Answer(input).Text.ShouldNotBeNullOrWhiteSpace();
        _answerer.Answer(new WhoLeftRequest("\uD800")).Outcome.ShouldBe(ReplyOutcome.InvalidRequest);
        _answerer.Answer(new MovesRequest("Chaya\uDC00")).Outcome.ShouldBe(ReplyOutcome.InvalidRequest);
        _answerer.Answer(new AskRequest("\uD800 Meta")).Text.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Answer_TooLongInput_RefusesPolitely()
    {
        var reply = _answerer.Answer(new string('a', CommandParser.MaxInputLength + 1));

        reply.Outcome.ShouldBe(ReplyOutcome.InvalidRequest);
        reply.Text.ShouldBe($"That is too long; please keep it under {CommandParser.MaxInputLength} characters.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Answer_TypedRequestWithBlankArgument_RefusesInsteadOfThrowing(string blank)
    {
        _answerer.Answer(new WhoLeftRequest(blank)).Outcome.ShouldBe(ReplyOutcome.InvalidRequest);
        _answerer.Answer(new MovesRequest(blank)).Outcome.ShouldBe(ReplyOutcome.InvalidRequest);
        _answerer.Answer(new AskRequest(blank)).Outcome.ShouldBe(ReplyOutcome.InvalidRequest);
    }

    [Fact]
    public void Answer_CalledFromManyThreads_GivesTheSameRepliesAsOneThread()
    {
        string[] inputs =
        [
            "who left Meta?", "qui a rejoint OpenAI", "/moves Chaya Nayak", "/who-left Mta", "Pourquoi Meta a-t-elle gelé les embauches ?",
            "/who-left OpenAI", "メタが研究者の採用を凍結した理由は？", "/help",
        ];
        var expected = inputs.Select(i => _answerer.Answer(i).Text).ToArray();

        var actual = new string[inputs.Length * 50];
        Parallel.For(0, actual.Length, i => actual[i] = _answerer.Answer(inputs[i % inputs.Length]).Text);

        for (var i = 0; i < actual.Length; i++) actual[i].ShouldBe(expected[i % inputs.Length]);
    }
}
