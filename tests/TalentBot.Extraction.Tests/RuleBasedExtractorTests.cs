using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Extraction.Tests;

public sealed class RuleBasedExtractorTests
{
    [Theory]
    [InlineData(Language.English, "Ana Ruiz rejoined Google after two years at Meta.", "~ana-ruiz|returned|meta|google")]
    [InlineData(Language.English, "Ana Ruiz signed with Meta but never showed up on her first day.", "~ana-ruiz|never_started||meta")]
    [InlineData(Language.English, "Ana Ruiz threatened to quit OpenAI for Anthropic.", "~ana-ruiz|threatened_to_leave|openai|anthropic")]
    [InlineData(Language.English, "Ana Ruiz was named chief scientist at Nvidia.", "~ana-ruiz|appointed||nvidia")]
    [InlineData(Language.English, "Ana Ruiz was poached by Meta from Google DeepMind.", "~ana-ruiz|joined|deepmind|meta")]
    [InlineData(Language.French, "Ana Ruiz est revenue chez Google.", "~ana-ruiz|returned||google")]
    [InlineData(Language.French, "Ana Ruiz a menacé de démissionner d'OpenAI.", "~ana-ruiz|threatened_to_leave|openai|")]
    [InlineData(Language.Italian, "Ana Ruiz è stata nominata direttrice di Nvidia.", "~ana-ruiz|appointed||nvidia")]
    [InlineData(Language.Italian, "Ana Ruiz è stata assunta da Meta.", "~ana-ruiz|joined||meta")]
    [InlineData(Language.Japanese, "アナ・ルイス氏はグーグルに復帰した。", "~アナ-ルイス|returned||google")]
    [InlineData(Language.Japanese, "アナ・ルイス氏はエヌビディアの最高科学責任者に就任した。", "~アナ-ルイス|appointed||nvidia")]
    [InlineData(Language.English, "Ana Ruiz was named head of research within Nvidia.", "~ana-ruiz|appointed||nvidia")]
    [InlineData(Language.French, "Ana Ruiz aurait été nommée vice-présidente de la recherche au sein de Nvidia.", "~ana-ruiz|appointed||nvidia")]
    [InlineData(Language.Italian, "Ana Ruiz è stata nominata responsabile della ricerca all'interno di Nvidia.", "~ana-ruiz|appointed||nvidia")]
    public void Extract_EachKindOfMove_ReadsKindAndOrganisations(Language language, string text, string expected) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe).ShouldBe([expected]);

    [Theory]
    [InlineData(Language.English, "Ana Ruiz, Li Wei and Tom Hale all left Apple.")]
    [InlineData(Language.French, "Ana Ruiz, Li Wei et Tom Hale ont quitté Apple.")]
    [InlineData(Language.Italian, "Ana Ruiz, Li Wei e Tom Hale hanno lasciato Apple.")]
    public void Extract_CoordinatedSubjects_GivesOneMovePerPerson(Language language, string text) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe)
            .ShouldBe(["~ana-ruiz|left|apple|", "~li-wei|left|apple|", "~tom-hale|left|apple|"]);

    [Fact]
    public void Extract_JapaneseCoordinatedNamesWithHonorifics_GivesOneMovePerPerson() =>
        Extraction.Of(Language.Japanese, "ルカ・モロー氏とダニエル・オカフォー氏がOpenAIを退社した。").Moves.Select(Extraction.Describe)
            .ShouldBe(["lucas-moreau|left|openai|", "daniel-okafor|left|openai|"]);

    [Theory]
    [InlineData(Language.English, "Ana Ruiz left Apple in May. She joined Meta in June.")]
    [InlineData(Language.French, "Ana Ruiz a quitté Apple en mai. Elle a rejoint Meta en juin.")]
    [InlineData(Language.Italian, "Ana Ruiz ha lasciato Apple a maggio. Lei è entrata in Meta a giugno.")]
    [InlineData(Language.Italian, "Ana Ruiz ha lasciato Apple a maggio. A giugno è entrata in Meta.")]
    [InlineData(Language.Japanese, "アナ・ルイス氏は5月にアップルを退社した。彼女は6月にメタに入社した。")]
    [InlineData(Language.Japanese, "アナ・ルイス氏は5月にアップルを退社した。同氏は6月にメタに入社した。")]
    [InlineData(Language.Japanese, "アナ・ルイス氏は5月にアップルを退社した。6月にはメタに入社した。")]
    public void Extract_PronounSubject_ResolvesToThePersonBefore(Language language, string text)
    {
        var moves = Extraction.Of(language, text).Moves;
        var person = language == Language.Japanese ? "~アナ-ルイス" : "~ana-ruiz";

        moves.Select(Extraction.Describe).ShouldBe([$"{person}|left|apple|", $"{person}|joined||meta"]);
        moves.Select(m => m.When?.ToString()).ShouldBe(["2025-05", "2025-06"]);
    }

    [Theory]
    [InlineData(Language.English, "Meta has been on a hiring spree this summer. Ana Ruiz joined last week.", "~ana-ruiz|joined||meta")]
    [InlineData(Language.English, "Priya Raman worked at Google for years. She left this week.", "priya-raman|left|google|")]
    [InlineData(Language.French, "Priya Raman travaillait chez Google. Elle est partie le mois dernier.", "priya-raman|left|google|")]
    [InlineData(Language.Italian, "Priya Raman lavorava presso Google. Ha lasciato la settimana scorsa.", "priya-raman|left|google|")]
    public void Extract_TimeAfterTheVerb_StillTakesTheNeighboursOrganisation(Language language, string text, string expected) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe).ShouldBe([expected]);

    [Fact]
    public void Extract_MoveWithoutOrganisation_TakesItFromTheNeighbouringSentence()
    {
        var move = Extraction.Of(Language.English, "Meta has been on a hiring spree this summer. Ana Ruiz joined last week.")
            .Moves.ShouldHaveSingleItem();

        Extraction.Describe(move).ShouldBe("~ana-ruiz|joined||meta");
        move.SentenceIndexes.ShouldBe([1, 0]);
    }

    [Fact]
    public void Extract_DateAndAmountInTheSentence_AreAttached()
    {
        var move = Extraction.Of(Language.English, "Meta hired Ana Ruiz from Google on July 15 for $100 million.").Moves.ShouldHaveSingleItem();

        Extraction.Describe(move).ShouldBe("~ana-ruiz|joined|google|meta");
        move.When.ShouldBe(new PartialDate(2025, 7, 15));
        move.Amount.ShouldBe(new Money(100_000_000m, "USD", "$100 million"));
    }

    [Theory]
    [InlineData(Language.English, "Chen Yuting joined Meta.", "chen-yuting")]
    [InlineData(Language.English, "Yuting Chen joined Meta.", "chen-yuting")]
    [InlineData(Language.English, "Zhao Shengjia joined Meta.", "~zhao-shengjia")]
    [InlineData(Language.English, "Shengjia Zhao joined Meta.", "~shengjia-zhao")]
    [InlineData(Language.French, "Mme Ana de la Cruz a rejoint Meta.", "~ana-de-la-cruz")]
    [InlineData(Language.Japanese, "イーサン・ナイト氏がメタに入社した。", "~イーサン-ナイト")]
    [InlineData(Language.Japanese, "ナイト氏がメタに入社した。", "~ナイト")]
    [InlineData(Language.Japanese, "鈴木一郎氏がメタに入社した。", "~鈴木一郎")]
    public void Extract_NamesInAnyOrderAndScript_IdentifyTheMover(Language language, string text, string personId) =>
        Extraction.Of(language, text).Moves.ShouldHaveSingleItem().Person.Id.ShouldBe(personId);

    [Fact]
    public void Extract_SurnameLater_IsTheSamePerson()
    {
        var moves = Extraction.Of(Language.Japanese, "イーサン・ナイト氏はOpenAIを退社した。ナイト氏はメタに入社した。").Moves;

        moves.Select(m => m.Person.Id).Distinct().ShouldBe(["~イーサン-ナイト"]);
    }

    [Theory]
    [InlineData("On Monday, Chief AI Scientist Ana Ruiz joined Meta.", "~ana-ruiz")]
    [InlineData("In March, Bloomberg News reported that Ana Ruiz had left Google.", "~ana-ruiz")]
    [InlineData("Silicon Valley veteran Ana Ruiz left Google for Meta in San Francisco.", "~ana-ruiz")]
    public void Extract_CapitalisedWordsThatAreNotNames_AreNotPeople(string text, string onlyPerson) =>
        Extraction.Of(Language.English, text).Mentions.Where(m => m.Kind == EntityKind.Person).Select(m => m.Entity.Id)
            .ShouldBe([onlyPerson]);

    [Fact]
    public void Extract_UnknownCapitalisedWordsOutsideAnyMove_AreNotRecorded() =>
        Extraction.Of(Language.English, "Bloomberg reported that Google Cloud hired aggressively in March.").Mentions
            .ShouldAllBe(m => m.Entity.IsRegistered);

    [Theory]
    [InlineData(Language.English, "Ana Ruiz joined Thinking Machines Lab.", "~thinking-machines-lab")]
    [InlineData(Language.French, "Ana Ruiz a rejoint Kyutai.", "~kyutai")]
    [InlineData(Language.Italian, "Ana Ruiz è passata a Domyn.", "~domyn")]
    [InlineData(Language.Japanese, "アナ・ルイス氏はプリファードに入社した。", "~プリファード")]
    public void Extract_UnknownOrganisationInAnOrganisationSlot_IsRecorded(Language language, string text, string orgId) =>
        Extraction.Of(language, text).Moves.ShouldHaveSingleItem().To!.Id.ShouldBe(orgId);

    [Theory]
    [InlineData(Language.English, "Meta's new lab has 44 members.\nMore than 20 came from OpenAI, at least 13 from Google, 3 from Apple.")]
    [InlineData(Language.French, "Le nouveau laboratoire de Meta compte 44 membres.\nPlus de 20 chercheurs d'OpenAI, au moins 13 de Google, 3 d'Apple.")]
    [InlineData(Language.Italian, "Il nuovo laboratorio di Meta conta 44 membri.\nPiù di 20 persone da OpenAI, almeno 13 da Google.\n3 da Apple.")]
    [InlineData(Language.Japanese, "メタの新研究所には44人が在籍する。\nOpenAIから20人超、グーグルから少なくとも13人、アップルから3人。")]
    public void Extract_CountOnlySentences_GiveCountsToTheRecruiterAndNoMoves(Language language, string text)
    {
        var facts = Extraction.Of(language, text);

        facts.Moves.ShouldBeEmpty();
        facts.Counts.Select(c => (c.From.Id, c.To?.Id, c.Count, c.Bound)).ShouldBe(
        [
            ("openai", "meta", 20, CountBound.MoreThan),
            ("google", "meta", 13, CountBound.AtLeast),
            ("apple", "meta", 3, CountBound.Exactly),
        ]);
    }

    [Theory]
    [InlineData(Language.English, "More than a dozen engineers have left OpenAI for Meta since January.", "openai", "meta", 12, CountBound.MoreThan)]
    [InlineData(Language.French, "Plus de vingt chercheurs ont quitté Google pour Meta depuis janvier.", "google", "meta", 20, CountBound.MoreThan)]
    [InlineData(Language.Italian, "Almeno 15 ingegneri hanno lasciato OpenAI per Meta negli ultimi mesi.", "openai", "meta", 15, CountBound.AtLeast)]
    [InlineData(Language.Japanese, "グーグルからは昨年以降、20人以上の研究者が退職し、メタに移った。", "google", "meta", 20, CountBound.AtLeast)]
    public void Extract_CountOfPeopleWhoLeft_IsACountFromWhatTheyLeft(Language language, string text, string from, string to, int count, CountBound bound)
    {
        var claim = Extraction.Of(language, text).Counts.ShouldHaveSingleItem();

        (claim.From.Id, claim.To?.Id, claim.Count, claim.Bound).ShouldBe((from, to, count, bound));
    }

    [Theory]
    [InlineData(Language.English, "Meta hired Ana Ruiz last week. More than 20 engineers have left OpenAI since January.")]
    [InlineData(Language.French, "Meta a recruté Ana Ruiz la semaine dernière. Plus de 20 ingénieurs ont quitté OpenAI depuis janvier.")]
    [InlineData(Language.Italian, "Meta ha assunto Ana Ruiz la settimana scorsa. Più di 20 ingegneri hanno lasciato OpenAI da gennaio.")]
    public void Extract_CountOfLeaversWithoutADestination_TakesNoneFromTheSentenceBefore(Language language, string text)
    {
        var claim = Extraction.Of(language, text).Counts.ShouldHaveSingleItem();

        (claim.From.Id, claim.To?.Id).ShouldBe(("openai", null));
    }

    [Fact]
    public void Extract_ConflictingClaims_KeepsBothWithTheirOwnSentences()
    {
        var moves = Extraction.Of(Language.English, "Some outlets said Ana Ruiz joined Meta. Others said Ana Ruiz joined Google.").Moves;

        moves.Select(m => (Extraction.Describe(m), m.SentenceIndexes[0]))
            .ShouldBe([("~ana-ruiz|joined||meta", 0), ("~ana-ruiz|joined||google", 1)]);
    }

    [Theory]
    [InlineData(Language.English, "Ana Ruiz and Li Wei, both senior researchers at OpenAI, joined Meta.", "~ana-ruiz|joined|openai|meta", "~li-wei|joined|openai|meta")]
    [InlineData(Language.English, "Ana Ruiz, a vice president at Google DeepMind, joined Anthropic in May.", "~ana-ruiz|joined|deepmind|anthropic")]
    [InlineData(Language.English, "Ana Ruiz, a researcher at OpenAI, left last week.", "~ana-ruiz|left|openai|")]
    [InlineData(Language.French, "Ana Ruiz, chercheuse chez Apple, a rejoint Meta.", "~ana-ruiz|joined|apple|meta")]
    [InlineData(Language.Italian, "Ana Ruiz, ricercatrice di Apple, è passata a Meta.", "~ana-ruiz|joined|apple|meta")]
    [InlineData(Language.Japanese, "OpenAIの研究者プリヤ・ラマン氏がメタに入社した。", "priya-raman|joined|openai|meta")]
    [InlineData(Language.Japanese, "メタはグーグルの研究者プリヤ・ラマン氏を採用した。", "priya-raman|joined|google|meta")]
    public void Extract_RolePhraseOrganisation_IsWhereTheMoverCameFrom(Language language, string text, params string[] expected) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe).ShouldBe(expected);

    [Theory]
    [InlineData(Language.English, "Meta has a new research chief. Priya Raman comes from Google.", "priya-raman|joined|google|meta")]
    [InlineData(Language.English, "Priya Raman, who arrives from Google, joined Meta.", "priya-raman|joined|google|meta")]
    [InlineData(Language.French, "Priya Raman, en provenance de Google, a rejoint Meta.", "priya-raman|joined|google|meta")]
    [InlineData(Language.French, "Meta a un nouveau directeur scientifique. Priya Raman arrive de Google.", "priya-raman|joined|google|meta")]
    [InlineData(Language.Italian, "Meta ha un nuovo capo della ricerca. Priya Raman arriva da Google.", "priya-raman|joined|google|meta")]
    [InlineData(Language.Italian, "Priya Raman, che proviene da Google, è entrata in Meta.", "priya-raman|joined|google|meta")]
    public void Extract_ArrivalFromAnOrganisation_GivesTheOrigin(Language language, string text, string expected) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe).ShouldBe([expected]);

    [Theory]
    [InlineData(Language.English, "Priya Raman was appointed head of Meta Superintelligence Labs.")]
    [InlineData(Language.French, "Priya Raman a été nommée directrice de Meta Superintelligence Labs.")]
    [InlineData(Language.Italian, "Priya Raman è stata nominata responsabile di Meta Superintelligence Labs.")]
    public void Extract_AppointmentAtAUnit_GoesToThatUnit(Language language, string text) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe).ShouldBe(["priya-raman|appointed||meta-msl"]);

    [Theory]
    [InlineData(Language.English, "Priya Raman returned to Google in July. She was named vice president of research.")]
    [InlineData(Language.French, "Priya Raman est revenue chez Google en juillet. Elle a été nommée vice-présidente de la recherche.")]
    [InlineData(Language.Italian, "Priya Raman è tornata in Google a luglio. È stata nominata vicepresidente della ricerca.")]
    [InlineData(Language.Japanese, "プリヤ・ラマン氏は7月にグーグルに復帰した。同氏は研究担当の副社長に就任した。")]
    public void Extract_AppointmentWithoutOrganisation_TakesItFromTheSentenceBefore(Language language, string text) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe)
            .ShouldBe(["priya-raman|returned||google", "priya-raman|appointed||google"]);

    [Theory]
    [InlineData(Language.English, "Priya Raman signed with Meta in April. She never showed up for her first day.")]
    [InlineData(Language.English, "Priya Raman was hired by Meta in April but never showed up for her first day.")]
    [InlineData(Language.French, "Priya Raman travaillait chez Google. Recrutée par Meta en avril, elle ne s'est jamais présentée à son premier jour.")]
    [InlineData(Language.Italian, "Priya Raman, assunta da Meta ad aprile, non si è mai presentata al lavoro.")]
    [InlineData(Language.Japanese, "プリヤ・ラマン氏は4月にメタと契約したが、初日に現れなかった。")]
    [InlineData(Language.Japanese, "プリヤ・ラマン氏は4月にメタと契約した。しかし同氏は初出社しなかった。")]
    public void Extract_NeverShowedUp_IsNeverStartedAtWhereTheySigned(Language language, string text) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe).ShouldBe(["priya-raman|never_started||meta"]);

    [Theory]
    [InlineData(Language.English, "Priya Raman threatened to quit OpenAI if she was not promoted.")]
    [InlineData(Language.French, "Priya Raman a menacé de démissionner d'OpenAI si elle n'était pas promue.")]
    [InlineData(Language.Italian, "Priya Raman ha minacciato di dimettersi da OpenAI se lei non fosse stata promossa.")]
    [InlineData(Language.Japanese, "プリヤ・ラマン氏は、昇進できなければOpenAIを辞めると脅した。")]
    public void Extract_ThreatWithACondition_IsAThreatToLeave(Language language, string text) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe).ShouldBe(["priya-raman|threatened_to_leave|openai|"]);

    [Theory]
    [InlineData(Language.Japanese, "サラ・リンドクヴィスト氏がOpenAIを退社した。プリヤ・ラマン氏とダニエル・オカフォー氏も退職し、xAIに加わった。")]
    public void Extract_JapaneseCoordinatedSubjectsWithMo_BothTakeTheSecondVerbsOrganisation(Language language, string text) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe).ShouldBe(
            ["sara-lindqvist|left|openai|", "priya-raman|left|openai|xai", "daniel-okafor|left|openai|xai"]);

    [Theory]
    [InlineData(Language.English, "Meta reorganised its lab in June. The reshuffle ended up leaving many dissatisfied.")]
    [InlineData(Language.English, "Priya Raman runs research at OpenAI. She said she would leave the door open to other offers.")]
    [InlineData(Language.French, "Priya Raman dirige la recherche chez OpenAI. La réorganisation a fini par laisser beaucoup de déçus, quittant la salle en colère.")]
    [InlineData(Language.Italian, "Priya Raman dirige la ricerca presso OpenAI. Ha riorganizzato il laboratorio, lasciando molti insoddisfatti.")]
    public void Extract_FigurativeDeparture_GivesNoMove(Language language, string text) =>
        Extraction.Of(language, text).Moves.ShouldBeEmpty();

    [Theory]
    [InlineData(Language.English, "Priya Raman works at OpenAI. The researchers who left are now in demand.")]
    [InlineData(Language.French, "Priya Raman travaille chez OpenAI. Les chercheurs partis sont très demandés, et ils ont quitté l'entreprise sans bruit.")]
    [InlineData(Language.Italian, "Priya Raman lavora presso OpenAI. Questi ricercatori che se ne sono andati sono molto richiesti.")]
    [InlineData(Language.Japanese, "プリヤ・ラマン氏はOpenAIで働いている。研究者たちは同社を退社した。")]
    public void Extract_GenericPluralSubject_IsNotAnEarlierPerson(Language language, string text) =>
        Extraction.Of(language, text).Moves.ShouldBeEmpty();

    [Theory]
    [InlineData(Language.English, "OpenAI CEO Sam Altman claimed that many researchers left for Meta.")]
    [InlineData(Language.French, "Selon Sam Altman, plusieurs chercheurs ont quitté OpenAI.")]
    [InlineData(Language.Italian, "Secondo Sam Altman, molti ricercatori hanno lasciato OpenAI.")]
    [InlineData(Language.Japanese, "アルトマン氏によると、多くの研究者がOpenAIを退社した。")]
    [InlineData(Language.Japanese, "アルトマン氏は、多くの研究者がメタに移籍したと主張した。")]
    public void Extract_SourceOfAClaim_IsNotTheMover(Language language, string text) =>
        Extraction.Of(language, text).Moves.ShouldBeEmpty();

    [Theory]
    [InlineData(Language.English, "Zuckerberg's recruits are leaving the company, Meta said.")]
    [InlineData(Language.English, "Mark Zuckerberg personally recruited researchers who are now leaving Meta.")]
    [InlineData(Language.French, "Les recrues de Zuckerberg quittent Meta.")]
    [InlineData(Language.Italian, "Le reclute di Zuckerberg lasciano Meta.")]
    [InlineData(Language.Japanese, "ザッカーバーグ氏が採用した研究者たちがメタを去っている。")]
    public void Extract_BossWhoHires_IsNotTheMover(Language language, string text) =>
        Extraction.Of(language, text).Moves.ShouldBeEmpty();
}
