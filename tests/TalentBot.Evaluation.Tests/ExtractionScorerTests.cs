using TalentBot.Core;
using TalentBot.Core.Extraction;
using TalentBot.Knowledge;

namespace TalentBot.Evaluation.Tests;

public sealed class ExtractionScorerTests
{
    private static readonly EntityRef Ana = EntityRef.Unregistered("Ana Ruiz");
    private static readonly EntityRef OpenAi = new("openai", "OpenAI");
    private static readonly EntityRef Meta = new("meta", "Meta");
    private static readonly EntityRef Msl = new("meta-superintelligence-labs", "Meta Superintelligence Labs");
    private static readonly ExtractionScorer Scorer = new(GoldSets.Registry);

    private static GoldArticle Article(IReadOnlyList<GoldMove> moves, IReadOnlyList<GoldTrap>? traps = null, IReadOnlyList<GoldCount>? counts = null) =>
        new("en-01.txt", Language.English, new ArticleSource("text"), moves, traps ?? [], counts ?? []);

    private static GoldMove Gold(MoveKind kind, string? from, string? to, string? when = null, string? amount = null) =>
        new("Ana Ruiz", ["Ruiz"], kind, from, to, when, amount, null);

    private static MoveClaim Claim(MoveKind kind, EntityRef? from, EntityRef? to, EntityRef? person = null) =>
        new(person ?? Ana, kind, from, to, null, null, [0]);

    private static ArticleFacts Facts(params MoveClaim[] moves) => new([], [], moves, []);

    [Fact]
    public void Score_SamePersonKindAndEnds_IsAStrictMatch()
    {
        var score = Scorer.Score(Article([Gold(MoveKind.Left, "OpenAI", "Meta")]), Facts(Claim(MoveKind.Left, OpenAi, Meta)));

        score.Predicted.ShouldHaveSingleItem().Strict.ShouldNotBeNull();
        score.Gold.ShouldHaveSingleItem().Strict.ShouldNotBeNull();
    }

    [Fact]
    public void Score_JoinedLineForALeftLineWithBothEnds_IsTheSameMove() =>
        Scorer.Score(Article([Gold(MoveKind.Left, "OpenAI", "Meta")]), Facts(Claim(MoveKind.Joined, OpenAi, Meta)))
            .Predicted.ShouldHaveSingleItem().Strict.ShouldNotBeNull();

    [Fact]
    public void Score_OneEndLeftOut_IsConsistentButNotStrict()
    {
        var predicted = Scorer.Score(Article([Gold(MoveKind.Left, "OpenAI", "Meta")]), Facts(Claim(MoveKind.Joined, null, Meta)))
            .Predicted.ShouldHaveSingleItem();

        predicted.Strict.ShouldBeNull();
        predicted.Consistent.ShouldNotBeNull();
    }

    [Fact]
    public void Score_AnEndTheGoldLeavesOut_IsWrong() =>
        Scorer.Score(Article([Gold(MoveKind.Joined, null, "Meta")]), Facts(Claim(MoveKind.Joined, OpenAi, Meta)))
            .Predicted.ShouldHaveSingleItem().Consistent.ShouldBeNull();

    [Fact]
    public void Score_ParentStandingForItsPart_IsAccepted_ButNotThePartForTheParent()
    {
        Scorer.Score(Article([Gold(MoveKind.Joined, null, "Meta Superintelligence Labs")]), Facts(Claim(MoveKind.Joined, null, Meta)))
            .Predicted.ShouldHaveSingleItem().Strict.ShouldNotBeNull();
        Scorer.Score(Article([Gold(MoveKind.Joined, null, "Meta")]), Facts(Claim(MoveKind.Joined, null, Msl)))
            .Predicted.ShouldHaveSingleItem().Consistent.ShouldBeNull();
    }

    [Theory]
    [InlineData("Ana Ruiz")]
    [InlineData("Ruiz")]
    [InlineData("Ruiz Ana")]
    [InlineData("ana  ruiz")]
    public void Score_PersonByAnyGoldSpellingOrOrder_Matches(string predictedName) =>
        Scorer.Score(Article([Gold(MoveKind.Left, "OpenAI", null)]), Facts(Claim(MoveKind.Left, OpenAi, null, EntityRef.Unregistered(predictedName))))
            .Predicted.ShouldHaveSingleItem().Strict.ShouldNotBeNull();

    [Fact]
    public void Score_MoveOfATrappedPerson_HitsTheTrap()
    {
        var trap = new GoldTrap("Sam Altman", [], "hires, never moves", null);
        var score = Scorer.Score(Article([], [trap]), Facts(Claim(MoveKind.Joined, null, Meta, new EntityRef("sam-altman", "Sam Altman"))));

        score.TrapsHit.ShouldBe([trap]);
        score.Predicted.ShouldHaveSingleItem().Trap.ShouldBe(trap);
    }

    [Fact]
    public void Score_SpecificTrap_IsHitOnlyByTheReadingItForbids()
    {
        var trap = new GoldTrap("Ana Ruiz", [], "declined, did not join", new TrapFields(MoveKind.Joined, false, null, true, "Meta"));
        var article = Article([Gold(MoveKind.DeclinedOffer, null, "Meta")], [trap]);

        Scorer.Score(article, Facts(Claim(MoveKind.DeclinedOffer, null, Meta))).TrapsHit.ShouldBeEmpty();
        Scorer.Score(article, Facts(Claim(MoveKind.Joined, null, Msl))).TrapsHit.ShouldBe([trap]);
    }

    [Fact]
    public void Score_MoveStatedTwice_IsOneClaim() =>
        Scorer.Score(Article([Gold(MoveKind.Left, "OpenAI", null)]), Facts(Claim(MoveKind.Left, OpenAi, null), Claim(MoveKind.Left, OpenAi, null)))
            .Predicted.Count.ShouldBe(1);

    [Fact]
    public void Report_DatesAndAmounts_AreJudgedOnTheMatchedMove()
    {
        var gold = Gold(MoveKind.Joined, null, "Meta", "2026-03", "$90 million over four years");
        var claim = Claim(MoveKind.Joined, null, Meta) with { When = new PartialDate(2026, 3), Amount = new Money(90_000_000m, "USD", "$90 million") };
        var report = EvaluationReport.Of("set", [Scorer.Score(Article([gold]), Facts(claim))]);

        report.DatesRight.ShouldBe(new Ratio(1, 1));
        report.AmountsAttached.ShouldBe(new Ratio(1, 1));
        report.AmountsWrong.ShouldBe(0);
    }

    [Fact]
    public void Report_CountWithTheWrongBound_IsNotFound()
    {
        var article = Article([], counts: [new GoldCount("OpenAI", "Meta", 20, CountBound.MoreThan)]);
        var facts = new ArticleFacts([], [], [], [new CountClaim(OpenAi, Meta, 20, CountBound.About, 0)]);

        var report = EvaluationReport.Of("set", [Scorer.Score(article, facts)]);

        report.CountRecall.ShouldBe(new Ratio(0, 1));
        report.CountPrecision.ShouldBe(new Ratio(0, 1));
    }

    [Fact]
    public void Report_Precision_IsSplitByConfidence()
    {
        var inferred = Claim(MoveKind.Joined, null, Meta, EntityRef.Unregistered("Li Wei")) with { Confidence = MoveConfidence.InferredBy(InferenceReason.Coreference) };
        var report = EvaluationReport.Of("set", [Scorer.Score(Article([Gold(MoveKind.Joined, null, "Meta")]), Facts(Claim(MoveKind.Joined, null, Meta), inferred))]);

        report.PrecisionByCertainty[Certainty.Stated].ShouldBe(new Ratio(1, 1));
        report.PrecisionByCertainty[Certainty.Inferred].ShouldBe(new Ratio(0, 1));
    }
}
