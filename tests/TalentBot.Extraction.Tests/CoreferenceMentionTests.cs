using TalentBot.Core;

namespace TalentBot.Extraction.Tests;

/// <summary>
/// A sentence that names its subject only by a pronoun, a role or "the company" is still about that subject: the
/// coreference the moves rely on is given back as mentions of that sentence, so the store can say what it is about.
/// </summary>
public sealed class CoreferenceMentionTests
{
    [Theory]
    [InlineData(Language.English, "Mia Laurent spent five years at Apple. Last week she started at OpenAI.", "~mia-laurent")]
    [InlineData(Language.French, "La chercheuse Lina Moreau a passé quatre ans chez Apple. Elle a rejoint OpenAI la semaine dernière.", "~lina-moreau")]
    [InlineData(Language.French, "Lina Moreau a quitté Apple en mars. La chercheuse a rejoint OpenAI la semaine dernière.", "~lina-moreau")]
    [InlineData(Language.Italian, "Chiara Conti ha lavorato sei anni in Apple. La ricercatrice è passata a OpenAI lunedì.", "~chiara-conti")]
    [InlineData(Language.Japanese, "ハンナ・ベック氏はアップルに5年間在籍した。同氏は先週OpenAIに入社した。", "~ハンナ-ベック")]
    public void Extract_PersonNamedByReference_IsAMentionOfThatSentence(Language language, string text, string person)
    {
        var facts = Extraction.Of(language, text);

        facts.Mentions.ShouldContain(m => m.SentenceIndex == 1 && m.Entity.Id == person && m.Kind == EntityKind.Person && m.ThroughReference);
        facts.Mentions.Where(m => m.SentenceIndex == 0 && m.Entity.Id == person).ShouldAllBe(m => !m.ThroughReference);
    }

    [Theory]
    [InlineData(Language.English, "Apple lost three researchers in May. The company said it would hire again.")]
    [InlineData(Language.French, "Apple a perdu trois chercheurs en mai. La société a dit qu'elle embaucherait de nouveau.")]
    [InlineData(Language.Italian, "Apple ha perso tre ricercatori a maggio. L'azienda ha detto che assumerà di nuovo.")]
    [InlineData(Language.Japanese, "アップルは5月に研究者3人を失った。同社は採用を再開すると述べた。")]
    public void Extract_OrganisationNamedAsTheCompany_IsAMentionOfThatSentence(Language language, string text)
    {
        Extraction.Of(language, text).Mentions
            .ShouldContain(m => m.SentenceIndex == 1 && m.Entity.Id == "apple" && m.Kind == EntityKind.Organisation && m.ThroughReference);
    }

    [Fact]
    public void Extract_PronounWithNoAntecedent_IsNoMention()
    {
        Extraction.Of(Language.English, "The weather was fine. She started at OpenAI last week.").Mentions
            .ShouldAllBe(m => m.Kind != EntityKind.Person);
    }
}
