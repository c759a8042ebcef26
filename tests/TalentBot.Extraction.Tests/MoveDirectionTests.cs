using TalentBot.Core;

namespace TalentBot.Extraction.Tests;

/// <summary>
/// Which way a move goes when the sentence also mentions where the person came back to or had just joined, and
/// which capitalised names in an organisation's place are products rather than employers.
/// </summary>
public sealed class MoveDirectionTests
{
    [Theory]
    [InlineData(Language.English, "A few days after joining Meta, Ana Ruiz threatened to quit and return to OpenAI.")]
    [InlineData(Language.English, "Ana Ruiz joined Meta in June. She threatened to resign and go back to OpenAI.")]
    [InlineData(Language.French, "Quelques jours après son arrivée chez Meta, Ana Ruiz a menacé de démissionner et a signé des papiers pour revenir chez OpenAI.")]
    [InlineData(Language.French, "Ana Ruiz, arrivée chez Meta en juin, a menacé de partir et de retourner chez OpenAI.")]
    [InlineData(Language.Italian, "Pochi giorni dopo essersi unita a Meta, Ana Ruiz ha minacciato di dimettersi e tornare a OpenAI.")]
    [InlineData(Language.Japanese, "アナ・ルイス氏はメタに入社してから数日以内に、退職してOpenAIに戻ると脅しました。")]
    [InlineData(Language.Japanese, "メタに入社したアナ・ルイス氏は、OpenAIに戻ると脅した。")]
    [InlineData(Language.Japanese, "アナ・ルイス氏はメタに入社してまだ1週間だが、退職してOpenAIに戻ると申し出た。")]
    [InlineData(Language.French, "Quelques semaines après son arrivée chez Meta, Ana Ruiz menaçait alors de partir pour revenir chez OpenAI.")]
    [InlineData(Language.Italian, "Pochi giorni dopo essersi unita a Meta, Ana Ruiz aveva già minacciato di tornare a OpenAI.")]
    public void Extract_ThreatToReturn_GoesFromTheCurrentEmployerToTheOldOne(Language language, string text)
    {
        var person = language == Language.Japanese ? "~アナ-ルイス" : "~ana-ruiz";

        Extraction.Of(language, text).Moves.Where(m => m.Kind != MoveKind.Joined).Select(Extraction.Describe)
            .ShouldBe([$"{person}|threatened_to_leave|meta|openai"]);
    }

    [Theory]
    [InlineData(Language.English, "Ana Ruiz threatened to quit OpenAI and join Anthropic.", "~ana-ruiz|threatened_to_leave|openai|anthropic")]
    [InlineData(Language.English, "Ana Ruiz threatened to quit, but returned to OpenAI.", "~ana-ruiz|returned||openai")]
    [InlineData(Language.Italian, "Ana Ruiz è tornata a OpenAI.", "~ana-ruiz|returned||openai")]
    [InlineData(Language.Japanese, "アナ・ルイス氏はメタに入社した。", "~アナ-ルイス|joined||meta")]
    [InlineData(Language.English, "Ana Ruiz, who joined Meta from Google in 2023, said she was happy.", "~ana-ruiz|joined|google|meta")]
    [InlineData(Language.Italian, "Dopo essersi unita a Meta, Giulia Ferri ha guidato il gruppo.", "giulia-ferri|joined||meta")]
    [InlineData(Language.English, "After joining Meta in May, Giulia Ferri led the team.", "giulia-ferri|joined||meta")]
    public void Extract_ThreatReturnOrJoiningAlone_KeepsItsUsualReading(Language language, string text, string expected) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe).ShouldBe([expected]);

    [Theory]
    [InlineData(Language.English, "Ana Ruiz joined Meta in June. She left in July.", "~ana-ruiz|joined||meta", "~ana-ruiz|left|meta|")]
    [InlineData(Language.French, "Ana Ruiz a rejoint Meta en juin. Elle est repartie en juillet.", "~ana-ruiz|joined||meta", "~ana-ruiz|left|meta|")]
    public void Extract_DepartureRightAfterJoining_LeavesThatOrganisation(Language language, string text, string joined, string left) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe).ShouldBe([joined, left]);

    [Fact]
    public void Extract_JoiningAfterLeaving_DoesNotMakeTheLaterOrganisationTheOrigin() =>
        Extraction.Of(Language.English, "Ana Ruiz left Google in May. She joined Meta in June.").Moves.Select(Extraction.Describe)
            .ShouldBe(["~ana-ruiz|left|google|", "~ana-ruiz|joined||meta"]);

    [Theory]
    [InlineData(Language.English, "Ana Ruiz worked at Google for years. Ana Ruiz, who joined Meta weeks ago, has left.")]
    [InlineData(Language.English, "Google was recruiting too. Ana Ruiz is quitting after six weeks at Meta.")]
    [InlineData(Language.French, "Google recrute aussi. Ana Ruiz, arrivée chez Meta en avril, est déjà partie.")]
    [InlineData(Language.Italian, "Anche Google assume. Ana Ruiz, entrata in Meta ad aprile, se n'è andata.")]
    [InlineData(Language.Italian, "Anche Google assume. Ana Ruiz se n'è andata dopo aver lavorato presso Meta per meno di un mese.")]
    [InlineData(Language.Japanese, "グーグルも採用を進めている。数週間前にメタに入社したアナ・ルイス氏は去りました。")]
    public void Extract_DepartureAfterJoining_LeavesTheOrganisationJoined(Language language, string text)
    {
        var person = language == Language.Japanese ? "~アナ-ルイス" : "~ana-ruiz";

        Extraction.Of(language, text).Moves.Where(m => m.Kind == MoveKind.Left).Select(Extraction.Describe).ShouldBe([$"{person}|left|meta|"]);
    }

    [Theory]
    [InlineData(Language.English, "Ana Ruiz, the co-creator of ChatGPT, left OpenAI for Meta.", "~ana-ruiz|left|openai|meta")]
    [InlineData(Language.English, "Ana Ruiz left the Llama team and joined Anthropic.", "~ana-ruiz|left||anthropic")]
    [InlineData(Language.English, "Ana Ruiz, who worked on Gemini, joined Anthropic from Google.", "~ana-ruiz|joined|google|anthropic")]
    [InlineData(Language.English, "Ana Ruiz, a co-creator of Zephyrine, joined Anthropic.", "~ana-ruiz|joined||anthropic")]
    [InlineData(Language.French, "Ana Ruiz, co-créatrice de ChatGPT, a quitté OpenAI pour rejoindre Meta.", "~ana-ruiz|left|openai|meta")]
    [InlineData(Language.French, "Ana Ruiz a quitté Siri pour rejoindre Meta.", "~ana-ruiz|left||meta")]
    [InlineData(Language.Italian, "Ana Ruiz, co-fondatrice di ChatGPT, ha lasciato OpenAI per Meta.", "~ana-ruiz|left|openai|meta")]
    [InlineData(Language.Italian, "Ana Ruiz ha lasciato Copilot ed è entrata in Meta.", "~ana-ruiz|left||meta")]
    [InlineData(Language.Japanese, "ChatGPTの共同開発者であるアナ・ルイス氏がOpenAIからメタに移籍した。", "~アナ-ルイス|joined|openai|meta")]
    [InlineData(Language.Japanese, "アナ・ルイス氏はClaudeを離れ、メタに入社した。", "~アナ-ルイス|left||meta")]
    public void Extract_ProductInAnOrganisationSlot_IsNoOrganisation(Language language, string text, string expected) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe).ShouldBe([expected]);

    [Theory]
    [InlineData(Language.French, "Claude Dupont a quitté Google.", "~claude-dupont|left|google|")]
    [InlineData(Language.Italian, "Ana Ruiz ha lasciato Zephyrine, di cui è fondatrice, ed è entrata in Meta.", "~ana-ruiz|left|~zephyrine|meta")]
    public void Extract_NameThatIsNoProduct_KeepsItsUsualReading(Language language, string text, string expected) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe).ShouldBe([expected]);

    [Fact]
    public void Extract_RegisteredOrganisationAfterCoFounderOf_StaysAnOrganisation() =>
        Extraction.Of(Language.English, "Ana Ruiz, a co-founder of Mistral AI, joined Meta.").Moves.Select(Extraction.Describe)
            .ShouldBe(["~ana-ruiz|joined|mistral|meta"]);

    [Theory]
    [InlineData(Language.English, "Ana Ruiz, a native of Varnholm, joined Meta on Monday.", "~ana-ruiz|joined||meta")]
    [InlineData(Language.English, "Ana Ruiz, who was born in Varnholm, joined Meta from Google.", "~ana-ruiz|joined|google|meta")]
    [InlineData(Language.French, "La chercheuse Ana Ruiz, originaire de Varnholm, a rejoint Meta lundi.", "~ana-ruiz|joined||meta")]
    [InlineData(Language.French, "Ana Ruiz, née à Varnholm, a quitté Google pour Meta.", "~ana-ruiz|left|google|meta")]
    [InlineData(Language.Italian, "Ana Ruiz, originaria di Varnholm, è entrata in Meta.", "~ana-ruiz|joined||meta")]
    [InlineData(Language.Italian, "Ana Ruiz, nata a Varnholm, ha lasciato Google per Meta.", "~ana-ruiz|left|google|meta")]
    [InlineData(Language.Japanese, "ヴァルンホルム生まれのアナ・ルイス氏がメタに入社した。", "~アナ-ルイス|joined||meta")]
    public void Extract_Birthplace_IsNoOrganisation(Language language, string text, string expected) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe).ShouldBe([expected]);

    [Theory]
    [InlineData(Language.English, "Meta strengthens its research leadership\n\nAna Ruiz, who has led model work at Google, will join our company on July 1.")]
    [InlineData(Language.French, "Meta renforce sa direction de la recherche\n\nAna Ruiz, qui dirigeait la recherche chez Google, rejoindra notre entreprise le 1er juillet.")]
    [InlineData(Language.Italian, "Meta rafforza la guida della ricerca\n\nAna Ruiz, che ha guidato la ricerca in Google, entrerà nella nostra azienda il 1° luglio.")]
    [InlineData(Language.Japanese, "メタ、研究体制を強化\n\nグーグルで研究を統括してきたアナ・ルイス氏が、7月1日付で当社に入社します。")]
    public void Extract_OurCompanyInAPressRelease_IsTheOrganisationItsHeadlineNames(Language language, string text)
    {
        var moves = Extraction.Of(language, text).Moves;

        moves.ShouldContain(m => m.To != null && m.To.Id == "meta", string.Join("; ", moves.Select(Extraction.Describe)));
        moves.ShouldNotContain(m => m.To != null && m.To.Id == "google");
    }

    [Fact]
    public void Extract_OurCompanyWithoutAHeadlineNamingOne_StaysUnresolved() =>
        Extraction.Of(Language.Japanese, "グーグルで研究を統括してきたアナ・ルイス氏が、7月1日付で当社に入社します。").Moves
            .ShouldNotContain(m => m.To != null && m.To.Id == "google");

    [Theory]
    [InlineData(Language.English, "Ana Ruiz, who ran research at Google, will join Meta on July 1 and will become its chief scientist.")]
    [InlineData(Language.French, "Ana Ruiz, qui dirigeait la recherche chez Google, rejoindra Meta le 1er juillet et sera nommée directrice scientifique.")]
    [InlineData(Language.Italian, "Ana Ruiz, che guidava la ricerca in Google, entrerà in Meta il 1° luglio e sarà nominata direttrice scientifica.")]
    [InlineData(Language.Japanese, "グーグルで研究を統括してきたアナ・ルイス氏が、7月1日付でメタに入社し、最高科学責任者に就任する。")]
    public void Extract_TitleTakenOnArrival_IsTheArrivalNotAnAppointment(Language language, string text) =>
        Extraction.Of(language, text).Moves.ShouldNotContain(m => m.Kind == MoveKind.Appointed);

    [Theory]
    [InlineData(Language.Japanese, "最近グーグルで検索部門の責任者に任命されたアナ・ルイス氏が、メタへ移籍した。")]
    public void Extract_AppointmentSaidBeforeTheArrival_IsTheEarlierRole(Language language, string text)
    {
        var moves = Extraction.Of(language, text).Moves;

        moves.ShouldContain(m => m.Kind == MoveKind.Joined && m.To != null && m.To.Id == "meta");
        moves.ShouldContain(m => m.Kind == MoveKind.Appointed, string.Join("; ", moves.Select(Extraction.Describe)));
    }
}
