namespace TalentBot.Core.Tests;

public sealed class JapaneseNamesTests
{
    [Theory]
    [InlineData("中村大輔", "Daisuke Nakamura")]
    [InlineData("中村大輔", "NAKAMURA Daisuke")]
    [InlineData("佐々木翔", "Sasaki Sho")]
    [InlineData("石井大翔", "Hiroto Ishii")]
    [InlineData("森田健一", "Kenichi Morita")]
    [InlineData("森田健一", "Ken'ichi Morita")]
    [InlineData("佐藤由紀子", "Yukiko Satō")]
    [InlineData("佐藤由紀子", "Yukiko Satoh")]
    [InlineData("大野翼", "Tsubasa Ohno")]
    [InlineData("井上真理", "Mari Inoue")]
    [InlineData("本間 陽菜", "Hina Homma")]
    [InlineData("長谷川さくら", "Sakura Hasegawa")]
    public void Reads_SurnameAndGivenName_ReadsTheWholeName(string kanji, string latin)
    {
        JapaneseNames.Reads(kanji, latin).ShouldBe(KanjiNameReading.Full);
    }

    [Theory]
    [InlineData("佐々木翔", "Sasaki")]
    [InlineData("中村鷲", "Washi Nakamura")]
    public void Reads_SurnameAloneOrGivenNameOutsideTheTable_ReadsTheSurnameOnly(string kanji, string latin)
    {
        JapaneseNames.Reads(kanji, latin).ShouldBe(KanjiNameReading.Surname);
    }

    [Theory]
    [InlineData("中村大輔", "Kenji Nakamura")]
    [InlineData("中村大輔", "Daisuke Tanaka")]
    [InlineData("中村大輔", "Daisuke Nakamura Tanaka")]
    [InlineData("马丽丽", "Lili Ma")]
    [InlineData("マリア・ロッシ", "Maria Rossi")]
    [InlineData("中村大輔", "")]
    public void Reads_AnotherNameOrNoKanjiSurname_ReadsNothing(string kanji, string latin)
    {
        JapaneseNames.Reads(kanji, latin).ShouldBe(KanjiNameReading.None);
    }

    [Fact]
    public void SurnamesReadIn_WordsOfTheName_GivesEveryKanjiSpellingOfThem()
    {
        JapaneseNames.SurnamesReadIn("Ono Tsubasa").ShouldBe(["小野", "大野"], ignoreOrder: true);
        JapaneseNames.SurnamesReadIn("Yamasaki").ShouldBe(["山崎"]);
        JapaneseNames.SurnamesReadIn("Maria Rossi").ShouldBeEmpty();
    }
}
