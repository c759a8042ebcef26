using TalentBot.Core;

namespace TalentBot.Extraction.Tests;

/// <summary>
/// Who moves when an organisation, its owner or its boss is the one acting: an owner named with the company is not a
/// mover, a company hiring unnamed people is a head count, the people it hires are all movers, and whoever pays or
/// offers is not.
/// </summary>
public sealed class HiringSubjectTests
{
    [Theory]
    [InlineData(Language.English, "Kai Mendes worked at OpenAI, then joined Elon Musk's xAI and finally moved to Meta.")]
    [InlineData(Language.French, "Kai Mendes a travaillé chez OpenAI, puis a rejoint xAI d'Elon Musk avant de passer chez Meta.")]
    [InlineData(Language.Italian, "Kai Mendes ha lavorato presso OpenAI, poi è entrato a far parte di xAI di Elon Musk e infine è passato a Meta.")]
    [InlineData(Language.Japanese, "カイ・メンデス氏はOpenAIで働いた後、イーロン・マスクのxAIに加わり、最終的にメタに移った。")]
    public void Extract_OwnerNamedWithTheOrganisation_IsNoMover(Language language, string text)
    {
        var person = language == Language.Japanese ? "~カイ-メンデス" : "~kai-mendes";

        Extraction.Of(language, text).Moves.Select(Extraction.Describe)
            .ShouldBe([$"{person}|joined|openai|xai", $"{person}|joined|xai|meta"]);
    }

    [Theory]
    [InlineData(Language.Japanese, "カイ・メンデス氏のOpenAI退社が明らかになった。", "~カイ-メンデス|left|openai|")]
    [InlineData(Language.Japanese, "カイ・メンデス氏のメタへの移籍が決まった。", "~カイ-メンデス|joined||meta")]
    public void Extract_PersonBeforeTheOrganisationOfTheirOwnMove_StillMoves(Language language, string text, string expected) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe).ShouldBe([expected]);

    [Theory]
    [InlineData(Language.English, "Several of Zuckerberg's recruits joined Meta from OpenAI.")]
    [InlineData(Language.French, "Les recrues de Zuckerberg ont rejoint Meta.")]
    [InlineData(Language.Italian, "Con la campagna di reclutamento di Zuckerberg, molti ricercatori sono entrati in Meta.")]
    [InlineData(Language.Japanese, "ザッカーバーグのAI人材獲得で、多くの研究者がメタに加わった。")]
    [InlineData(Language.English, "Zuckerberg's recruits have joined Meta Superintelligence Labs.")]
    [InlineData(Language.Italian, "Le reclute di Zuckerberg sono entrate in Meta.")]
    [InlineData(Language.Japanese, "ザッカーバーグ氏の新しい採用者はメタに入社した。")]
    public void Extract_BossAsPossessor_IsNoMover(Language language, string text) =>
        Extraction.Of(language, text).Moves.ShouldBeEmpty();

    [Theory]
    [InlineData(Language.English, "Meta hired at least eight researchers in one week.")]
    [InlineData(Language.French, "Meta a embauché au moins huit chercheurs en une semaine.")]
    [InlineData(Language.Italian, "Meta ha assunto almeno otto ricercatori in una settimana.")]
    [InlineData(Language.Japanese, "メタが1週間に少なくとも8人の研究者を雇った。")]
    [InlineData(Language.English, "In a leaked memo, chief research officer Kai Mendes said he felt violated after Meta hired at least eight researchers in one week.")]
    [InlineData(Language.French, "Dans une note, le directeur de la recherche Kai Mendes a dit s'être senti trahi après que Meta a embauché au moins huit chercheurs en une semaine.")]
    [InlineData(Language.Italian, "In una nota, il direttore della ricerca Kai Mendes ha detto di sentirsi tradito dopo che Meta ha assunto almeno otto ricercatori in una settimana.")]
    [InlineData(Language.Japanese, "流出したメモで、最高研究責任者のカイ・メンデス氏は、メタが1週間に少なくとも8人の研究者を雇った後、裏切られたと感じたと述べた。")]
    public void Extract_OrganisationHiringUnnamedPeople_IsNoOnesMove(Language language, string text)
    {
        var facts = Extraction.Of(language, text);

        facts.Moves.ShouldBeEmpty();
        facts.Counts.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Language.English, "Meta hired senior researcher Jason Lin and his colleague Hana Cho.")]
    [InlineData(Language.French, "Meta a recruté le chercheur Jason Lin et son collègue Hana Cho.")]
    [InlineData(Language.Italian, "Meta ha assunto il ricercatore Jason Lin e il suo collega Hana Cho.")]
    [InlineData(Language.Japanese, "メタはシニア研究者のジェイソン・リンと彼の同僚ハナ・チョーを獲得しました。")]
    [InlineData(Language.Japanese, "メタはシニア研究者のジェイソン・リンと彼女の同僚ハナ・チョーを獲得しました。")]
    public void Extract_HiredPersonAndColleague_BothJoin(Language language, string text)
    {
        var (lin, cho) = language == Language.Japanese ? ("~ジェイソン-リン", "~ハナ-チョー") : ("~jason-lin", "~hana-cho");

        Extraction.Of(language, text).Moves.Select(Extraction.Describe).ShouldBe([$"{lin}|joined||meta", $"{cho}|joined||meta"]);
    }

    [Theory]
    [InlineData(Language.English, "Meta hired Kai Mendes. Altman said the offers included bonuses like $100 million.")]
    [InlineData(Language.English, "Meta hired Kai Mendes. Zuckerberg spent $100 million.")]
    [InlineData(Language.French, "Meta a recruté Kai Mendes. Zuckerberg a proposé 100 millions de dollars.")]
    [InlineData(Language.Italian, "Meta ha assunto Kai Mendes. Zuckerberg ha offerto 100 milioni di dollari.")]
    [InlineData(Language.Japanese, "メタはカイ・メンデス氏を採用した。ザッカーバーグは1億ドルを提示した。")]
    [InlineData(Language.Japanese, "カイ・メンデス氏はメタに入社した。ザッカーバーグ氏は1億ドルを提示したという。")]
    [InlineData(Language.English, "Kai Mendes joined Meta. Zuckerberg offered him $100 million.")]
    [InlineData(Language.English, "Kai Mendes joined Meta, and Sam Altman said the offers included bonuses like $100 million.")]
    [InlineData(Language.French, "Kai Mendes a rejoint Meta. Sam Altman a dit que les offres comprenaient des primes de 100 millions de dollars.")]
    [InlineData(Language.Italian, "Kai Mendes è entrato in Meta. Sam Altman ha detto che le offerte includevano bonus da 100 milioni di dollari.")]
    [InlineData(Language.Japanese, "カイ・メンデス氏はメタに入社した。アルトマン氏は、オファーには1億ドルのボーナスが含まれていたと述べた。")]
    [InlineData(Language.English, "Kai Mendes joined Meta after Zuckerberg spent $100 million on recruiting.")]
    public void Extract_SubjectOfAPaymentOrOffer_IsNoMover(Language language, string text)
    {
        var person = language == Language.Japanese ? "~カイ-メンデス" : "~kai-mendes";

        Extraction.Of(language, text).Moves.ShouldAllBe(m => m.Person.Id == person);
    }
}
