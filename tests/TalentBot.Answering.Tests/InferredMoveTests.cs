using System.Text.Json;
using TalentBot.Answering.Tests.Support;
using TalentBot.Core;

namespace TalentBot.Answering.Tests;

/// <summary>A move the articles only let us infer is marked as such, in text and in JSON; a stated one is not.</summary>
public sealed class InferredMoveTests
{
    private static FakeKnowledgeBase KnowledgeBase()
    {
        var kb = new FakeKnowledgeBase(Corpus.Registry);
        kb.Moves.Add(Corpus.Move("m-nayak", Corpus.ChayaNayak, MoveKind.Left, Corpus.Meta, Corpus.Google, null, null, Corpus.NayakFr)
                     with { Confidence = MoveConfidence.InferredBy(InferenceReason.GuessedRole, InferenceReason.Coreference) });
        kb.Moves.Add(Corpus.Move("m-roe", Corpus.JaneRoe, MoveKind.Left, Corpus.Meta, Corpus.DeepMind, null, null, Corpus.RoeEn));
        return kb;
    }

    [Theory]
    [InlineData("/who-left Meta", "inferred from context")]
    [InlineData("Qui a quitté Meta ?", "déduit du contexte")]
    [InlineData("Chi ha lasciato Meta?", "dedotto dal contesto")]
    [InlineData("Metaを辞めたのは誰？", "文脈から推定")]
    public void Answer_InferredMove_IsMarkedInTheRepliesLanguageAndOnlyOnItsLine(string question, string marker)
    {
        var text = new QuestionAnswerer(KnowledgeBase(), Corpus.Clock).Answer(question).Text;

        var lines = text.Split('\n');
        lines.Single(l => l.Contains("Chaya Nayak", StringComparison.Ordinal) && l.Contains('→')).ShouldEndWith(" · " + marker);
        lines.Single(l => l.Contains("Jane Roe", StringComparison.Ordinal) && l.Contains('→')).ShouldNotContain(marker);
    }

    [Fact]
    public void Answer_InferredMoveFoundOnlyByTheModel_CarriesBothRemarks()
    {
        var kb = new FakeKnowledgeBase(Corpus.Registry);
        kb.Moves.Add(Corpus.Move("m-nayak", Corpus.ChayaNayak, MoveKind.Left, Corpus.Meta, Corpus.Google, null, null, Corpus.NayakFr)
                     with { FoundOnlyByModel = true, Confidence = MoveConfidence.InferredBy(InferenceReason.Coreference) });

        var text = new QuestionAnswerer(kb, Corpus.Clock).Answer("/who-left Meta").Text;

        text.Split('\n').Single(l => l.Contains("Chaya Nayak", StringComparison.Ordinal) && l.Contains('→'))
            .ShouldEndWith(" · found only by the language model · inferred from context");
    }

    [Fact]
    public void Serialize_InferredAndStatedMoves_WriteTheirConfidenceAndReasonCodes()
    {
        var reply = new QuestionAnswerer(KnowledgeBase(), Corpus.Clock).Answer("/who-left Meta");

        using var json = JsonDocument.Parse(ReplyJson.Serialize(reply));
        var moves = json.RootElement.GetProperty("moves").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!);

        moves["m-nayak"].GetProperty("confidence").GetString().ShouldBe("inferred");
        moves["m-nayak"].GetProperty("confidence_reasons").EnumerateArray().Select(r => r.GetString())
                        .ShouldBe(["coreference", "guessed_role"]);
        moves["m-roe"].GetProperty("confidence").GetString().ShouldBe("stated");
        moves["m-roe"].GetProperty("confidence_reasons").ValueKind.ShouldBe(JsonValueKind.Array);
        moves["m-roe"].GetProperty("confidence_reasons").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Serialize_EveryInferenceReason_HasItsContractCode()
    {
        var kb = new FakeKnowledgeBase(Corpus.Registry);
        kb.Moves.Add(Corpus.Move("m-nayak", Corpus.ChayaNayak, MoveKind.Left, Corpus.Meta, Corpus.Google, null, null, Corpus.NayakFr)
                     with { Confidence = MoveConfidence.InferredBy(Enum.GetValues<InferenceReason>()) });

        using var json = JsonDocument.Parse(ReplyJson.Serialize(new QuestionAnswerer(kb, Corpus.Clock).Answer("/who-left Meta")));

        json.RootElement.GetProperty("moves")[0].GetProperty("confidence_reasons").EnumerateArray().Select(r => r.GetString())
            .ShouldBe(["coreference", "neighbouring_sentence", "guessed_role"]);
    }
}
