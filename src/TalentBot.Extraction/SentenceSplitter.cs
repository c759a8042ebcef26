using TalentBot.Core.Extraction;

namespace TalentBot.Extraction;

/// <summary>
/// Splits article text into sentences in Latin and Japanese script alike. Each sentence is an exact, trimmed
/// substring of the input, because the sentence is what users are shown as the quote. Stateless; safe to share.
/// </summary>
public static class SentenceSplitter
{
    // Titles and company suffixes are followed by a name or continue the sentence far more often than they end
    // one, so a full stop after them never splits. "etc." is the exception: it often ends a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "inc", "corp", "ltd", "co", "vs", "no", "gen", "sen", "rep",
        "gov", "mme", "mmes", "mlle", "mlles", "mm", "sig", "sigg", "sig.ra", "dott", "dott.ssa", "ing", "avv", "geom",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "univ",
    };

    public static IReadOnlyList<SentenceSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<SentenceSpan>();
        var start = 0;
        var quoteDepth = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            int end;
            switch (c)
            {
                case '「' or '『':
                    quoteDepth++;
                    i++;
                    continue;
                case '」' or '』':
                    quoteDepth = Math.Max(0, quoteDepth - 1);
                    i++;
                    continue;
                case '\n' or '\r':
                    // A quote left open by bad markup must not swallow the rest of the article.
                    quoteDepth = 0;
                    Add(sentences, text, start, i);
                    start = i + 1;
                    i++;
                    continue;
                case '。' or '！' or '？' when quoteDepth == 0:
                    end = SkipClosers(text, SkipRun(text, i, "。！？!?"));
                    break;
                case '!' or '?':
                    end = SkipClosers(text, SkipRun(text, i, "!?！？"));
                    if (end < text.Length && !char.IsWhiteSpace(text[end]) && !IsCjk(text[end]))
                    {
                        i = end;
                        continue;
                    }
                    break;
                case '.' or '…':
                    if (!EndsSentenceAt(text, i, out end))
                    {
                        i = Math.Max(end, i + 1);
                        continue;
                    }
                    break;
                default:
                    i++;
                    continue;
            }
            Add(sentences, text, start, end);
            start = end;
            i = end;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    /// <summary>
    /// Whether the full stop or ellipsis at <paramref name="i"/> ends a sentence; <paramref name="end"/> is where
    /// the sentence (or the punctuation run) ends.
    /// </summary>
    private static bool EndsSentenceAt(string text, int i, out int end)
    {
        var runEnd = SkipRun(text, i, ".…");
        end = SkipClosers(text, runEnd);
        var isEllipsis = runEnd - i > 1 || text[i] == '…';
        var next = NextNonSpace(text, end);
        if (end < text.Length && !char.IsWhiteSpace(text[end]) && !IsCjk(text[end]))
            return false; // 3.5, openai.com, U.S.-based: no space after the stop.
        if (next < 0) return true;
        if (isEllipsis) return char.IsUpper(text[next]) || text[next] is '\n' or '\r';

        var word = WordBefore(text, i);
        if (word.Length == 0) return true;
        if (Abbreviations.Contains(word)) return false;
        // One letter before the stop: an initial (J. R. R. Tolkien, M. Dupont) or part of e.g., i.e., U.S.
        if (word.Length == 1 && char.IsLetter(word[0])) return false;
        if (word.Contains('.')) return false;
        if (word.Equals("etc", StringComparison.OrdinalIgnoreCase)) return !char.IsLower(text[next]);
        return !char.IsLower(text[next]) || text[next] is '\n' or '\r';
    }

    /// <summary>The word (letters and inner dots, as in "e.g" or "Sig.ra") that ends just before <paramref name="dot"/>.</summary>
    private static string WordBefore(string text, int dot)
    {
        var j = dot;
        while (j > 0 && (char.IsLetter(text[j - 1]) || (text[j - 1] == '.' && j - 2 >= 0 && char.IsLetter(text[j - 2])))) j--;
        return text[j..dot];
    }

    private static int SkipRun(string text, int i, string chars)
    {
        while (i < text.Length && chars.Contains(text[i])) i++;
        return i;
    }

    private static int SkipClosers(string text, int i)
    {
        while (i < text.Length)
        {
            if (text[i] is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '」' or '』' or '）') i++;
            // A web page's footnote markers after the stop ("…at Meta.[1][2] Knight…") belong to the sentence they close.
            else if (text[i] == '[' && FootnoteEnd(text, i) is var end && end > i) i = end;
            else break;
        }
        return i;
    }

    private static int FootnoteEnd(string text, int open)
    {
        var i = open + 1;
        while (i < text.Length && i - open <= 4 && char.IsAsciiDigit(text[i])) i++;
        return i > open + 1 && i < text.Length && text[i] == ']' ? i + 1 : -1;
    }

    private static int NextNonSpace(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '\u00A0' or '\u3000') i++;
        return i < text.Length ? i : -1;
    }

    private static bool IsCjk(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF';

    private static void Add(List<SentenceSpan> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new SentenceSpan(sentences.Count, start, text[start..end]));
    }
}
