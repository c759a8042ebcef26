using TalentBot.Core;

namespace TalentBot.Answering.Tests;

public sealed class LexiconTests
{
    [Theory]
    [InlineData("quitté", Concept.Leave)]
    [InlineData("lasciato", Concept.Leave)]
    [InlineData("poached", Concept.Poach)]
    [InlineData("rémunération", Concept.Pay)]
    [InlineData("reclutati", Concept.Recruit)]
    [InlineData("pourquoi", Concept.Reason)]
    [InlineData("perché", Concept.Reason)]
    [InlineData("quittent", Concept.Leave)]
    [InlineData("lasciano", Concept.Leave)]
    [InlineData("salaries", Concept.Pay)]
    [InlineData("stipendi", Concept.Pay)]
    [InlineData("GPU", Concept.Compute)]
    public void ConceptsOfWord_InflectedWordInAnyLatinLanguage_FindsItsConcept(string word, Concept concept)
    {
        Lexicon.ConceptsOfWord(TextFolding.Fold(word)).ShouldContain(concept);
    }

    [Theory]
    [InlineData("メタを退社した理由", Concept.Leave)]
    [InlineData("研究者を引き抜いた", Concept.Poach)]
    [InlineData("報酬はいくら", Concept.Pay)]
    [InlineData("採用を凍結", Concept.Freeze)]
    [InlineData("買収した", Concept.Acquire)]
    public void ConceptsInJapanese_RunningText_FindsConceptsBySubstring(string text, Concept concept)
    {
        Lexicon.ConceptsInJapanese(TextFolding.Fold(text)).ShouldContain(concept);
    }

    [Fact]
    public void Expand_EveryConcept_HasWordsInAllFourLanguages()
    {
        foreach (var concept in Enum.GetValues<Concept>())
        {
            var words = Lexicon.Expand(concept);
            words.ShouldContain(w => w.Any(c => c >= '\u3040'), $"{concept} has no Japanese word");
            words.Take(4).Count(w => w.All(c => c < '\u3040')).ShouldBeGreaterThanOrEqualTo(3, $"{concept} lacks a Latin-script language up front");
        }
    }

    [Fact]
    public void Expand_QuestionWords_AreNotSearchTerms()
    {
        Lexicon.Expand(Concept.Reason).ShouldNotContain("why");
        Lexicon.Expand(Concept.Reason).ShouldNotContain("なぜ");
    }
}
