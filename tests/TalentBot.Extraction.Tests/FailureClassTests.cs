using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Extraction.Tests;

/// <summary>
/// The failure classes that made the first extractor wrong on news it was not shaped on, each in the four languages,
/// with sentences written for these tests: the nearest name is not the mover, clauses decide roles, references
/// resolve to whom the text is about or to no one, organisations are whole and places are not organisations, doubt
/// reaches across sentences, and Japanese names stay one person.
/// </summary>
public sealed class FailureClassTests
{
    /// <summary>An end's id, or null: Shouldly's predicates are expression trees, which take no <c>?.</c>.</summary>
    private static string? Id(EntityRef? organisation) => organisation?.Id;

    private static IEnumerable<string> Moves(Language language, string text) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe);

    [Theory]
    [InlineData(Language.English, "Ana Ruiz — who reported directly to the chief executive, Paul Grant — announced her departure from Meta.")]
    [InlineData(Language.French, "Ana Ruiz, qui rendait compte directement au directeur général, Paul Grant, a annoncé son départ de Meta.")]
    [InlineData(Language.Italian, "Ana Ruiz, che riferiva direttamente all'amministratore delegato Paul Grant, ha annunciato la sua uscita da Meta.")]
    [InlineData(Language.Japanese, "最高経営責任者のポール・グラント氏に直属していたアナ・ルイス氏は、メタを退社すると発表した。")]
    public void Extract_NameInsideTheMoversAside_IsNotTheMover(Language language, string text)
    {
        var move = Extraction.Of(language, text).Moves.ShouldHaveSingleItem();

        move.Person.Name.ShouldBe(language == Language.Japanese ? "アナ・ルイス" : "Ana Ruiz");
        (move.Kind, move.From?.Id).ShouldBe((MoveKind.Left, "meta"));
    }

    [Theory]
    [InlineData(Language.English, "A former Microsoft engineer, Li Wei, joined xAI in March.")]
    [InlineData(Language.French, "Ancien ingénieur de Microsoft, Li Wei a rejoint xAI en mars.")]
    [InlineData(Language.Italian, "Ex ingegnere di Microsoft, Li Wei è entrato in xAI a marzo.")]
    [InlineData(Language.Japanese, "元マイクロソフトのエンジニアのリー・ウェイ氏は3月にxAIに入社した。")]
    public void Extract_PastEmployerInATitle_IsNotTheOrganisationJustLeft(Language language, string text)
    {
        var move = Extraction.Of(language, text).Moves.ShouldHaveSingleItem();

        (move.Kind, move.To?.Id).ShouldBe((MoveKind.Joined, "xai"));
        // A title says where the person once was, not that they came from there now: no origin is better than a guess.
        move.From.ShouldBeNull();
    }

    [Theory]
    [InlineData(Language.English, "Three researchers left OpenAI for Anthropic: Ana Ruiz, Kai Mendes and Leo Costa.")]
    [InlineData(Language.French, "Trois chercheurs ont quitté OpenAI pour Anthropic : Ana Ruiz, Kai Mendes et Leo Costa.")]
    [InlineData(Language.Italian, "Tre ricercatori hanno lasciato OpenAI per Anthropic: Ana Ruiz, Kai Mendes e Leo Costa.")]
    public void Extract_ListAfterAColon_GivesEachMemberTheMove(Language language, string text) =>
        Moves(language, text).Order().ShouldBe(["~ana-ruiz|left|openai|anthropic", "~kai-mendes|left|openai|anthropic", "~leo-costa|left|openai|anthropic"]);

    [Theory]
    [InlineData(Language.English, "Poached by xAI last spring, Ana Ruiz now leads its research team.")]
    [InlineData(Language.French, "Débauchée par xAI au printemps dernier, Ana Ruiz dirige désormais son équipe de recherche.")]
    [InlineData(Language.Italian, "Strappata da xAI la scorsa primavera, Ana Ruiz guida ora il suo gruppo di ricerca.")]
    [InlineData(Language.Japanese, "昨春xAIに引き抜かれたアナ・ルイス氏は、現在研究チームを率いている。")]
    public void Extract_FrontedPassiveClause_IsAJoiningOfItsSubject(Language language, string text)
    {
        var move = Extraction.Of(language, text).Moves.ShouldHaveSingleItem();

        move.Person.Name.ShouldBe(language == Language.Japanese ? "アナ・ルイス" : "Ana Ruiz");
        (move.Kind, move.To?.Id).ShouldBe((MoveKind.Joined, "xai"));
    }

    [Theory]
    [InlineData(Language.English, "Ken Yamada, who left OpenAI in May, has joined Meta.")]
    [InlineData(Language.French, "Ken Yamada, qui a quitté OpenAI en mai, a rejoint Meta.")]
    [InlineData(Language.Italian, "Ken Yamada, che ha lasciato OpenAI a maggio, è entrato in Meta.")]
    [InlineData(Language.Japanese, "5月にOpenAIを去った山田健氏は、メタに入社した。")]
    public void Extract_RelativeClauseBeforeTheMainVerb_GivesTheOriginOfTheArrival(Language language, string text) =>
        // One move with both ends: "left OpenAI for Meta" and "joined Meta from OpenAI" say the same thing.
        Extraction.Of(language, text).Moves.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            m => m.Kind.ShouldBeOneOf(MoveKind.Joined, MoveKind.Left),
            m => (m.From?.Id, m.To?.Id).ShouldBe(("openai", "meta")));

    [Theory]
    [InlineData(Language.English, "Tom Hale joined Anthropic in 2023. Mia Laurent spent five years at Google. Last week she started at OpenAI.")]
    [InlineData(Language.French, "Tom Hale a rejoint Anthropic en 2023. Mia Laurent a passé cinq ans chez Google. La semaine dernière, elle a rejoint OpenAI.")]
    [InlineData(Language.Italian, "Tom Hale è entrato in Anthropic nel 2023. Mia Laurent ha trascorso cinque anni in Google. La settimana scorsa è passata a OpenAI.")]
    [InlineData(Language.Japanese, "トム・ヘイル氏は2023年にアンソロピックに入社した。ミア・ローラン氏はグーグルに5年間在籍した。同氏は先週、OpenAIに入社した。")]
    public void Extract_PronounAfterTwoPeople_ResolvesToTheOneTheSentenceBeforeIsAbout(Language language, string text)
    {
        var toOpenAi = Extraction.Of(language, text).Moves.Where(m => Id(m.To) == "openai").ShouldHaveSingleItem();

        toOpenAi.Person.Name.ShouldBe(language == Language.Japanese ? "ミア・ローラン" : "Mia Laurent");
        toOpenAi.Confidence.Reasons.ShouldContain(InferenceReason.Coreference);
    }

    [Theory]
    [InlineData(Language.English, "Kai Mendes left Google in May. The researcher joined Meta last week.")]
    [InlineData(Language.French, "Kai Mendes a quitté Google en mai. Le chercheur a rejoint Meta la semaine dernière.")]
    [InlineData(Language.Italian, "Kai Mendes ha lasciato Google a maggio. Il ricercatore è entrato in Meta la settimana scorsa.")]
    [InlineData(Language.Japanese, "カイ・メンデス氏は5月にグーグルを退社した。同氏は先週メタに入社した。")]
    public void Extract_RoleNounOrDoushi_ResolvesToThePersonBefore(Language language, string text) =>
        Extraction.Of(language, text).Moves.ShouldContain(m => m.Kind == MoveKind.Joined && Id(m.To) == "meta"
                                                               && m.Person.Name == (language == Language.Japanese ? "カイ・メンデス" : "Kai Mendes"));

    [Theory]
    [InlineData(Language.English, "Hiring news\n\nShe joined Meta last week.")]
    [InlineData(Language.French, "Recrutements\n\nElle a rejoint Meta la semaine dernière.")]
    [InlineData(Language.Italian, "Assunzioni\n\nLei è entrata in Meta la settimana scorsa.")]
    [InlineData(Language.Japanese, "人事\n\n彼女は先週メタに入社した。")]
    public void Extract_PronounWithNoAntecedent_IsNoMove(Language language, string text) =>
        Moves(language, text).ShouldBeEmpty();

    [Theory]
    [InlineData(Language.English, "Meta has a new chief scientist, Leo Costa. Costa left Google in June.", "~leo-costa")]
    [InlineData(Language.French, "Meta a un nouveau directeur scientifique, Leo Costa. Costa a quitté Google en juin.", "~leo-costa")]
    [InlineData(Language.Italian, "Meta ha un nuovo direttore scientifico, Leo Costa. Costa ha lasciato Google a giugno.", "~leo-costa")]
    [InlineData(Language.Japanese, "メタの新しい主任科学者は高橋由美氏だ。高橋氏は6月にグーグルを退社した。", "~高橋由美")]
    public void Extract_SurnameInTheNextSentence_IsThePersonIntroducedBefore(Language language, string text, string person) =>
        Moves(language, text).ShouldContain($"{person}|left|google|");

    [Theory]
    [InlineData(Language.English, "Anne Le Roux left Apple for Mistral AI.", "Anne Le Roux")]
    [InlineData(Language.French, "Pieter van Dijk a quitté Apple pour Mistral AI.", "Pieter van Dijk")]
    [InlineData(Language.Italian, "Marco De Luca ha lasciato Apple per Mistral AI.", "Marco De Luca")]
    [InlineData(Language.Japanese, "ヤン・ファン・ダイク氏はアップルを退社し、ミストラルに移籍した。", "ヤン・ファン・ダイク")]
    public void Extract_NameWithAParticle_IsOnePerson(Language language, string text, string person) =>
        Extraction.Of(language, text).Moves.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            m => m.Person.Name.ShouldBe(person),
            m => (m.From?.Id, m.To?.Id).ShouldBe(("apple", "mistral")));

    [Theory]
    [InlineData(Language.English, "Anne Martin left Apple in Cupertino for Meta in Menlo Park.")]
    [InlineData(Language.French, "Anne Martin a quitté Apple à Cupertino pour Meta à Menlo Park.")]
    [InlineData(Language.Italian, "Anne Martin ha lasciato Apple a Cupertino per Meta a Menlo Park.")]
    [InlineData(Language.Japanese, "アン・マーティン氏はクパチーノのアップルを辞め、メンローパークのメタに移籍した。")]
    public void Extract_PlacesBesideOrganisations_AreNotOrganisations(Language language, string text)
    {
        var facts = Extraction.Of(language, text);

        facts.Moves.ShouldContain(m => Id(m.From) == "apple" && Id(m.To) == "meta");
        facts.Mentions.Where(m => m.Kind == EntityKind.Organisation).Select(m => m.Entity.Id).Distinct().Order().ShouldBe(["apple", "meta"]);
    }

    [Theory]
    [InlineData(Language.English, "A Google veteran, Anne Martin left Meta for Anthropic in June.")]
    [InlineData(Language.French, "Vétéran de Google, Anne Martin a quitté Meta pour Anthropic en juin.")]
    [InlineData(Language.Italian, "Veterana di Google, Anne Martin ha lasciato Meta per Anthropic a giugno.")]
    [InlineData(Language.Japanese, "元グーグルのアン・マーティン氏は6月、メタを退社しアンソロピックに移籍した。")]
    public void Extract_FormerEmployerInATitle_IsNotWhatTheMoveLeaves(Language language, string text)
    {
        var moves = Extraction.Of(language, text).Moves;

        moves.ShouldContain(m => Id(m.From) == "meta" && Id(m.To) == "anthropic");
        moves.ShouldNotContain(m => Id(m.From) == "google");
    }

    [Theory]
    [InlineData(Language.English, "Claire Dubois joined Meta, according to a report. The company denied the report on Friday.")]
    [InlineData(Language.French, "Claire Dubois a rejoint Meta, selon un rapport. L'entreprise a démenti l'information vendredi.")]
    [InlineData(Language.Italian, "Claire Dubois è entrata in Meta, secondo un rapporto. L'azienda ha smentito la notizia venerdì.")]
    [InlineData(Language.Japanese, "報道によると、クレア・デュボワ氏はメタに入社した。同社は金曜日にこれを否定した。")]
    public void Extract_DenialInTheNextSentence_RetractsTheMove(Language language, string text) =>
        Moves(language, text).ShouldBeEmpty();

    [Theory]
    [InlineData(Language.English, "Claire Dubois joined Meta last week, according to one report, but the company denied it.")]
    [InlineData(Language.French, "Claire Dubois a rejoint Meta, selon un rapport, mais l'entreprise a démenti l'information.")]
    [InlineData(Language.Italian, "Claire Dubois è entrata in Meta, secondo un rapporto, ma l'azienda ha smentito la notizia.")]
    [InlineData(Language.Japanese, "クレア・デュボワ氏がメタに移籍するという報道がありましたが、メタはこの報道を否定しました。")]
    public void Extract_DenialLaterInTheSameSentence_RetractsTheMove(Language language, string text) =>
        Moves(language, text).ShouldBeEmpty();

    [Theory]
    [InlineData(Language.English, "Claire Dubois joined Meta in May, while Apple denied that Anne Martin had left.")]
    [InlineData(Language.French, "Claire Dubois a rejoint Meta en mai, tandis qu'Apple a démenti le départ d'Anne Martin.")]
    public void Extract_DenialOfAnotherPersonsMove_LeavesThisOne(Language language, string text) =>
        Extraction.Of(language, text).Moves.ShouldContain(m => m.Person.Id == "~claire-dubois" && Id(m.To) == "meta");

    [Theory]
    [InlineData(Language.English, "Should Anne Martin leave Apple, she would join Meta.")]
    [InlineData(Language.French, "Si Anne Martin quittait Apple, elle rejoindrait Meta.")]
    [InlineData(Language.Italian, "Se Anne Martin lasciasse Apple, entrerebbe in Meta.")]
    [InlineData(Language.Japanese, "もしアン・マーティン氏がアップルを辞めれば、メタに入社するだろう。")]
    public void Extract_Hypothetical_IsNoMove(Language language, string text) =>
        Moves(language, text).ShouldBeEmpty();

    [Theory]
    [InlineData(Language.English, "Anne Martin, who joined Meta in June, threatened to go back to OpenAI.")]
    [InlineData(Language.French, "Anne Martin, arrivée chez Meta en juin, a menacé de retourner chez OpenAI.")]
    [InlineData(Language.Italian, "Anne Martin, entrata in Meta a giugno, ha minacciato di tornare in OpenAI.")]
    [InlineData(Language.Japanese, "6月にメタに入社したアン・マーティン氏は、OpenAIに戻ると脅した。")]
    public void Extract_ThreatToGoBack_StaysAThreat(Language language, string text)
    {
        var moves = Extraction.Of(language, text).Moves;

        moves.ShouldContain(m => m.Kind == MoveKind.ThreatenedToLeave && Id(m.To) == "openai");
        moves.ShouldNotContain(m => m.Kind == MoveKind.Returned);
    }

    [Theory]
    [InlineData(Language.English, "Meta offered Anne Martin a package worth millions. Despite the offer, Martin declined.")]
    [InlineData(Language.French, "Meta a proposé à Anne Martin un salaire de plusieurs millions. Malgré l'offre, Martin a refusé.")]
    [InlineData(Language.Italian, "Meta ha offerto ad Anne Martin un compenso milionario. Nonostante l'offerta, Martin ha rifiutato.")]
    [InlineData(Language.Japanese, "メタはアン・マーティン氏に数百万ドルの報酬を提示した。しかし同氏はこの申し出を断った。")]
    public void Extract_TerseRefusalAfterAnOffer_IsADeclinedOffer(Language language, string text) =>
        Extraction.Of(language, text).Moves.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            m => m.Kind.ShouldBe(MoveKind.DeclinedOffer),
            m => m.To!.Id.ShouldBe("meta"));

    [Theory]
    [InlineData(Language.English, "Google has lost a dozen researchers to OpenAI this year.", 12)]
    [InlineData(Language.French, "Google a perdu une douzaine de chercheurs au profit d'OpenAI cette année.", 12)]
    [InlineData(Language.Italian, "Google ha perso una dozzina di ricercatori a favore di OpenAI quest'anno.", 12)]
    [InlineData(Language.Japanese, "グーグルは今年、12人の研究者をOpenAIに引き抜かれた。", 12)]
    public void Extract_LossToAnotherOrganisation_IsAHeadCountFromTheLoser(Language language, string text, int count)
    {
        var facts = Extraction.Of(language, text);

        var claim = facts.Counts.ShouldHaveSingleItem();
        (claim.From.Id, claim.To?.Id, claim.Count).ShouldBe(("google", "openai", count));
        facts.Moves.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Language.English, "Ana Ruiz joined Meta from OpenAI in July. Her package is worth $100 million over four years.")]
    [InlineData(Language.French, "Ana Ruiz a rejoint Meta en provenance d'OpenAI en juillet. Sa rémunération atteint 100 millions de dollars sur quatre ans.")]
    [InlineData(Language.Italian, "Ana Ruiz è passata da OpenAI a Meta a luglio. Il suo compenso vale 100 milioni di dollari in quattro anni.")]
    [InlineData(Language.Japanese, "アナ・ルイス氏は7月にOpenAIからメタに移籍した。同氏の報酬は4年間で1億ドルに上る。")]
    public void Extract_PayInTheNextSentence_IsAttachedToTheOnlyMove(Language language, string text)
    {
        var move = Extraction.Of(language, text).Moves.ShouldHaveSingleItem();

        move.Amount.ShouldNotBeNull().Amount.ShouldBe(100_000_000m);
        move.Amount.Currency.ShouldBe("USD");
    }

    [Fact]
    public void Extract_JapaneseSurnameAfterTheFullName_IsTheSamePerson()
    {
        var moves = Extraction.Of(Language.Japanese, "高橋由美氏は5月にグーグルを退社した。関係者によると、高橋氏は来月メタに入社する。").Moves;

        moves.Select(m => m.Person.Name).Distinct().ShouldBe(["高橋由美"]);
        moves.ShouldContain(m => Id(m.To) == "meta");
    }

    [Fact]
    public void Extract_JapaneseKanjiNameWithoutHonorific_IsAPerson() =>
        Extraction.Of(Language.Japanese, "研究者の高橋由美はグーグルを退社し、メタに移籍した。").Moves.ShouldHaveSingleItem()
            .ShouldSatisfyAllConditions(m => m.Person.Id.ShouldBe("~高橋由美"), m => (m.From?.Id, m.To?.Id).ShouldBe(("google", "meta")));

    [Fact]
    public void Extract_KatakanaNameWithItsLatinSpelling_IsOnePerson()
    {
        var facts = Extraction.Of(Language.Japanese, "ニコ・ベルガー（Niko Berger）氏はグーグルを退社し、メタに移籍した。");

        facts.Moves.Select(m => m.Person.Id).Distinct().ShouldHaveSingleItem();
        facts.Mentions.Where(m => m.Kind == EntityKind.Person).Select(m => m.Entity.Id).Distinct().ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData(Language.English, "Ana Ruiz left Meta for OpenAI.")]
    [InlineData(Language.French, "Ana Ruiz a quitté Meta pour OpenAI.")]
    [InlineData(Language.Italian, "Ana Ruiz ha lasciato Meta per OpenAI.")]
    [InlineData(Language.Japanese, "アナ・ルイス氏はメタを退社し、OpenAIに移籍した。")]
    public void Extract_NamedSubjectWithBothEnds_IsStated(Language language, string text) =>
        Extraction.Of(language, text).Moves.ShouldAllBe(m => m.Confidence == MoveConfidence.Stated);

    [Theory]
    [InlineData(Language.English, "Meta is hiring again. Ana Ruiz joined last week.")]
    [InlineData(Language.French, "Meta recrute à nouveau. Ana Ruiz l'a rejoint la semaine dernière.")]
    [InlineData(Language.Italian, "Meta assume di nuovo. Ana Ruiz è arrivata la settimana scorsa.")]
    [InlineData(Language.Japanese, "メタは採用を再開した。アナ・ルイス氏は先週入社した。")]
    public void Extract_OrganisationFromTheSentenceBefore_IsInferredFromTheNeighbour(Language language, string text)
    {
        var move = Extraction.Of(language, text).Moves.ShouldHaveSingleItem();

        move.To!.Id.ShouldBe("meta");
        move.Confidence.Certainty.ShouldBe(Certainty.Inferred);
        move.Confidence.Reasons.ShouldContain(InferenceReason.NeighbouringSentence);
        move.SentenceIndexes.ShouldBe([1, 0], ignoreOrder: true);
    }

    [Theory]
    [InlineData(Language.English, "Ana Ruiz moved to OpenAI in 2024, and Li Wei left in February.", "~ana-ruiz|joined||openai")]
    [InlineData(Language.French, "Ana Ruiz a rejoint OpenAI en 2024, et Li Wei est parti en février.", "~ana-ruiz|joined||openai")]
    [InlineData(Language.Italian, "Ana Ruiz è passata a OpenAI nel 2024, e Li Wei se n'è andato a febbraio.", "~ana-ruiz|joined||openai")]
    [InlineData(Language.Japanese, "アナ・ルイス氏は2024年にOpenAIに移籍し、リー・ウェイ氏は昨年2月に退職した。", "~アナ-ルイス|joined||openai")]
    public void Extract_SomeoneElsesArrival_IsNotWhatADepartureLeaves(Language language, string text, string arrival) =>
        Moves(language, text).ShouldBe([arrival]);

    [Theory]
    [InlineData(Language.English, "After five years at OpenAI, Ana Ruiz has left for rival AI company Anthropic.", "~ana-ruiz|left|openai|anthropic")]
    [InlineData(Language.Japanese, "アナ・ルイス氏は、オープンAIのリサーチ部門を去り、ライバルのアンソロピックに移った。", "~アナ-ルイス|left|openai|anthropic")]
    public void Extract_DestinationDescribedAfterFor_IsWhereTheDepartureWent(Language language, string text, string expected) =>
        Moves(language, text).ShouldBe([expected]);

    [Fact]
    public void Extract_JapaneseOrganisationAfterAMoveNoun_BelongsToTheVerbAfterIt() =>
        Moves(Language.Japanese, "アナ・ルイス氏の移籍は、アップルの研究部門からの頭脳流出を示すものだ。").ShouldBeEmpty();

    [Theory]
    [InlineData(Language.English, "Ana Ruiz and Li Wei, formerly based at the London office of OpenAI, will join Meta.")]
    [InlineData(Language.Italian, "Ana Ruiz e Li Wei, precedentemente in forza presso la sede londinese di OpenAI, si uniranno a Meta.")]
    public void Extract_FormerUnitOfAnOrganisation_IsNotWhereTheGroupGoes(Language language, string text) =>
        Moves(language, text).ShouldBe(["~ana-ruiz|joined||meta", "~li-wei|joined||meta"]);

    [Theory]
    [InlineData(Language.English, "Meta hires a new chief scientist from Google, Ana Ruiz moves to Mistral AI.")]
    [InlineData(Language.Italian, "Domyn recluta da Microsoft la nuova chief scientist, Ana Ruiz passa a Mistral AI.")]
    public void Extract_NameStartingItsOwnClauseAfterAHire_IsNotTheOneHired(Language language, string text) =>
        Moves(language, text).ShouldBe(["~ana-ruiz|joined||mistral"]);

    [Theory]
    [InlineData(Language.English, "Ana Ruiz, who graduated from Carnegie Mellon, joined Anthropic.", "~ana-ruiz|joined||anthropic")]
    [InlineData(Language.French, "Diplômée de Polytechnique, Ana Ruiz a rejoint Mistral AI.", "~ana-ruiz|joined||mistral")]
    [InlineData(Language.Italian, "Laureata al Politecnico di Milano, Chiara Bonomi è approdata a Mistral AI.", "~chiara-bonomi|joined||mistral")]
    [InlineData(Language.Japanese, "東都大学を卒業したアナ・ルイス氏は、メタに入社した。", "~アナ-ルイス|joined||meta")]
    [InlineData(Language.French, "Ana Ruiz a quitté l'équipe ML (Machine Learning) d'Apple pour rejoindre Meta.", "~ana-ruiz|left|apple|meta")]
    public void Extract_SchoolsAndCapitalisedCommonNouns_AreNeitherPeopleNorEmployers(Language language, string text, string expected) =>
        Moves(language, text).ShouldBe([expected]);

    [Theory]
    [InlineData(Language.English, "Mistral AI confirmed the hiring of Karim Haddou, until now a researcher at Google.", "~karim-haddou")]
    [InlineData(Language.French, "Mistral AI a confirmé l'arrivée de Karim Haddou, jusqu'ici chercheur chez Google.", "~karim-haddou")]
    [InlineData(Language.French, "Mistral AI a fait appel à Karim Haddou, jusqu'ici chercheur chez Google.", "~karim-haddou")]
    [InlineData(Language.Italian, "Mistral AI ha chiamato Marco Neri, finora ingegnere presso Google.", "~marco-neri")]
    [InlineData(Language.Italian, "Mistral AI ha annunciato l'arrivo di Marco Neri, finora ingegnere presso Google.", "~marco-neri")]
    public void Extract_HireWhosePhraseEndsInAPreposition_HiresTheNameAfterIt(Language language, string text, string person) =>
        Moves(language, text).ShouldBe([$"{person}|joined|google|mistral"]);

    [Fact]
    public void Extract_JapaneseNameOwningTheTeamAHireComesFrom_IsNotTheOneHired() =>
        Moves(Language.Japanese, "グーグルはアナ・ルイス氏のチームから研究者2人を採用した。").ShouldBeEmpty();

    [Theory]
    [InlineData("アナ・ルイス氏のメタへの移籍が明らかになった。", new[] { "~アナ-ルイス|joined||meta" })]
    [InlineData("リー・ウェイ氏、トム・ハレ氏の2名がすでにメタへ移籍した。", new[] { "~リー-ウェイ|joined||meta", "~トム-ハレ|joined||meta" })]
    public void Extract_JapaneseNameOwningTheMoveOrNamingTheGroup_IsTheMover(string text, string[] expected) =>
        Moves(Language.Japanese, text).ShouldBe(expected);

    [Theory]
    [InlineData(Language.Japanese, "メタは17日、アナ・ルイス氏を研究部門長に任命したと発表した。ルイス氏は2024年にグーグルから同社に入社した。同社はあわせて、リー・ウェイ氏の採用も明らかにした。", "~リー-ウェイ|joined||meta")]
    [InlineData(Language.English, "Meta on Tuesday named Ana Ruiz head of research. Ruiz joined the company from Google in 2024. The company also hired Li Wei.", "~li-wei|joined||meta")]
    public void Extract_CompanyReferredToAgain_IsTheOneTheLastReferenceMeant(Language language, string text, string expected) =>
        Moves(language, text).ShouldContain(expected);

    [Theory]
    [InlineData(Language.French, "Meta a également nommé Adrian Voss directeur des opérations.", "~adrian-voss|appointed||meta")]
    [InlineData(Language.French, "Ana Ruiz a finalement rejoint Mistral AI.", "~ana-ruiz|joined||mistral")]
    [InlineData(Language.French, "Mistral AI a discrètement recruté Ana Ruiz.", "~ana-ruiz|joined||mistral")]
    [InlineData(Language.Italian, "Meta ha inoltre nominato Adrian Voss direttore operativo.", "~adrian-voss|appointed||meta")]
    [InlineData(Language.Italian, "Mistral AI ha recentemente reclutato Marco Neri.", "~marco-neri|joined||mistral")]
    [InlineData(Language.Italian, "Marco Neri è poi passato a Mistral AI.", "~marco-neri|joined||mistral")]
    public void Extract_AdverbBetweenAuxiliaryAndParticiple_StillReadsTheMove(Language language, string text, string expected) =>
        Moves(language, text).ShouldBe([expected]);

    [Theory]
    [InlineData(Language.English, "In addition to the hiring of two Google researchers, Mistral AI recruited Ana Ruiz.", "~ana-ruiz|joined||mistral")]
    [InlineData(Language.French, "Outre l'embauche de deux chercheurs de Google, Mistral AI a recruté Ana Ruiz.", "~ana-ruiz|joined||mistral")]
    [InlineData(Language.Italian, "Oltre all'ingaggio di due ricercatori di Google, Mistral AI ha reclutato Marco Neri.", "~marco-neri|joined||mistral")]
    [InlineData(Language.Japanese, "グーグルの技術者2人に加え、メタはアナ・ルイス氏を採用した。", "~アナ-ルイス|joined||meta")]
    public void Extract_OrganisationInALeadingBesidesPhrase_IsNoEndOfTheMainMove(Language language, string text, string expected) =>
        Moves(language, text).ShouldBe([expected]);

    [Theory]
    [InlineData(Language.Japanese, "メタは5日、研究者4人を採用したと発表した。ザイツェフ氏はOpenAIで強化学習を担当していた。また同社は、最高執行責任者にアドリアン・フォス氏が就任したことも明らかにした。", "~アドリアン-フォス|appointed||meta")]
    [InlineData(Language.English, "Meta hired four researchers on Monday. Zaitsev worked on reinforcement learning at OpenAI. The company also appointed Adrian Voss as chief operating officer.", "~adrian-voss|appointed||meta")]
    public void Extract_CompanyAfterABackgroundEmployer_IsTheOneTheLeadIsAbout(Language language, string text, string expected) =>
        Moves(language, text).ShouldContain(expected);

    [Fact]
    public void Extract_JapaneseCleftListingWhoJoined_GivesEachTheEmployerInTheirAside() =>
        Moves(Language.Japanese, "メタは5日、研究者3人を採用したと発表した。加わったのは、アナ・ルイス氏（OpenAI）、リー・ウェイ氏（元グーグル、直近はMistral AI）、トム・ハレ氏（Nvidia）の3人だ。")
            .ShouldBe(["~アナ-ルイス|joined|openai|meta", "~リー-ウェイ|joined|mistral|meta", "~トム-ハレ|joined|nvidia|meta"], ignoreOrder: true);

    [Theory]
    [InlineData(Language.Japanese, "メタは2日、グーグルで研究に携わってきたアナ・ルイス氏が1日付で同社に入社したと発表した。", "~アナ-ルイス|joined|google|meta")]
    [InlineData(Language.English, "Meta said on Tuesday that Ana Ruiz, a researcher at Google, had joined the company.", "~ana-ruiz|joined|google|meta")]
    [InlineData(Language.French, "Meta a annoncé mardi qu'Ana Ruiz, chercheuse chez Google, avait rejoint l'entreprise.", "~ana-ruiz|joined|google|meta")]
    public void Extract_CompanyReferenceAfterSomeonesFormerEmployer_IsTheCompanyTheSentenceIsAbout(Language language, string text, string expected) =>
        Moves(language, text).ShouldBe([expected]);

    [Theory]
    [InlineData(Language.French, "Ana Ruiz a rejoint à son tour Mistral AI lundi.", "~ana-ruiz|joined||mistral")]
    [InlineData(Language.French, "Ana Ruiz a quitté également Meta en mars.", "~ana-ruiz|left|meta|")]
    [InlineData(Language.Italian, "Marco Neri ha raggiunto a sua volta Mistral AI lunedì.", "~marco-neri|joined||mistral")]
    public void Extract_AdverbBetweenVerbAndOrganisation_LeavesTheOrganisationItsObject(Language language, string text, string expected) =>
        Moves(language, text).ShouldBe([expected]);

    [Fact]
    public void Extract_CompanyReferenceInsideADescription_IsTheEmployerTheDescriptionNames() =>
        Moves(Language.English, "Anthropic recruited Li Wei, an engineer at Google, who had moved to the company from Nvidia in 2023.")
            .ShouldContain("~li-wei|joined|nvidia|google");

    [Fact]
    public void Extract_JoiningAnEmployerSomeoneReturnsTo_IsTheReturnAgain() =>
        Moves(Language.English, "Google rehires an engineer\n\nAna Ruiz, who worked at Google until 2022, is going back to the search company.\n\n" +
                                "Ruiz and Li Wei join Google's research division next month, a spokesperson said.")
            .ShouldBe(["~ana-ruiz|returned||google", "~li-wei|joined||google"], ignoreOrder: true);

    [Theory]
    [InlineData(Language.English, "The Cupertino company hired Ana Ruiz from Google.", "~ana-ruiz|joined|google|apple")]
    [InlineData(Language.English, "The Menlo Park, Calif.-based company has hired Ana Ruiz from Google.", "~ana-ruiz|joined|google|meta")]
    [InlineData(Language.French, "Le groupe de Menlo Park a confirmé l'arrivée d'Ana Ruiz, jusqu'ici chercheuse chez Google.", "~ana-ruiz|joined|google|meta")]
    [InlineData(Language.Italian, "Il colosso di Cupertino ha assunto Marco Neri, finora ingegnere presso Google.", "~marco-neri|joined|google|apple")]
    public void Extract_CompanyNamedByTheTownItIsBasedIn_IsThatCompany(Language language, string text, string expected) =>
        Moves(language, text).ShouldBe([expected]);

    [Fact]
    public void Extract_CompanyNamedByATownNoRegisteredCompanyIsBasedIn_StaysAReference() =>
        Moves(Language.French, "Meta a publié ses résultats. Le groupe de Lyon a recruté Ana Ruiz.").ShouldBe(["~ana-ruiz|joined||meta"]);

    [Theory]
    [InlineData(Language.English, "Nadia Karim quit Apple in May to join the lab run by Dario Amodei.", "~nadia-karim|left|apple|anthropic")]
    [InlineData(Language.English, "Nadia Karim quit Apple in May for Sam Altman's company.", "~nadia-karim|left|apple|openai")]
    [InlineData(Language.French, "Nadia Karim a claqué la porte d'Apple en mai pour la start-up dirigée par Dario Amodei.", "~nadia-karim|left|apple|anthropic")]
    [InlineData(Language.French, "Nadia Karim a quitté Apple en mai pour rejoindre le groupe de Sam Altman.", "~nadia-karim|left|apple|openai")]
    [InlineData(Language.Italian, "Nadia Karim ha lasciato Apple a maggio per approdare alla società guidata da Sam Altman.", "~nadia-karim|left|apple|openai")]
    public void Extract_CompanyNamedByItsLeader_IsThatCompany(Language language, string text, string expected) =>
        Moves(language, text).ShouldBe([expected]);

    /// <summary>
    /// A company named by someone who leads no one organisation the registry knows (an unknown founder, or a leader
    /// of two) is not the organisation named before it, and its leader moves nowhere.
    /// </summary>
    [Theory]
    [InlineData(Language.French, "Nadia Karim a quitté Apple en mai pour rejoindre la société de Pierre Vasseur.")]
    [InlineData(Language.Italian, "Nadia Karim ha lasciato Apple a maggio per approdare alla startup fondata da Pietro Valli.")]
    [InlineData(Language.English, "Nadia Karim quit Apple in May to join the company led by Peter Vale.")]
    [InlineData(Language.Italian, "Nadia Karim ha lasciato Apple a maggio per entrare nella società di Elon Musk.")]
    public void Extract_CompanyNamedByALeaderOfNoKnownCompany_IsNotTheCompanyNamedBefore(Language language, string text) =>
        Moves(language, text).ShouldBe(["~nadia-karim|left|apple|"]);

    [Fact]
    public void Extract_TitleWrittenWithACapital_IsNoOrganisation() =>
        Moves(Language.Italian, "Vera Conti lavorava per Helios. Ha ricoperto il ruolo di Amministratore delegato dell'azienda dopo le " +
                                "dimissioni del fondatore. Conti è solo l'ultima dirigente a lasciare la startup.")
            .ShouldBe(["~vera-conti|left|helios|"]);

    /// <summary>A move told again with one end unsaid is the move that says both, cited by both sentences.</summary>
    [Theory]
    [InlineData(Language.English, "Nvidia has hired Megan Hale from Apple, the company said. Hale joined Nvidia last week to run its speech team.")]
    [InlineData(Language.French, "Nvidia a débauché Megan Hale d'Apple. Hale a rejoint Nvidia la semaine dernière pour diriger l'équipe vocale.")]
    [InlineData(Language.Italian, "Nvidia ha assunto Megan Hale da Apple. Hale è entrata in Nvidia la settimana scorsa, ha detto un portavoce.")]
    public void Extract_MoveToldAgainWithOneEndUnsaid_IsOneMoveWithBothSentences(Language language, string text)
    {
        var move = Extraction.Of(language, text).Moves.ShouldHaveSingleItem();

        (move.Person.Name, move.Kind, Id(move.From), Id(move.To)).ShouldBe(("Megan Hale", MoveKind.Joined, "apple", "nvidia"));
        move.SentenceIndexes.ShouldBe([0, 1], ignoreOrder: true);
    }

    [Fact]
    public void Extract_OneEndUnsaidWhereTwoMovesSayDifferentOnes_StaysApart() =>
        Moves(Language.English, "Megan Hale left Apple for Nvidia in 2019. She left Apple again in 2024 for Meta. Hale left Apple, a friend said.")
            .Count().ShouldBe(3);

    [Theory]
    [InlineData(Language.English, "On Friday Nvidia named Owen Pike, an engineer who has run its compiler group for six years, as head of research.")]
    [InlineData(Language.English, "Nvidia said it had named Owen Pike, a vice president since 2021, to run the new robotics unit.")]
    [InlineData(Language.French, "Nvidia a confié la direction de son laboratoire de Zurich à Owen Pike.")]
    [InlineData(Language.French, "La tête du groupe robotique de Nvidia a été confiée à Owen Pike.")]
    [InlineData(Language.Italian, "Nvidia ha affidato la guida del laboratorio di Zurigo a Owen Pike.")]
    [InlineData(Language.Italian, "Nvidia ha reagito rapidamente: la guida del team di robotica è stata affidata a Owen Pike.")]
    public void Extract_RoleEntrustedToSomeone_IsAnAppointment(Language language, string text)
    {
        var move = Extraction.Of(language, text).Moves.ShouldHaveSingleItem();

        (move.Person.Name, move.Kind, Id(move.To)).ShouldBe(("Owen Pike", MoveKind.Appointed, "nvidia"));
    }

    [Fact]
    public void Extract_SomeoneNamedWithoutARole_IsNoAppointment() =>
        Moves(Language.English, "A researcher named Owen Pike left Nvidia, a spokesman said, as the unit shrank.").ShouldBe(["~owen-pike|left|nvidia|"]);

    [Fact]
    public void Extract_TitleAtTheOrganisationSomeoneJoins_IsTheArrival() =>
        Moves(Language.English, "Nvidia has named Owen Pike, a longtime Apple executive, as its chief operating officer. Pike will join Nvidia on June 1.")
            .ShouldBe(["~owen-pike|joined||nvidia"]);

    [Fact]
    public void Extract_TitleAtTheOrganisationSomeoneJoinedYearsBefore_IsAPromotion() =>
        Moves(Language.English, "Nvidia has promoted Owen Pike to chief scientist. Pike, who joined Nvidia from Apple in 2019, replaces a founder.")
            .ShouldBe(["~owen-pike|appointed||nvidia", "~owen-pike|joined|apple|nvidia"], ignoreOrder: true);

    /// <summary>
    /// A pay deal and a package's value are pay, not a company deal; and "her" means whom it meant where it stood,
    /// not whoever the article names last.
    /// </summary>
    [Theory]
    [InlineData("Nvidia has hired Megan Hale from Apple. Her pay deal, worth $25 million over four years, is mostly stock.")]
    [InlineData("Nvidia has hired Megan Hale from Apple. Her package is valued at $25 million over four years, two people said.")]
    [InlineData("Nvidia has hired Megan Hale from Apple. Her package is worth $25 million over four years. Hale's deputy, Arjun Castellanos, may follow her, though he has not resigned.")]
    public void Extract_PayOfTheOnePersonASentenceIsAbout_IsTheirMovesAmount(string text)
    {
        var move = Extraction.Of(Language.English, text).Moves.ShouldHaveSingleItem();

        move.Amount.ShouldNotBeNull().Amount.ShouldBe(25_000_000m);
    }

    [Fact]
    public void Extract_ValueOfACompanyDeal_IsNoOnesPay() =>
        Extraction.Of(Language.English, "Nvidia has hired Megan Hale from Apple. The deal, valued at $250 million, closed on Friday.")
            .Moves.ShouldHaveSingleItem().Amount.ShouldBeNull();

    /// <summary>An organisation's Japanese arm (「グーグル日本法人」, 「アップルジャパン」) is the organisation, not a name of its own.</summary>
    [Theory]
    [InlineData("ルイス氏はグーグル日本法人を退社し、メタに入社した。", "google", "meta")]
    [InlineData("ルイス氏はアップルジャパンを辞め、エヌビディアに移った。", "apple", "nvidia")]
    [InlineData("ルイス氏は2018年にNVIDIAジャパンに入った後、今月メタに移籍した。", "nvidia", "meta")]
    public void Extract_JapaneseArmOfAnOrganisation_IsTheOrganisation(string text, string from, string to)
    {
        var facts = Extraction.Of(Language.Japanese, text);

        facts.Moves.ShouldContain(m => Id(m.From) == from && Id(m.To) == to);
        facts.Mentions.Where(m => m.Kind == EntityKind.Organisation).Select(m => m.Entity.Id).ShouldAllBe(id => id == from || id == to);
    }

    /// <summary>
    /// A move held out on a condition ("would leave for OpenAI unless …") is a threat, never a move made; so is a
    /// threat with a time phrase before its verb (« a menacé la semaine dernière de partir »).
    /// </summary>
    [Theory]
    [InlineData(Language.English, "Vera Conti, who runs Helios's speech team, told her managers she would leave for OpenAI unless her equity was raised.", "helios", "openai")]
    [InlineData(Language.French, "Vera Conti, chercheuse chez Helios, a prévenu sa direction qu'elle partirait chez OpenAI si son équipe n'obtenait pas plus de moyens.", "helios", "openai")]
    [InlineData(Language.French, "Vera Conti, chercheuse chez Helios, a menacé la semaine dernière de partir chez OpenAI.", "helios", "openai")]
    [InlineData(Language.Italian, "Vera Conti lascerebbe Helios se il suo gruppo venisse accorpato.", "helios", null)]
    [InlineData(Language.Italian, "Vera Conti, ricercatrice di Helios, ha minacciato la settimana scorsa di passare a OpenAI.", "helios", "openai")]
    [InlineData(Language.Japanese, "ヘリオス・ロボティクスのヴェラ・コンティ氏は、待遇が改善されなければOpenAIに移ると上司に伝えた。", "helios", "openai")]
    public void Extract_MoveHeldOutOnACondition_IsAThreat(Language language, string text, string from, string? to)
    {
        var move = Extraction.Of(language, text).Moves.ShouldHaveSingleItem();

        (move.Kind, Id(move.From), Id(move.To)).ShouldBe((MoveKind.ThreatenedToLeave, from, to));
    }

    [Fact]
    public void Extract_MoveMadeThenAConditionAfterIt_StaysAMove() =>
        Moves(Language.English, "Vera Conti left Helios for OpenAI last month, and said she would do it again if asked.")
            .ShouldBe(["~vera-conti|left|helios|openai"]);

    /// <summary>A capitalised month between two names is a middle name, and dates nothing; a month before a day is still a date.</summary>
    [Theory]
    [InlineData(Language.French, "Thi Mai Nguyen a refusé l'offre de Meta.", "Thi Mai Nguyen", MoveKind.DeclinedOffer)]
    [InlineData(Language.English, "Anna May Lee left Meta after six years.", "Anna May Lee", MoveKind.Left)]
    [InlineData(Language.Italian, "Lucia Aprile Conti ha lasciato Meta.", "Lucia Aprile Conti", MoveKind.Left)]
    public void Extract_MonthAsAMiddleName_IsPartOfTheNameAndNoDate(Language language, string text, string person, MoveKind kind)
    {
        var move = Extraction.Of(language, text).Moves.ShouldHaveSingleItem();

        (move.Person.Name, move.Kind, move.When).ShouldBe((person, kind, (PartialDate?)null));
    }

    [Fact]
    public void Extract_MonthBeforeADay_StaysADate() =>
        Extraction.Of(Language.English, "On Monday May 4 Ana Ruiz left Meta.").Moves.ShouldHaveSingleItem().When
            .ShouldNotBeNull().ShouldSatisfyAllConditions(d => d.Month.ShouldBe(5), d => d.Day.ShouldBe(4));

    /// <summary>
    /// An offer refused by pronoun (« l'a refusée », « l'ha rifiutata ») or flatly (« ha detto no ») is declined, and
    /// where the person stays to do so (« pour rester chez », « per restare in ») is where they are, never the offer.
    /// </summary>
    [Theory]
    [InlineData(Language.French, "Vera Conti a reçu une offre de Meta l'an dernier. Elle l'a refusée pour rester chez Helios.")]
    [InlineData(Language.Italian, "Vera Conti ha ricevuto un'offerta di Meta. L'ha rifiutata per restare in Helios.")]
    [InlineData(Language.Italian, "Meta aveva fatto un'offerta a Vera Conti, ricercatrice di Helios. Lei ha detto no e resta ad Helios.")]
    public void Extract_OfferRefusedByPronounToStay_IsDeclinedFromWhereThePersonStays(Language language, string text)
    {
        var move = Extraction.Of(language, text).Moves.ShouldHaveSingleItem();

        (move.Kind, Id(move.From)).ShouldBe((MoveKind.DeclinedOffer, "helios"));
        Id(move.To).ShouldNotBe("helios");
    }

    [Fact]
    public void Extract_JobNeverStartedBySomeoneWhoStayed_DoesNotGoFromTheirEmployerToItself() =>
        Moves(Language.Italian, "Marco Neri, che doveva entrare in Mistral AI a marzo provenendo da Amazon, non ha mai preso servizio: alla fine è rimasto ad Amazon, dopo una controfferta.")
            .ShouldHaveSingleItem().ShouldBeOneOf("~marco-neri|never_started|~amazon|", "~marco-neri|never_started|~amazon|mistral");
}
