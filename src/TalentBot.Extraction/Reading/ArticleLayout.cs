using System.Text.RegularExpressions;
using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Extraction;

/// <summary>
/// An article as a sequence of sentences: which line (paragraph) each stands on, whether the first is a headline, and
/// the date relative dates are counted from (the publication date, else the dateline's).
/// </summary>
internal sealed partial class ArticleLayout
{
    /// <summary>How far into the body a dateline may stand: its first lines.</summary>
    private const int DatelineLines = 3;

    /// <summary>How far into its line a dateline's date may start: "MENLO PARK, Calif., 11 March 2026".</summary>
    private const int DatelineReach = 64;

    /// <summary>A line this short that holds a full date is a dateline whatever words come with it.</summary>
    private const int DatelineAlone = 48;

    /// <summary>
    /// The most sentences an article is read for. A long news feature has a few hundred; past this a document is a
    /// flood (a 2 MiB page of one-word paragraphs has 130,000), and storing and indexing every one would hold a feed
    /// up for seconds. What follows is kept in the stored text, unread.
    /// </summary>
    public const int MaxSentences = 5_000;

    private ArticleLayout(IReadOnlyList<SentenceSpan> sentences, int[] lines, bool firstIsHeadline, PartialDate? reference)
    {
        Sentences = sentences;
        Lines = lines;
        FirstIsHeadline = firstIsHeadline;
        Reference = reference;
    }

    public IReadOnlyList<SentenceSpan> Sentences { get; }

    /// <summary>The line each sentence starts on; sentences on one line are one paragraph.</summary>
    public IReadOnlyList<int> Lines { get; }

    /// <summary>The first sentence is alone on its line with more after it: a headline, which sums up rather than reports.</summary>
    public bool FirstIsHeadline { get; }

    /// <summary>The day the article speaks from: its publication date, else its dateline; null when neither is known.</summary>
    public PartialDate? Reference { get; }

    public static ArticleLayout Read(ArticleText article)
    {
        var text = article.Text;
        var sentences = SentenceSplitter.Split(text);
        if (sentences.Count > MaxSentences) sentences = sentences.Take(MaxSentences).ToList();
        var lines = new int[sentences.Count];
        var line = 0;
        var scanned = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            // One pass over the text: count the line breaks between one sentence's start and the next.
            for (; scanned < sentences[i].Start; scanned++)
            {
                if (text[scanned] == '\n') line++;
            }
            lines[i] = line;
        }
        var firstIsHeadline = sentences.Count > 1 && lines[1] > lines[0]
                              && sentences[0].Start + sentences[0].Text.Length <= LineEnd(text, sentences[0].Start);
        var reference = article.Published ?? Dateline(sentences, lines, firstIsHeadline, article.Language);
        return new ArticleLayout(sentences, lines, firstIsHeadline, reference);
    }

    public bool SameParagraph(int a, int b) => a >= 0 && b >= 0 && a < Lines.Count && b < Lines.Count && Lines[a] == Lines[b];

    private static int LineEnd(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        return end < 0 ? text.Length : end;
    }

    /// <summary>
    /// A full date (month and year) near the start of one of the first body lines, with nothing before it on the line
    /// but capitalised place names, abbreviations and punctuation ("SAN FRANCISCO, 25 mars 2026 —", "【東京＝2026年2月18日】",
    /// "15 settembre 2026 —"), or an ISO date ("date 2025-07-30", as page stores write it).
    /// </summary>
    private static PartialDate? Dateline(IReadOnlyList<SentenceSpan> sentences, int[] lines, bool firstIsHeadline, Language language)
    {
        var first = firstIsHeadline ? 1 : 0;
        if (first >= sentences.Count) return null;
        var lastLine = lines[first] + DatelineLines;
        for (var i = first; i < sentences.Count && lines[i] < lastLine; i++)
        {
            // A sentence inside a paragraph is no dateline, unless it is short and little but a date.
            var firstOnLine = i == 0 || lines[i] != lines[i - 1];
            var sentence = sentences[i].Text;
            if (!firstOnLine && sentence.Length > DatelineAlone) continue;
            var head = sentence.Length <= DatelineReach * 2 ? sentence : sentence[..(DatelineReach * 2)];
            if (IsoDate().Match(head) is { Success: true } iso && PartialDate.TryParse(iso.Value, out var isoDate)) return isoDate;
            foreach (var mention in DateParser.FindAll(head, language))
            {
                if (mention.Start > DatelineReach) break;
                // A short line that is little but a date ("Week ending 23 October 2026.") dates the article too.
                var alone = sentence.Length <= DatelineAlone;
                if (mention.Date is { Year: not null, Month: not null } date && (alone || firstOnLine && IsDatelinePrefix(head[..mention.Start]))) return date;
            }
        }
        return null;
    }

    private static bool IsDatelinePrefix(string prefix) => !LowerCaseWord().IsMatch(Abbreviation().Replace(prefix, " ")) && !Hiragana().IsMatch(prefix);

    /// <summary>A dateline names a place in katakana or kanji ("【シリコンバレー＝"), never a sentence's hiragana.</summary>
    [GeneratedRegex(@"\p{IsHiragana}")]
    private static partial Regex Hiragana();

    [GeneratedRegex(@"\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?\b")]
    private static partial Regex IsoDate();

    /// <summary>"Calif.", "D.C.", "(AFP)", "Published", "Publié le": what a dateline may carry before its date.</summary>
    [GeneratedRegex(@"\b\p{L}+\.|\([^)]*\)|\b(?:published|updated|publié|mis à jour|pubblicato|aggiornato|le|il|del|on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Abbreviation();

    /// <summary>A word written in lower case ("reports"), not the tail of a capitalised place ("Paris").</summary>
    [GeneratedRegex(@"(?<!\p{L})\p{Ll}{3,}")]
    private static partial Regex LowerCaseWord();
}
