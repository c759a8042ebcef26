using System.Collections.Frozen;
using System.Text;

namespace TalentBot.Core;

/// <summary>
/// Names across scripts: katakana in Latin letters (Hepburn-style), and a comparison key on which a name and its
/// spelling in the other script meet (マリア・ロッシ and Maria Rossi). Japanese writes a foreign name as it sounds,
/// so the key keeps what survives the trip through katakana and drops what does not: l and r are one sound, v is
/// written ヴ or バ, long vowels (ー) and doubled consonants (ッ) come and go, and the vowel katakana must add after
/// a lone consonant (ベルガー for Berger, コワルスカ for Kowalska) is left out, as is the one a Latin spelling might
/// hold in the same place; an r before a consonant (マーク for Mark) and a closing -er go the same way, and c, ph,
/// th, sh and the h of bh are read as katakana hears them, as are the English ee and oo (ジーブ for "jeev", ヌール for "Noor"). Spellings that follow another language's rules (French
/// "Laurent" is ローラン, English "Gary" ゲイリー) do not meet; the key is for the names the registry lacks, where
/// the choice is between matching some and none.
/// Written by hand: no library served here romanises katakana in context. AnyAscii maps one character at a time
/// (ロッシ gives "rotshi", ティ "tei", ヴァ "vua"), the ICU transliterator for .NET (ICU4N.Transliterator) is not
/// served, and icu.net wraps a native ICU that Core, which does no I/O and loads nothing, should not depend on.
/// Stateless; safe to share across threads.
/// </summary>
public static class Transliteration
{
    /// <summary>Keys shorter than this match too much: a two-letter name meets every short katakana word.</summary>
    private const int MinKeyLength = 4;

    private const string Vowels = "aeiou";

    /// <summary>Two kana read as one sound: a small vowel or ya/yu/yo after a full kana.</summary>
    private static readonly FrozenDictionary<string, string> Pairs = new Dictionary<string, string>
    {
        ["キャ"] = "kya", ["キュ"] = "kyu", ["キョ"] = "kyo", ["キェ"] = "kye",
        ["ギャ"] = "gya", ["ギュ"] = "gyu", ["ギョ"] = "gyo",
        ["シャ"] = "sha", ["シュ"] = "shu", ["ショ"] = "sho", ["シェ"] = "she",
        ["ジャ"] = "ja", ["ジュ"] = "ju", ["ジョ"] = "jo", ["ジェ"] = "je",
        ["チャ"] = "cha", ["チュ"] = "chu", ["チョ"] = "cho", ["チェ"] = "che",
        ["ヂャ"] = "ja", ["ヂュ"] = "ju", ["ヂョ"] = "jo",
        ["ニャ"] = "nya", ["ニュ"] = "nyu", ["ニョ"] = "nyo", ["ニェ"] = "nye",
        ["ヒャ"] = "hya", ["ヒュ"] = "hyu", ["ヒョ"] = "hyo", ["ヒェ"] = "hye",
        ["ビャ"] = "bya", ["ビュ"] = "byu", ["ビョ"] = "byo",
        ["ピャ"] = "pya", ["ピュ"] = "pyu", ["ピョ"] = "pyo",
        ["ミャ"] = "mya", ["ミュ"] = "myu", ["ミョ"] = "myo",
        ["リャ"] = "rya", ["リュ"] = "ryu", ["リョ"] = "ryo", ["リェ"] = "rye",
        ["ティ"] = "ti", ["テュ"] = "tyu", ["ディ"] = "di", ["デュ"] = "dyu",
        ["トゥ"] = "tu", ["ドゥ"] = "du",
        ["ツァ"] = "tsa", ["ツィ"] = "tsi", ["ツェ"] = "tse", ["ツォ"] = "tso",
        ["ファ"] = "fa", ["フィ"] = "fi", ["フェ"] = "fe", ["フォ"] = "fo", ["フュ"] = "fyu",
        ["ヴァ"] = "va", ["ヴィ"] = "vi", ["ヴェ"] = "ve", ["ヴォ"] = "vo", ["ヴュ"] = "vyu",
        ["ウァ"] = "wa", ["ウィ"] = "wi", ["ウェ"] = "we", ["ウォ"] = "wo",
        ["クァ"] = "kwa", ["クィ"] = "kwi", ["クェ"] = "kwe", ["クォ"] = "kwo", ["グァ"] = "gwa",
        ["スィ"] = "si", ["ズィ"] = "zi", ["イェ"] = "ye",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<char, string> Single = new Dictionary<char, string>
    {
        ['ア'] = "a", ['イ'] = "i", ['ウ'] = "u", ['エ'] = "e", ['オ'] = "o",
        ['カ'] = "ka", ['キ'] = "ki", ['ク'] = "ku", ['ケ'] = "ke", ['コ'] = "ko",
        ['ガ'] = "ga", ['ギ'] = "gi", ['グ'] = "gu", ['ゲ'] = "ge", ['ゴ'] = "go",
        ['サ'] = "sa", ['シ'] = "shi", ['ス'] = "su", ['セ'] = "se", ['ソ'] = "so",
        ['ザ'] = "za", ['ジ'] = "ji", ['ズ'] = "zu", ['ゼ'] = "ze", ['ゾ'] = "zo",
        ['タ'] = "ta", ['チ'] = "chi", ['ツ'] = "tsu", ['テ'] = "te", ['ト'] = "to",
        ['ダ'] = "da", ['ヂ'] = "ji", ['ヅ'] = "zu", ['デ'] = "de", ['ド'] = "do",
        ['ナ'] = "na", ['ニ'] = "ni", ['ヌ'] = "nu", ['ネ'] = "ne", ['ノ'] = "no",
        ['ハ'] = "ha", ['ヒ'] = "hi", ['フ'] = "fu", ['ヘ'] = "he", ['ホ'] = "ho",
        ['バ'] = "ba", ['ビ'] = "bi", ['ブ'] = "bu", ['ベ'] = "be", ['ボ'] = "bo",
        ['パ'] = "pa", ['ピ'] = "pi", ['プ'] = "pu", ['ペ'] = "pe", ['ポ'] = "po",
        ['マ'] = "ma", ['ミ'] = "mi", ['ム'] = "mu", ['メ'] = "me", ['モ'] = "mo",
        ['ヤ'] = "ya", ['ユ'] = "yu", ['ヨ'] = "yo",
        ['ラ'] = "ra", ['リ'] = "ri", ['ル'] = "ru", ['レ'] = "re", ['ロ'] = "ro",
        ['ワ'] = "wa", ['ヰ'] = "i", ['ヱ'] = "e", ['ヲ'] = "o", ['ン'] = "n",
        ['ヴ'] = "vu", ['ヷ'] = "va", ['ヸ'] = "vi", ['ヹ'] = "ve", ['ヺ'] = "vo",
        ['ァ'] = "a", ['ィ'] = "i", ['ゥ'] = "u", ['ェ'] = "e", ['ォ'] = "o",
        ['ャ'] = "ya", ['ュ'] = "yu", ['ョ'] = "yo", ['ヮ'] = "wa", ['ヵ'] = "ka", ['ヶ'] = "ke",
    }.ToFrozenDictionary();

    /// <summary>Latin letters that folding leaves as they are, though a name's spelling in katakana reads them as these.</summary>
    private static readonly FrozenDictionary<char, string> LatinLetters = new Dictionary<char, string>
    {
        ['ß'] = "ss", ['ø'] = "o", ['ł'] = "l", ['æ'] = "ae", ['œ'] = "oe", ['đ'] = "d", ['ı'] = "i",
    }.ToFrozenDictionary();

    /// <summary>
    /// The text with its kana (katakana or hiragana, full or half width) in Hepburn-style Latin letters: ー repeats
    /// the vowel before it, ッ doubles the consonant after it, small kana make one sound with the kana before them
    /// (ティ is "ti", ファ "fa", ヴァ "va"), and ・ becomes a space. Other characters are kept.
    /// </summary>
    public static string Romanise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kana = ToKatakana(text.Normalize(NormalizationForm.FormKC));
        var result = new StringBuilder(kana.Length * 2);
        var geminate = false;
        for (var i = 0; i < kana.Length; i++)
        {
            var c = kana[i];
            string? sound = null;
            if (i + 1 < kana.Length && Pairs.TryGetValue(kana.Substring(i, 2), out var pair))
            {
                sound = pair;
                i++;
            }
            else if (Single.TryGetValue(c, out var single))
            {
                sound = single;
            }

            if (sound is not null)
            {
                // ッ doubles the consonant that follows; Hepburn writes the doubled ch of ッチ as "tch".
                if (geminate && !Vowels.Contains(sound[0], StringComparison.Ordinal) && sound[0] != 'n')
                    result.Append(sound.StartsWith("ch", StringComparison.Ordinal) ? 't' : sound[0]);
                geminate = false;
                result.Append(sound);
            }
            else if (c is 'ッ')
            {
                geminate = true;
            }
            else if (c is 'ー')
            {
                if (LastVowel(result) is { } vowel) result.Append(vowel);
            }
            else
            {
                geminate = false;
                result.Append(IsNameJoiner(c) ? ' ' : c);
            }
        }
        return result.ToString();
    }

    /// <summary>
    /// The key on which a name meets its spelling in the other script, or null when the name is not wholly Latin or
    /// wholly kana (a kanji name has no sound to compare), or its key is too short to tell names apart.
    /// </summary>
    public static string? NameKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = TextFolding.Fold(name);
        var script = ScriptOf(folded);
        if (script == NameScript.None) return null;
        var latin = script == NameScript.Kana ? Romanise(folded) : Heard(Deaccent(folded));
        var key = new StringBuilder(latin.Length);
        foreach (var word in latin.Split(NameJoiners, StringSplitOptions.RemoveEmptyEntries)) key.Append(WordKey(word));
        return key.Length >= MinKeyLength ? key.ToString() : null;
    }

    /// <summary>Whether a name is written in kana (true), in Latin letters (false), or neither or both (null).</summary>
    public static bool? IsKana(string name) => ScriptOf(TextFolding.Fold(name)) switch
    {
        NameScript.Kana => true,
        NameScript.Latin => false,
        _ => null,
    };

    /// <summary>
    /// Whether <paramref name="text"/> writes <paramref name="name"/> in the other script: for a Latin name, katakana
    /// words in a row (joined by ・ or spaces, or none) with the same key; for a katakana name, Latin words in a row.
    /// </summary>
    public static bool NamedInOtherScript(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        if (NameKey(name) is not { } key || IsKana(name) is not { } kana) return false;
        var folded = TextFolding.Fold(text);
        foreach (var run in Runs(folded, kana ? IsLatinLetter : Scripts.IsKatakanaLetter))
        {
            var words = run.Select(word => WordKey(kana ? Heard(Deaccent(word)) : Romanise(word))).ToList();
            for (var first = 0; first < words.Count; first++)
            {
                var joined = new StringBuilder();
                for (var last = first; last < words.Count && joined.Length < key.Length; last++)
                {
                    joined.Append(words[last]);
                    if (joined.Length == key.Length && joined.ToString() == key) return true;
                }
            }
        }
        return false;
    }

    /// <summary>The runs of words of one script in folded text, a run's words parted by single spaces only.</summary>
    private static IEnumerable<List<string>> Runs(string folded, Func<char, bool> isLetter)
    {
        var run = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i < folded.Length && isLetter(folded[i]))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0) run.Add(folded[start..i]);
            start = -1;
            if (i < folded.Length && (folded[i] == ' ' || IsNameJoiner(folded[i])) && run.Count > 0 && i + 1 < folded.Length && isLetter(folded[i + 1])) continue;
            if (run.Count > 0) yield return run;
            run = [];
        }
    }

    private static bool IsLatinLetter(char c) => char.IsAsciiLetterLower(c) || LatinLetters.ContainsKey(c);

    private enum NameScript
    {
        None,
        Latin,
        Kana,
    }

    /// <summary>
    /// What joins the parts of one name: a space, a hyphen ("Costa-Nakamura"), and in katakana ・ and the double hyphen
    /// ＝ or ゠ that writes a Latin hyphen (コスタ＝ナカムラ).
    /// </summary>
    private static readonly char[] NameJoiners = [' ', '-', '‐', '=', '゠', '・', '･'];

    private static bool IsNameJoiner(char c) => Array.IndexOf(NameJoiners, c) >= 0 && c != ' ';

    private static NameScript ScriptOf(string folded)
    {
        bool kana = false, latin = false;
        foreach (var c in folded)
        {
            if (c == ' ' || IsNameJoiner(c)) continue;
            if (Scripts.IsKana(c)) kana = true;
            else if (IsLatinLetter(c)) latin = true;
            else return NameScript.None;
        }
        return kana == latin ? NameScript.None : kana ? NameScript.Kana : NameScript.Latin;
    }

    private static string Deaccent(string folded)
    {
        if (folded.All(c => c < 128)) return folded;
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded) sb.Append(LatinLetters.TryGetValue(c, out var letters) ? letters : c.ToString());
        return sb.ToString();
    }

    /// <summary>A Latin spelling's English ee and oo as the one vowel katakana writes for them (ジーブ, ヌール).</summary>
    private static string Heard(string latin) =>
        latin.Replace("ee", "i", StringComparison.Ordinal).Replace("oo", "u", StringComparison.Ordinal);

    /// <summary>
    /// One word's key, from lower-case ASCII letters. German sch is シュ, and ts, tz and a z that sounds ts (ツ in
    /// シュワルツァー, マッツォーニ) meet the z that katakana writes ズ: one letter for both.
    /// </summary>
    private static string WordKey(string word)
    {
        var w = new StringBuilder(word)
            .Replace("ph", "f").Replace("th", "t").Replace("ck", "k").Replace("qu", "k").Replace("q", "k").Replace("x", "ks")
            .Replace("sch", "sh").Replace("sh", "s").Replace("l", "r").Replace("v", "b").Replace("nb", "mb").Replace("np", "mp")
            .ToString();
        var spelled = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var before = i > 0 ? w[i - 1] : '\0';
            var after = i + 1 < w.Length ? w[i + 1] : '\0';
            // The h of bh, dh, kh is not written in katakana (ラシャブ for Rishabh); a c that is not the c of ch sounds as
            // s before e, i and y and as k elsewhere; a closing y is an i (ゲイリー).
            if (c == 'h' && i > 0 && !IsVowel(before) && before != 'c') continue;
            // An h that closes a syllable is silent (ジョン for John, サラ for Sarah).
            if (c == 'h' && i > 0 && IsVowel(before) && !IsVowel(after)) continue;
            spelled.Append(c switch
            {
                'c' when after != 'h' => after is 'e' or 'i' or 'y' ? 's' : 'k',
                'y' when after == '\0' && i > 0 && !IsVowel(before) => 'i',
                _ => c,
            });
        }
        var single = Undouble(spelled.ToString());
        var bare = new StringBuilder(single.Length);
        for (var i = 0; i < single.Length; i++)
        {
            var c = single[i];
            var before = i > 0 ? single[i - 1] : '\0';
            var after = i + 1 < single.Length ? single[i + 1] : '\0';
            var closed = after == '\0' || !IsVowel(after);
            // The vowel katakana adds after a lone consonant: u after most, o after t and d.
            if (closed && i > 0 && (c == 'u' && !IsVowel(before) && before != 'n' || c == 'o' && before is 't' or 'd')) continue;
            bare.Append(c);
        }
        // An r between a vowel and a consonant is heard as a long vowel (マーク for Mark) or given the added vowel
        // (マルコ for Marco), which the step before took away; without that r, both spellings meet.
        for (var i = bare.Length - 2; i > 0; i--)
            if (bare[i] == 'r' && IsVowel(bare[i - 1]) && !IsVowel(bare[i + 1])) bare.Remove(i, 1);
        var key = bare.ToString();
        // A closing vowel and r ("Berger", "Foster") is written as a long a (ベルガー, フォスター).
        if (key.Length > 2 && key[^1] == 'r' && IsVowel(key[^2])) key = key[..^2] + "a";
        // Katakana voices an s between vowels as often as not (イザベル for Isabel): s and z are one letter here.
        return Undouble(key.Replace("ts", "z", StringComparison.Ordinal).Replace("tz", "z", StringComparison.Ordinal).Replace('z', 's'));
    }

    private static string Undouble(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (sb.Length == 0 || sb[^1] != c) sb.Append(c);
        return sb.ToString();
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);

    private static char? LastVowel(StringBuilder text) =>
        text.Length > 0 && IsVowel(text[^1]) ? text[^1] : null;

    /// <summary>Hiragana as katakana, which romanise alike: the two blocks are 0x60 apart.</summary>
    private static string ToKatakana(string text)
    {
        if (!text.Any(c => c is >= '\u3041' and <= '\u3096')) return text;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] is >= '\u3041' and <= '\u3096' ? (char)(source[i] + 0x60) : source[i];
        });
    }
}
