using LiteDB;
using TalentBot.Core;
using TalentBot.Core.Knowledge;
using TalentBot.Knowledge.Tests.Support;
using static TalentBot.Knowledge.Tests.Support.People;

namespace TalentBot.Knowledge.Tests;

/// <summary>A claim's confidence kept per article on its citations, and the move's made of them: stated if any article states it.</summary>
public sealed class ConfidenceTests : IDisposable
{
    private static readonly MoveConfidence ByCoreference = MoveConfidence.InferredBy(InferenceReason.Coreference);
    private static readonly MoveConfidence ByNeighbourAndRole =
        MoveConfidence.InferredBy(InferenceReason.NeighbouringSentence, InferenceReason.GuessedRole);

    private readonly StoreFixture _fixture = new();

    public ConfidenceTests()
    {
        _fixture.Extractor
            .Move("She left Meta for OpenAI", Alice, MoveKind.Left, Meta, OpenAi, neighbours: 1, confidence: ByCoreference)
            .Move("Meta lost her to OpenAI", Alice, MoveKind.Left, Meta, OpenAi, confidence: ByNeighbourAndRole)
            .Move("Alice left Meta for OpenAI", Alice, MoveKind.Left, Meta, OpenAi)
            .Move("Bob joined Apple", Bob, MoveKind.Joined, null, Apple)
            .Move("Carol may have joined Google", Carol, MoveKind.Joined, null, Google, confidence: ByCoreference);
    }

    public void Dispose() => _fixture.Dispose();

    private Move Stored(EntityRef person) => _fixture.Store.FindMoves(new MoveQuery()).Moves.Single(m => m.Person == person);

    [Fact]
    public void Ingest_InferredClaim_IsAnInferredMoveWithItsReasons_AfterAReopenToo()
    {
        var report = _fixture.Ingest("She left Meta for OpenAI, a source said.\nAlice Chen had led the lab.");

        report.NewMoves.ShouldHaveSingleItem().Confidence.ShouldBe(ByCoreference);
        _fixture.Reopen();
        var move = Stored(Alice);
        move.Confidence.ShouldBe(ByCoreference);
        move.Confidence.Code.ShouldBe("inferred");
        move.Citations.Count.ShouldBe(2, "the claim's neighbour is cited too, with the same confidence");
    }

    [Fact]
    public void Ingest_StatedClaim_IsAStatedMove()
    {
        var report = _fixture.Ingest("Bob joined Apple on Monday.");

        report.NewMoves.ShouldHaveSingleItem().Confidence.ShouldBe(MoveConfidence.Stated);
        _fixture.Reopen();
        Stored(Bob).Confidence.ShouldBe(MoveConfidence.Stated);
    }

    [Fact]
    public void Ingest_TwoArticlesInferringTheSameMove_ItIsInferredWithEveryReason()
    {
        _fixture.Ingest("She left Meta for OpenAI.\nAlice Chen had led the lab.");
        var second = _fixture.Ingest("Meta lost her to OpenAI last week.");

        second.CorroboratedMoves.ShouldHaveSingleItem().Confidence.ShouldBe(
            MoveConfidence.InferredBy(InferenceReason.Coreference, InferenceReason.NeighbouringSentence, InferenceReason.GuessedRole));
        _fixture.Reopen();
        Stored(Alice).Confidence.Reasons.ShouldBe(
            [InferenceReason.Coreference, InferenceReason.NeighbouringSentence, InferenceReason.GuessedRole]);
    }

    [Fact]
    public void Ingest_InferredThenStatedByAnotherArticle_TheMoveIsStated_AndStaysSoWhenInferredAgain()
    {
        _fixture.Ingest("She left Meta for OpenAI.\nAlice Chen had led the lab.");
        _fixture.Time.Advance(TimeSpan.FromHours(1));

        var stating = _fixture.Ingest("Alice left Meta for OpenAI in July.");
        var inferringAgain = _fixture.Ingest("Meta lost her to OpenAI, colleagues say.");

        stating.NewMoves.ShouldBeEmpty();
        stating.CorroboratedMoves.ShouldHaveSingleItem().Confidence.ShouldBe(MoveConfidence.Stated);
        inferringAgain.CorroboratedMoves.ShouldHaveSingleItem().Confidence.ShouldBe(MoveConfidence.Stated);
        _fixture.Reopen();
        var move = Stored(Alice);
        move.Confidence.ShouldBe(MoveConfidence.Stated);
        move.Citations.Count.ShouldBe(4);
    }

    [Fact]
    public void Ingest_OneArticleInferringAndStatingTheMoveInTheSameSentence_TheCitationIsStated()
    {
        // Both claims cite one sentence: the citation is kept once, and the article states the move.
        var report = _fixture.Ingest("Meta lost her to OpenAI: Alice left Meta for OpenAI in July.");

        report.NewMoves.ShouldHaveSingleItem().Confidence.ShouldBe(MoveConfidence.Stated);
        _fixture.Reopen();
        Stored(Alice).Citations.ShouldHaveSingleItem();
        Stored(Alice).Confidence.ShouldBe(MoveConfidence.Stated);
    }

    [Fact]
    public void IngestReport_CountsNewMovesByCertainty()
    {
        var reports = _fixture.Ingestion.IngestMany(
        [
            new ArticleSource("Bob joined Apple.\nShe left Meta for OpenAI.\nCarol may have joined Google.", Language: Language.English),
            new ArticleSource("Nothing moved today.", Language: Language.English),
        ]);

        reports[0].NewMoves.Count.ShouldBe(3);
        reports[0].NewStated.ShouldBe(1);
        reports[0].NewInferred.ShouldBe(2);
        reports[1].NewStated.ShouldBe(0);
        reports[1].NewInferred.ShouldBe(0);
    }

    [Fact]
    public void Store_WritesNothingForAStatedCitation_AndTheCertaintyAndReasonsForAnInferredOne()
    {
        _fixture.Ingest("Bob joined Apple.\nMeta lost her to OpenAI.");
        _fixture.Close();

        using var db = new LiteDatabase(new ConnectionString { Filename = _fixture.StorePath });
        var citations = db.GetCollection("moves").FindAll()
                          .ToDictionary(d => d["PersonId"].AsString, d => d["Citations"].AsArray.Single().AsDocument);
        // A stated citation looks exactly like one written before confidences were kept.
        citations[Bob.Id].ContainsKey("Certainty").ShouldBeFalse();
        citations[Bob.Id].ContainsKey("InferenceReasons").ShouldBeFalse();
        citations[Alice.Id]["Certainty"].AsString.ShouldBe("Inferred");
        citations[Alice.Id]["InferenceReasons"].AsArray.Select(r => r.AsString).ShouldBe(["NeighbouringSentence", "GuessedRole"]);
    }

    [Fact]
    public void Open_StoreWrittenBeforeConfidences_ReadsEveryMoveAsStated()
    {
        _fixture.Ingest("She left Meta for OpenAI.\nAlice Chen had led the lab.");
        _fixture.Ingest("Carol may have joined Google.");
        _fixture.Close();
        using (var db = new LiteDatabase(new ConnectionString { Filename = _fixture.StorePath }))
        {
            var moves = db.GetCollection("moves");
            var documents = moves.FindAll().ToList();
            foreach (var citation in documents.SelectMany(d => d["Citations"].AsArray).Select(c => c.AsDocument))
            {
                citation.Remove("Certainty").ShouldBeTrue();
                citation.Remove("InferenceReasons").ShouldBeTrue();
            }
            moves.Update(documents);
        }

        _fixture.Reopen();

        var stored = _fixture.Store.FindMoves(new MoveQuery()).Moves;
        stored.Count.ShouldBe(2);
        stored.ShouldAllBe(m => m.Confidence.IsStated && m.Confidence.Reasons.Count == 0);
    }
}
