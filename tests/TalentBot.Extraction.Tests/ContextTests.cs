using TalentBot.Core;

namespace TalentBot.Extraction.Tests;

/// <summary>
/// What a move takes from its context: organisations of neighbouring sentences, the clause that says where the
/// person had gone, the steps of a career told in one sentence, the headline, and plans stated as expected.
/// </summary>
public sealed class ContextTests
{
    [Theory]
    [InlineData(Language.English, "Kai Mendes, who joined Orbital weeks ago, has left. Former Helix researcher Ana Ruiz never showed up on her first day.")]
    [InlineData(Language.English, "Kai Mendes has left. Former Google researcher Ana Ruiz never showed up on her first day.")]
    [InlineData(Language.French, "Kai Mendes est parti. Ana Ruiz, chercheuse chez Google, ne s'est jamais présentée.")]
    [InlineData(Language.Italian, "Kai Mendes se n'è andato. Ana Ruiz, ricercatrice di Google, non si è mai presentata.")]
    [InlineData(Language.Japanese, "カイ・メンデス氏は去りました。元グーグル研究者のアナ・ルイス氏は初日に出社しなかった。")]
    public void Extract_NeighbourOrganisationOfAnotherPersonsRole_IsNotBorrowed(Language language, string text)
    {
        var kai = language == Language.Japanese ? "~カイ-メンデス" : "~kai-mendes";

        Extraction.Of(language, text).Moves.Where(m => m.Person.Id == kai).ShouldAllBe(m => m.From == null || m.From.Id != "google" && m.From.Id != "~helix");
    }

    [Theory]
    [InlineData(Language.English, "Machine-learning scientist Kai Mendes, who joined Orbital weeks ago, has left.", "~kai-mendes|left|~orbital|")]
    [InlineData(Language.French, "Le scientifique Kai Mendes, arrivé chez Orbital il y a quelques semaines, est parti.", "~kai-mendes|left|~orbital|")]
    [InlineData(Language.Italian, "Lo scienziato Kai Mendes, entrato in Orbital poche settimane fa, se n'è andato.", "~kai-mendes|left|~orbital|")]
    [InlineData(Language.Japanese, "数週間前にOrbitalに入社した機械学習科学者のカイ・メンデスは去りました。", "~カイ-メンデス|left|~orbital|")]
    public void Extract_JoiningClauseBeforeARoleNoun_IsWhereTheDepartureLeaves(Language language, string text, string expected) =>
        Extraction.Of(language, text).Moves.Where(m => m.Kind == MoveKind.Left).Select(Extraction.Describe).ShouldBe([expected]);

    [Theory]
    [InlineData(Language.English, "Kai Mendes worked at Google early in his career, then joined Meta, and finally moved to Anthropic.", "~kai-mendes")]
    [InlineData(Language.French, "Kai Mendes a travaillé chez Google, puis a rejoint Meta avant de passer chez Anthropic.", "~kai-mendes")]
    [InlineData(Language.Italian, "Kai Mendes ha lavorato presso Google all'inizio della sua carriera, poi è entrato a far parte di Meta e infine è passato a Anthropic.", "~kai-mendes")]
    [InlineData(Language.Japanese, "カイ・メンデス氏はグーグルで働いた後、メタに移り、最終的にアンソロピックに入社した。", "~カイ-メンデス")]
    public void Extract_CareerChainInOneSentence_GivesOneMovePerStep(Language language, string text, string person) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe)
            .ShouldBe([$"{person}|joined|google|meta", $"{person}|joined|meta|anthropic"]);

    [Fact]
    public void Extract_DeparturesWithNoOrganisationNearby_LeaveTheOneTheHeadlineNames() =>
        Extraction.Of(Language.English, "Orbital's talent exodus\n\nKai Mendes, Ana Ruiz and Leo Costa all quit shortly after onboarding.")
            .Moves.Select(Extraction.Describe)
            .ShouldBe(["~kai-mendes|left|~orbital|", "~ana-ruiz|left|~orbital|", "~leo-costa|left|~orbital|"]);

    [Theory]
    [InlineData(Language.English, "Google and Meta fight for talent\n\nKai Mendes, Ana Ruiz and Leo Costa all quit shortly after onboarding.")]
    [InlineData(Language.English, "A talent exodus\n\nKai Mendes, Ana Ruiz and Leo Costa all quit shortly after onboarding.")]
    public void Extract_HeadlineNamingTwoOrganisationsOrNone_LendsNone(Language language, string text) =>
        Extraction.Of(language, text).Moves.ShouldBeEmpty();

    [Theory]
    [InlineData(Language.French, "L'exode des talents de Meta\n\nKai Mendes et Ana Ruiz ont démissionné peu après leur arrivée.", "~kai-mendes|left|meta|")]
    [InlineData(Language.Italian, "La fuga di talenti da Meta\n\nKai Mendes e Ana Ruiz si sono dimessi poco dopo l'arrivo.", "~kai-mendes|left|meta|")]
    [InlineData(Language.Japanese, "メタから人材流出\n\nカイ・メンデス氏とアナ・ルイス氏は相次いで退職した。", "~カイ-メンデス|left|meta|")]
    public void Extract_DepartureInOtherLanguages_LeavesTheOrganisationTheHeadlineNames(Language language, string text, string first) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe).First().ShouldBe(first);

    [Theory]
    [InlineData(Language.English, "Kai Mendes is expected to join Meta as head of design.", "~kai-mendes|joined||meta")]
    [InlineData(Language.French, "Kai Mendes devrait rejoindre Meta comme responsable du design.", "~kai-mendes|joined||meta")]
    [InlineData(Language.Italian, "Kai Mendes dovrebbe entrare a far parte di Meta come responsabile del design.", "~kai-mendes|joined||meta")]
    [InlineData(Language.Japanese, "カイ・メンデス氏はメタに入社する見通しだ。", "~カイ-メンデス|joined||meta")]
    [InlineData(Language.Japanese, "カイ・メンデス氏はメタに入社する予定だ。", "~カイ-メンデス|joined||meta")]
    [InlineData(Language.English, "Kai Mendes will join design software giant Figma.", "~kai-mendes|joined||~figma")]
    [InlineData(Language.French, "Kai Mendes rejoindra le géant américain du logiciel Figma.", "~kai-mendes|joined||~figma")]
    [InlineData(Language.Italian, "Kai Mendes dovrebbe entrare a far parte del colosso statunitense del software di progettazione Figma.", "~kai-mendes|joined||~figma")]
    public void Extract_ExpectedPlan_IsAJoining(Language language, string text, string expected) =>
        Extraction.Of(language, text).Moves.Select(Extraction.Describe).ShouldBe([expected]);

    [Theory]
    [InlineData(Language.English, "Kai Mendes is rumoured to join Meta.")]
    [InlineData(Language.English, "Kai Mendes is reportedly in talks to join Meta.")]
    [InlineData(Language.French, "Kai Mendes pourrait rejoindre Meta.")]
    [InlineData(Language.Italian, "Kai Mendes potrebbe entrare a far parte di Meta.")]
    [InlineData(Language.Japanese, "カイ・メンデス氏がメタに入社するとの噂がある。")]
    public void Extract_RumouredPlan_IsNoMove(Language language, string text) =>
        Extraction.Of(language, text).Moves.ShouldBeEmpty();
}
