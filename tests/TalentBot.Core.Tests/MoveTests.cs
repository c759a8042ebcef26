using TalentBot.Core;

namespace TalentBot.Core.Tests;

public class MoveTests
{
    private static Citation Cite(string article, string? outlet) =>
        new(article, "t", null, outlet, Language.English, 0, "q");

    [Fact]
    public void IndependentSources_SameOutletInTwoLanguages_CountsOnce()
    {
        var move = new Move("m", new EntityRef("p", "P"), new EntityRef("meta", "Meta"), null, MoveKind.Left, null, null,
            [Cite("a1", "Wired"), Cite("a2", "WIRED"), Cite("a3", null), Cite("a4", null)], DateTimeOffset.UnixEpoch);

        move.IndependentSources.ShouldBe(3);
    }

    [Fact]
    public void Unregistered_SameNameDifferentSpacingOrAccent_IsOneEntity()
    {
        EntityRef.Unregistered("Tomás  Gunter").Id.ShouldBe(EntityRef.Unregistered("tomas gunter").Id);
        EntityRef.Unregistered("Tom Gunter").IsRegistered.ShouldBeFalse();
    }

    [Fact]
    public void KeyOf_DiffersByKindAndDestination()
    {
        var person = new EntityRef("p", "P");
        var meta = new EntityRef("meta", "Meta");
        Move.KeyOf(person, MoveKind.Left, meta, null).ShouldNotBe(Move.KeyOf(person, MoveKind.ThreatenedToLeave, meta, null));
        Move.KeyOf(person, MoveKind.Joined, null, meta).ShouldNotBe(Move.KeyOf(person, MoveKind.Joined, meta, null));
    }
}

public class TextFoldingTests
{
    [Fact]
    public void Fold_LoneSurrogate_IsReplacedNotThrown()
    {
        var cutEmoji = "Meta" + '\uD83D';

        TextFolding.Fold(cutEmoji).ShouldBe("meta\uFFFD");
    }

    [Theory]
    [InlineData("Ｍｅｔａ", "meta")]
    [InlineData("Loredana  Crișan", "loredana crisan")]
    [InlineData("イーサン・ナイト", "イーサン ナイト")]
    [InlineData("ガ", "ガ")]
    public void Fold_WidthCaseAccentsAndSeparators_FoldButKanaVoicingStays(string text, string expected)
    {
        TextFolding.Fold(text).ShouldBe(expected);
    }
}

public class ScriptsTests
{
    [Theory]
    [InlineData('メ', true, true)]
    [InlineData('ー', true, true)]
    [InlineData('の', true, false)]
    [InlineData('・', true, false)]
    [InlineData('ﾒ', true, true)]
    [InlineData('M', false, false)]
    public void Kana_AndKatakanaLetters_AreToldApart(char c, bool kana, bool katakanaLetter)
    {
        Scripts.IsKana(c).ShouldBe(kana);
        Scripts.IsKatakanaLetter(c).ShouldBe(katakanaLetter);
    }

    [Theory]
    [InlineData('社', true)]
    [InlineData('ア', true)]
    [InlineData('Ｍ', false)]
    [InlineData('é', false)]
    public void IsJapanese_KanaAndKanjiOnly(char c, bool expected) => Scripts.IsJapanese(c).ShouldBe(expected);
}
