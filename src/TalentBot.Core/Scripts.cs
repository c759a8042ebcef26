namespace TalentBot.Core;

/// <summary>Which writing system a character belongs to, for the places that treat Japanese text differently.</summary>
public static class Scripts
{
    /// <summary>Hiragana or katakana, full or half width (the prolonged sound mark ー included).</summary>
    public static bool IsKana(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\uFF66' and <= '\uFF9F';

    /// <summary>Katakana letters and ー, without the middle dot ・, which separates names rather than spelling them.</summary>
    public static bool IsKatakanaLetter(char c) => c is >= '\u30A1' and <= '\u30FA' or '\u30FC' or >= '\uFF66' and <= '\uFF9F';

    /// <summary>Kanji: CJK unified ideographs and extension A.</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>Kana or kanji: a character only Japanese text (of our four languages) is written in.</summary>
    public static bool IsJapanese(char c) => IsKana(c) || IsHan(c);

    /// <summary>
    /// A letter or digit that a Latin-script word is made of (accented letters included). Kana and kanji are letters
    /// to <see cref="char.IsLetterOrDigit(char)"/>, but Japanese runs Latin names into them without a space
    /// ("2年前にOpenAIを辞めた"), so only one of these before or after a Latin name glues it into another word.
    /// </summary>
    public static bool IsLatinLetterOrDigit(char c) => c < '\u0370' && char.IsLetterOrDigit(c);
}
