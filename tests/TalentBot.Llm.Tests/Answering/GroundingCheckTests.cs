using TalentBot.Core;
using TalentBot.Llm.Answering;

namespace TalentBot.Llm.Tests.Answering;

public sealed class GroundingCheckTests
{
    private static readonly EntityRegistry Registry = EntityRegistry.FromJson(ModelWorld.RegistryJson);

    private readonly EvidenceLedger _ledger = new();

    public GroundingCheckTests()
    {
        Record("a", 0, "Priya Raman left Meta for OpenAI.", "priya-raman", "meta", "openai");
        Record("b", 3, "Lucas Moreau a quitté Google DeepMind pour Anthropic.", "lucas-moreau", "deepmind", "anthropic");
        Record("c", 1, "田中健二氏はメタを退社した。", "kenji-tanaka", "meta");
    }

    [Fact]
    public void Check_MarkersRenumberedInOrderOfFirstUse()
    {
        var answer = GroundingCheck.Check("Lucas Moreau joined Anthropic [2]. Priya Raman left Meta [1][2].", _ledger, Registry);

        answer.Text.ShouldBe("Lucas Moreau joined Anthropic [1]. Priya Raman left Meta [2][1].");
        answer.Citations.Select(c => (c.Number, c.Citation.ArticleId)).ShouldBe([(1, "b"), (2, "a")]);
        answer.Dropped.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Priya Raman left Meta. [1]", "Priya Raman left Meta. [1]")]
    [InlineData("Priya Raman left Meta [1, 3].", "Priya Raman left Meta [1][2].")]
    [InlineData("田中健二氏はメタを辞めた【3】。", "田中健二氏はメタを辞めた[1]。")]
    [InlineData("田中健二氏はメタを辞めた［３］。", "田中健二氏はメタを辞めた[1]。")]
    [InlineData("- Priya Raman left Meta [1].", "- Priya Raman left Meta [1].")]
    public void Check_MarkerShapes_AreRecognised(string written, string kept) =>
        GroundingCheck.Check(written, _ledger, Registry).Text.ShouldBe(kept);

    [Fact]
    public void Check_UnknownMarkerAnywhereInTheSentence_DropsIt()
    {
        var answer = GroundingCheck.Check("Priya Raman left Meta [1][9]. Lucas Moreau joined Anthropic [2].", _ledger, Registry);

        answer.Text.ShouldBe("Lucas Moreau joined Anthropic [1].");
        answer.Dropped.ShouldHaveSingleItem().Reason.ShouldBe(DroppedBecause.UnknownMarker);
    }

    [Fact]
    public void Check_SentenceNamingNothingItsEvidenceIsAbout_IsDropped()
    {
        var answer = GroundingCheck.Check("Anthropic hired Kenji Tanaka [1]. Priya Raman left Meta [1].", _ledger, Registry);

        answer.Dropped.ShouldHaveSingleItem().Reason.ShouldBe(DroppedBecause.EvidenceAboutSomethingElse);
    }

    [Fact]
    public void Check_OrganisationAndItsPartCountAsTheSame()
    {
        var answer = GroundingCheck.Check("Google lost Lucas Moreau to Anthropic [2].", _ledger, Registry);

        answer.Dropped.ShouldBeEmpty();
    }

    [Fact]
    public void Check_MostlyUnsupported_IsTooThin()
    {
        var answer = GroundingCheck.Check("Priya Raman left Meta [1]. Meta is in crisis. Everyone is leaving.", _ledger, Registry);

        answer.KeptSentences.ShouldBe(1);
        answer.IsTooThin.ShouldBeTrue();
    }

    [Fact]
    public void Check_EmptyAnswer_IsTooThin() =>
        GroundingCheck.Check("   ", _ledger, Registry).IsTooThin.ShouldBeTrue();

    private void Record(string article, int sentence, string quote, params string[] entities) =>
        _ledger.Record(new Citation(article, "t", null, null, Language.English, sentence, quote), entities);
}
