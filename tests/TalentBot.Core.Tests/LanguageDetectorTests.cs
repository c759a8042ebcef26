using TalentBot.Core;

namespace TalentBot.Core.Tests;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("Who left Meta?", Language.English)]
    [InlineData("Why are researchers leaving Meta for OpenAI?", Language.English)]
    [InlineData("Qui a quitté Meta ?", Language.French)]
    [InlineData("Pourquoi les chercheurs quittent-ils Meta ?", Language.French)]
    [InlineData("Chi ha lasciato Meta?", Language.Italian)]
    [InlineData("Perché i ricercatori se ne vanno da Meta?", Language.Italian)]
    [InlineData("Metaを辞めたのは誰？", Language.Japanese)]
    [InlineData("OpenAIの研究者", Language.Japanese)]
    public void Detect_Question_FindsItsLanguage(string text, Language expected)
    {
        LanguageDetector.Detect(text).Language.ShouldBe(expected);
    }

    [Theory]
    [InlineData("Meta")]
    [InlineData("")]
    [InlineData("1234 !!")]
    public void Detect_NoEvidence_FallsBackToTheDefault(string text)
    {
        LanguageDetector.Detect(text, Language.French).Language.ShouldBe(Language.French);
    }

    [Fact]
    public void Detect_LongerArticleParagraphs_AreConfident()
    {
        const string italian = "Secondo l'ultimo rapporto, il ricercatore ha lasciato l'azienda dopo pochi giorni e si unirà a una startup della Silicon Valley.";
        const string french = "Selon le dernier rapport, la chercheuse a quitté l'entreprise après quelques jours et rejoindra une jeune pousse.";

        LanguageDetector.Detect(italian).Language.ShouldBe(Language.Italian);
        LanguageDetector.Detect(french).Language.ShouldBe(Language.French);
    }
}
