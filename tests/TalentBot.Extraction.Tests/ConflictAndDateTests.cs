using TalentBot.Core;

namespace TalentBot.Extraction.Tests;

/// <summary>
/// A name repeated for two people with two destinations, and a date that belongs to a joining told only to say
/// where a departing person was.
/// </summary>
public sealed class ConflictAndDateTests
{
    [Theory]
    [InlineData(Language.English,
        "Dana Kim, product director at Orbital, will join Helix to run special projects, while Dana Kim, vice president at Orbital, is expected to join design software giant Figma as head of design.",
        "~dana-kim", "~orbital")]
    [InlineData(Language.French,
        "Dana Kim, directrice produit chez Orbital, rejoindra Helix pour diriger des projets spéciaux, tandis que Dana Kim, vice-présidente d'Orbital, devrait rejoindre le géant du logiciel Figma comme responsable du design.",
        "~dana-kim", "~orbital")]
    [InlineData(Language.Italian,
        "Dana Kim, direttrice di prodotto di Orbital, si unirà a Helix per guidare progetti speciali, mentre Dana Kim, vicepresidente di Orbital, dovrebbe entrare a far parte del colosso del software Figma come responsabile del design.",
        "~dana-kim", "~orbital")]
    [InlineData(Language.Japanese,
        "ヘリオス・ロボティクスの製品責任者のダナ・キム氏はHelixに加わり、一方、ヘリオス・ロボティクスの副社長のダナ・キム氏はFigmaに入社する見通しだ。",
        "~ダナ-キム", "helios")]
    public void Extract_SameNameWithTwoDestinations_GivesTwoClaims(Language language, string text, string person, string from)
    {
        var moves = Extraction.Of(language, text).Moves;

        moves.Select(Extraction.Describe).ShouldBe([$"{person}|joined|{from}|~helix", $"{person}|joined|{from}|~figma"]);
        moves.ShouldAllBe(m => m.SentenceIndexes.Contains(0));
    }

    [Theory]
    [InlineData(Language.English, "Kai Mendes, who started at Orbital in April, announced his resignation on Wednesday.", "~kai-mendes")]
    [InlineData(Language.French, "Kai Mendes, entré chez Orbital en avril, a annoncé sa démission.", "~kai-mendes")]
    [InlineData(Language.Italian, "Kai Mendes, entrato in Orbital ad aprile, ha annunciato le dimissioni.", "~kai-mendes")]
    [InlineData(Language.Japanese, "4月にOrbitalで働き始めたカイ・メンデスが退職を発表しました。", "~カイ-メンデス")]
    [InlineData(Language.Japanese, "4月にOrbitalで働き始めたカイ・メンデス氏が退職を発表しました。", "~カイ-メンデス")]
    [InlineData(Language.Japanese, "4月にOrbitalに入社したカイ・メンデス氏が退職を発表しました。", "~カイ-メンデス")]
    public void Extract_DateOfTheJoiningClause_IsNotTheDepartures(Language language, string text, string person)
    {
        var left = Extraction.Of(language, text).Moves.Where(m => m.Kind == MoveKind.Left).ToList();

        left.Select(Extraction.Describe).ShouldBe([$"{person}|left|~orbital|"]);
        (left[0].When?.Month).ShouldNotBe(4);
    }
}
