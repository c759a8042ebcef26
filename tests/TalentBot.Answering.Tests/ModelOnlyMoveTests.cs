using System.Text.Json;
using TalentBot.Answering.Tests.Support;
using TalentBot.Core;

namespace TalentBot.Answering.Tests;

/// <summary>A move only a language model found in its articles is shown as such, in text and in JSON.</summary>
public sealed class ModelOnlyMoveTests
{
    private static FakeKnowledgeBase KnowledgeBase()
    {
        var kb = new FakeKnowledgeBase(Corpus.Registry);
        kb.Moves.Add(Corpus.Move("m-nayak", Corpus.ChayaNayak, MoveKind.Left, Corpus.Meta, Corpus.Google, null, null, Corpus.NayakFr)
                     with { FoundOnlyByModel = true });
        kb.Moves.Add(Corpus.Move("m-roe", Corpus.JaneRoe, MoveKind.Left, Corpus.Meta, Corpus.DeepMind, null, null, Corpus.RoeEn));
        return kb;
    }

    [Theory]
    [InlineData("/who-left Meta", "found only by the language model")]
    [InlineData("Qui a quitté Meta ?", "relevé par le modèle de langue seul")]
    [InlineData("Chi ha lasciato Meta?", "rilevato solo dal modello linguistico")]
    [InlineData("Metaを辞めたのは誰？", "言語モデルのみが抽出")]
    public void Answer_ModelOnlyMove_IsMarkedInTheRepliesLanguageAndOnlyOnItsLine(string question, string marker)
    {
        var text = new QuestionAnswerer(KnowledgeBase(), Corpus.Clock).Answer(question).Text;

        var lines = text.Split('\n');
        lines.Single(l => l.Contains("Chaya Nayak", StringComparison.Ordinal) && l.Contains('→')).ShouldEndWith(" · " + marker);
        lines.Single(l => l.Contains("Jane Roe", StringComparison.Ordinal) && l.Contains('→')).ShouldNotContain(marker);
    }

    [Fact]
    public void Serialize_ModelOnlyMove_WritesModelOnlyTrueAndFalseForTheRulesMove()
    {
        var reply = new QuestionAnswerer(KnowledgeBase(), Corpus.Clock).Answer("/who-left Meta");

        using var json = JsonDocument.Parse(ReplyJson.Serialize(reply));
        var moves = json.RootElement.GetProperty("moves").EnumerateArray()
                        .ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("model_only").GetBoolean());

        moves.ShouldBe(new Dictionary<string, bool> { ["m-nayak"] = true, ["m-roe"] = false }, ignoreOrder: true);
    }
}
