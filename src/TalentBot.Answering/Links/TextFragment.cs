namespace TalentBot.Answering.Links;

/// <summary>
/// A text fragment (<c>#:~:text=…</c>, WICG Scroll-to-Text-Fragment) that makes a browser scroll to a quote and
/// highlight it. Built by the spec's rules: each directive value is percent-encoded as UTF-8, with <c>-</c>,
/// <c>&amp;</c> and <c>,</c> encoded too, since inside a directive they mean prefix/suffix, the next directive and
/// the start/end split. A quote too long to spell out within the caller's budget becomes <c>textStart,textEnd</c>:
/// its first and last words, cut where a browser sees a word boundary (the spec matches whole words only), so the
/// highlight still covers exactly the quote. Stateless.
/// </summary>
public static class TextFragment
{
    public const string Directive = ":~:text=";

    /// <summary>Words taken from each end of a long quote, at most: enough to be unique on a page, short enough to read.</summary>
    private const int MaxEndCharacters = 60;

    /// <summary>
    /// <paramref name="url"/> with a text fragment for <paramref name="quote"/>, at most <paramref name="maxLength"/>
    /// characters; null when not even the quote's first and last words fit. An existing fragment is kept (the
    /// directive follows it) and an existing directive replaced.
    /// </summary>
    public static string? Append(string url, string quote, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(quote);
        var directive = url.IndexOf(":~:", StringComparison.Ordinal);
        if (directive >= 0) url = url[..directive];
        var lead = url.Contains('#', StringComparison.Ordinal) ? url + Directive : url + "#" + Directive;
        var budget = maxLength - lead.Length;
        return Value(quote, budget) is { } value ? lead + value : null;
    }

    /// <summary>
    /// The <c>text=</c> directive's value for <paramref name="quote"/> in at most <paramref name="budget"/>
    /// characters: the whole quote encoded, or <c>start,end</c>; null when neither fits or the quote is blank.
    /// </summary>
    public static string? Value(string quote, int budget)
    {
        ArgumentNullException.ThrowIfNull(quote);
        // Browsers match the rendered text, where runs of whitespace are one space.
        var text = string.Join(' ', quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length == 0 || budget <= 0) return null;
        var whole = Encode(text);
        if (whole.Length <= budget) return whole;

        var cuts = WordBoundaries(text);
        var half = (budget - 1) / 2;
        // The longest run of words from the start that fits half the budget, and the same from the end.
        int? startEnd = null;
        foreach (var cut in cuts)
        {
            if (cut > MaxEndCharacters || Encode(text[..cut].TrimEnd()).Length > half) break;
            startEnd = cut;
        }
        int? endStart = null;
        for (var i = cuts.Count - 1; i >= 0; i--)
        {
            var cut = cuts[i];
            if (text.Length - cut > MaxEndCharacters || Encode(text[cut..].TrimStart()).Length > half) break;
            endStart = cut;
        }
        if (startEnd is not { } a || endStart is not { } b || a > b) return null;
        var start = text[..a].Trim();
        var end = text[b..].Trim();
        return start.Length == 0 || end.Length == 0 ? null : Encode(start) + "," + Encode(end);
    }

    /// <summary>Percent-encodes a directive value: UTF-8, every character but letters, digits and <c>_ . ~</c>.</summary>
    public static string Encode(string value)
    {
        // EscapeDataString leaves only RFC 3986's unreserved characters; of those, '-' still means something here.
        return Uri.EscapeDataString(value).Replace("-", "%2D", StringComparison.Ordinal);
    }

    /// <summary>
    /// Where <paramref name="text"/> may be cut so that both sides end on a word boundary as a browser's word
    /// breaker sees it, in order: at spaces, after punctuation that closes a phrase (、。，「」 and the like), and where
    /// a katakana or Latin word meets another script. A cut between kanji and hiragana is never offered: it may fall
    /// inside a word (引き抜き), and the browser would not match half a word.
    /// </summary>
    private static List<int> WordBoundaries(string text)
    {
        var cuts = new List<int>();
        for (var i = 1; i < text.Length; i++)
        {
            char before = text[i - 1], after = text[i];
            if (char.IsLowSurrogate(after)) continue;
            if (after == ' ' || before == ' ' || IsPhraseEnd(before) || IsPhraseStart(after) || ScriptBreak(before, after)) cuts.Add(i);
        }
        return cuts;
    }

    private static bool IsPhraseEnd(char c) => c is '、' or '。' or '，' or '．' or '！' or '？' or '」' or '』' or '）' or '】' or '・' or '：';

    private static bool IsPhraseStart(char c) => c is '「' or '『' or '（' or '【';

    private static bool ScriptBreak(char before, char after)
    {
        var a = ScriptOf(before);
        var b = ScriptOf(after);
        if (a == b || a == Script.Other || b == Script.Other) return false;
        // A katakana or Latin word ends where another script begins (メタ|は, Meta|の). Between kanji and hiragana
        // there is no telling: 辞めた and 引き抜き are one word each, が辞め two.
        return a is Script.Latin or Script.Katakana || b is Script.Latin or Script.Katakana;
    }

    private enum Script
    {
        Other,
        Latin,
        Hiragana,
        Katakana,
        Kanji,
    }

    private static Script ScriptOf(char c) => c switch
    {
        >= '\u3041' and <= '\u309F' => Script.Hiragana,
        >= '\u30A0' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F' => c == '・' ? Script.Other : Script.Katakana,
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '々' => Script.Kanji,
        _ when char.IsAsciiLetterOrDigit(c) || (char.IsLetter(c) && c < '\u0250') => Script.Latin,
        _ => Script.Other,
    };
}
