using TalentBot.Core;
using TalentBot.Llm.Extraction;
using static TalentBot.Llm.Tests.Extraction.ExtractionWorld;

namespace TalentBot.Llm.Tests.Extraction;

/// <summary>The parts of verification that need no model: dates, amounts and sentence mapping.</summary>
public sealed class ProposalVerifierTests
{
    private const string Italian =
        "Elena Marchetti ha lasciato OpenAI per Meta a marzo, per 100 milioni di dollari.\nGreco è passato a Meta. Lo pagano 5 milioni di dollari.";

    private static ProposalVerdict Verify(MoveProposal proposal, string text = Italian, Language language = Language.Italian)
    {
        var article = Article(text, language);
        return new ProposalVerifier(Registry).Verify(proposal, new ArticleEvidence(article, Rules.Extract(article).Sentences, Registry));
    }

    [Fact]
    public void Verify_DateAndAmountTheQuoteStates_AreKeptWithTheArticlesWording()
    {
        var claim = Verify(new MoveProposal("Elena Marchetti", "left", "OpenAI", "Meta", "2026-03", "$100 million",
            "Elena Marchetti ha lasciato OpenAI per Meta a marzo, per 100 milioni di dollari.")).Claim.ShouldNotBeNull();

        claim.When.ShouldBe(new PartialDate(2026, 3));
        claim.Amount.ShouldBe(new Money(100_000_000m, "USD", "100 milioni di dollari"));
    }

    [Theory]
    [InlineData("2026-02", "5 milioni di dollari")]
    [InlineData("2026-03-15", "100 milioni di dollari")]
    [InlineData("soon", "a lot")]
    public void Verify_DateOrAmountTheQuoteDoesNotState_IsDroppedAndTheMoveKept(string when, string amount)
    {
        var claim = Verify(new MoveProposal("Greco", "joined", null, "Meta", when, amount, "Greco è passato a Meta.")).Claim.ShouldNotBeNull();

        claim.When.ShouldBeNull();
        claim.Amount.ShouldBeNull();
        claim.Person.ShouldBe(EntityRef.Unregistered("Greco"));
    }

    [Fact]
    public void Verify_QuoteSpanningTwoSentences_CitesBothInOrder()
    {
        var claim = Verify(new MoveProposal("Greco", "joined", null, "Meta", null, null,
            "Greco è passato a Meta.   Lo pagano 5 milioni di dollari.")).Claim.ShouldNotBeNull();

        claim.SentenceIndexes.ShouldBe([1, 2]);
    }

    [Fact]
    public void Verify_QuoteWithALoneSurrogate_MatchesTheArticleAsIngestionRepairedIt()
    {
        // Ingestion turns a lone surrogate into U+FFFD before extraction; a quote carrying the raw one is the same text.
        var repaired = "Dana Cruz left Meta for xAI \uFFFD today.";

        var claim = Verify(new MoveProposal("Dana Cruz", "left", "Meta", "xAI", null, null, "Dana Cruz left Meta for xAI \uD83D today."),
                           repaired, Language.English).Claim;

        claim.ShouldNotBeNull().Person.Id.ShouldBe("~dana-cruz");
    }
}
