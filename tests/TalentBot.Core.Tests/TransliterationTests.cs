using TalentBot.Core;

namespace TalentBot.Core.Tests;

public sealed class TransliterationTests
{
    [Theory]
    [InlineData("マリア・ロッシ", "maria rosshi")]
    [InlineData("ローラン", "rooran")]
    [InlineData("ベルガー", "berugaa")]
    [InlineData("ミッチェル", "mitcheru")]
    [InlineData("ティナ", "tina")]
    [InlineData("ディエゴ", "diego")]
    [InlineData("ファビオ", "fabio")]
    [InlineData("ヴァルガ", "varuga")]
    [InlineData("ウィリアム", "wiriamu")]
    [InlineData("ジェシカ", "jeshika")]
    [InlineData("キョウコ", "kyouko")]
    [InlineData("はなこ", "hanako")]
    [InlineData("ｶﾀｶﾅ", "katakana")]
    [InlineData("ロッシ氏", "rosshi氏")]
    public void Romanise_Katakana_GivesHepburnStyleLetters(string kana, string expected)
    {
        Transliteration.Romanise(kana).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Maria Rossi", "マリア・ロッシ")]
    [InlineData("Elena Varga", "エレナ・ヴァルガ")]
    [InlineData("Anna Kowalska", "アンナ・コワルスカ")]
    [InlineData("Niko Berger", "ニコ・ベルガー")]
    [InlineData("Tina Foster", "ティナ・フォスター")]
    [InlineData("Pablo Ortega", "パブロ・オルテガ")]
    [InlineData("Sofia Lamberti", "ソフィア・ランベルティ")]
    [InlineData("Lukas Weber", "ルーカス・ウェーバー")]
    [InlineData("Fabio Marini", "ファビオ・マリーニ")]
    [InlineData("Viktor Halden", "ヴィクトル・ハルデン")]
    [InlineData("Maria Rossi", "マリアロッシ")]
    [InlineData("Mark Chen", "マーク・チェン")]
    [InlineData("Sam Altman", "サム・アルトマン")]
    [InlineData("Élena Várga", "ｴﾚﾅ･ｳﾞｧﾙｶﾞ")]
    [InlineData("Lena Schwarzer", "レナ・シュワルツァー")]
    [InlineData("John Schulman", "ジョン・シュルマン")]
    [InlineData("Marco Mazzoni", "マルコ・マッツォーニ")]
    [InlineData("Greta Fritz", "グレタ・フリッツ")]
    [InlineData("Emma Watson", "エマ・ワトソン")]
    [InlineData("Sarah Kim", "サラ・キム")]
    [InlineData("Sanjeev Pillai", "サンジーブ・ピライ")]
    [InlineData("Noor Haddad", "ヌール・ハダド")]
    [InlineData("Isabel Costa-Nakamura", "イザベル・コスタ＝ナカムラ")]
    [InlineData("Isabel Costa-Nakamura", "イザベル・コスタ゠ナカムラ")]
    public void NameKey_LatinNameAndItsKatakanaSpelling_AreEqual(string latin, string katakana)
    {
        var key = Transliteration.NameKey(latin).ShouldNotBeNull();

        Transliteration.NameKey(katakana).ShouldBe(key);
    }

    [Theory]
    [InlineData("Maria Rossi", "マリオ・ロッシ")]
    [InlineData("Anna Kowalska", "アンナ・コワルスキ")]
    [InlineData("Niko Berger", "ニコ・ベイカー")]
    [InlineData("Marco Mazzoni", "マルコ・マッシーニ")]
    [InlineData("John Schulman", "ジョン・シューマン")]
    public void NameKey_DifferentNames_Differ(string latin, string katakana)
    {
        Transliteration.NameKey(latin).ShouldNotBe(Transliteration.NameKey(katakana));
    }

    [Theory]
    [InlineData("高橋由美")]
    [InlineData("GPT-4o")]
    [InlineData("Maria ロッシ")]
    [InlineData("Li")]
    [InlineData("リ")]
    [InlineData("")]
    public void NameKey_KanjiMixedOrTooShort_IsNull(string name)
    {
        Transliteration.NameKey(name).ShouldBeNull();
    }

    [Theory]
    [InlineData("OpenAIは昨年マリア・ロッシ氏を採用した。", "Maria Rossi")]
    [InlineData("研究者のマリアロッシは退社した。", "Maria Rossi")]
    [InlineData("Maria Rossi left OpenAI in March.", "マリア・ロッシ")]
    [InlineData("Ieri la ricercatrice Élena Várga ha lasciato Meta.", "エレナ・ヴァルガ")]
    [InlineData("Meta a recruté Niko Berger.", "ニコ・ベルガー")]
    public void NamedInOtherScript_TextWritingTheName_IsTrue(string text, string name)
    {
        Transliteration.NamedInOtherScript(text, name).ShouldBeTrue();
    }

    [Theory]
    [InlineData("マリオ・ロッシ氏はOpenAIを退社した。", "Maria Rossi")]
    [InlineData("Maria Rossi left OpenAI.", "Maria Rossi")]
    [InlineData("Mario Rossi left OpenAI.", "マリア・ロッシ")]
    [InlineData("メタの研究者が退社した。", "高橋由美")]
    public void NamedInOtherScript_TextWithoutTheNameInTheOtherScript_IsFalse(string text, string name)
    {
        Transliteration.NamedInOtherScript(text, name).ShouldBeFalse();
    }
}
