using System.Text;

namespace TalentBot.Bench;

/// <summary>One generated article: the file name it is written to (its extension picks the reader), what it is, its text.</summary>
internal sealed record HostileArticle(string FileName, string Shape, string Text);

/// <summary>
/// Articles built to be as hard to ingest as an article under the size cap can be: sentences of tens of thousands
/// of names, hundreds of thousands of paragraphs, tag soup, one-line documents, Japanese without a sentence end and
/// text without a single space. Every count is scaled by <c>scale</c> and every article is cut to fit
/// <c>maxBytes</c> of UTF-8, so each one is a file <c>ingest</c> would accept. Each shape has its own seeded
/// <see cref="Random"/>, so an article is the same whichever others are generated, and all the text is invented
/// apart from the organisation names, which come from the registry so that moves can be found.
/// </summary>
internal sealed class HostileArticles
{
    private const int Seed = 20250901;

    private static readonly string[] GivenNames =
        ["Ana", "Kai", "Bob", "Eva", "Ivo", "Lia", "Max", "Noa", "Ole", "Pia", "Rui", "Sol", "Tom", "Uma", "Vic", "Zoe", "Jin", "Mei", "Ari", "Ben"];

    private static readonly string[] FamilyNames =
        ["Ruiz", "Mendes", "Smith", "Kova", "Lund", "Brandt", "Okoro", "Sato", "Vidal", "Hale", "Moss", "Pohl", "Reyes", "Stein", "Tran", "Vale", "Wren", "Yates", "Amaro", "Bauer"];

    private static readonly string[] Filler =
        ["Talks stalled.", "Pay rose.", "Teams grew.", "No comment.", "Offers doubled.", "Budgets froze.", "GPUs matter.", "Hiring slowed."];

    private static readonly string[] Katakana =
        ["ア", "カ", "サ", "タ", "ナ", "ハ", "マ", "ラ", "リ", "ル", "ト", "ミ", "ケ", "ン", "ロ", "ス", "ジ", "ド", "ベ", "ポ", "キ", "ネ", "ヨ", "ー"];

    private static readonly string[] JapanesePhrases =
        ["研究者の移籍が続き", "報酬は大きく上がり", "採用は一時的に止まり", "計算資源が決め手となり", "チームは拡大を続け", "幹部はコメントを控え", "投資家は注目し"];

    private const string HtmlHead = "<!doctype html><html><head><title>Hiring notes</title></head><body>\n";
    private const string HtmlTail = "\n</body></html>\n";

    private readonly IReadOnlyList<string> _organisations;
    private readonly long _maxBytes;
    private readonly double _scale;

    /// <param name="organisations">Registered organisation names, at least two: who people leave and join.</param>
    /// <param name="maxBytes">The ingest cap; each article is cut to fit its scaled share.</param>
    /// <param name="scale">Shrinks every count and the byte budget alike; 1 is full size.</param>
    public HostileArticles(IReadOnlyList<string> organisations, long maxBytes, double scale)
    {
        if (organisations.Count < 2) throw new ArgumentException("Moves need at least two organisations.", nameof(organisations));
        _organisations = organisations;
        _maxBytes = Math.Max(1, (long)(maxBytes * scale));
        _scale = scale;
    }

    /// <summary>Generated one at a time, so only the article being ingested is in memory.</summary>
    public IEnumerable<HostileArticle> All()
    {
        yield return NameList("long-name-list.txt", Scaled(60_000), 1);
        yield return NameList("medium-name-list.txt", Scaled(1_000), 2);
        yield return NameList("short-name-list.txt", Scaled(400), 3);
        yield return HtmlParagraphs();
        yield return TextParagraphs();
        yield return UnclosedTable();
        yield return NestedDivs();
        yield return MisnestedInline();
        yield return MarkdownOneLine();
        yield return MarkdownBlockquote();
        yield return JapaneseWithoutSentenceEnd();
        yield return JapaneseNameList();
        yield return NoSpaces();
    }

    /// <summary>"Ana Ruiz1, Kai Mendes2, … and Bob Smith joined OpenAI from Meta.": one sentence, one move at its end.</summary>
    private HostileArticle NameList(string fileName, int count, int seed)
    {
        var random = new Random(Seed + seed);
        var (from, to) = TwoOrganisations(random);
        var ending = $" and {Person(random)} joined {to} from {from}.";
        var text = new CappedText(_maxBytes - Utf8(ending));
        var names = 0;
        while (names < count && text.TryAppend((names == 0 ? "" : ", ") + Person(random) + (names + 1))) names++;
        return new HostileArticle(fileName, $"one sentence of {names + 1:N0} names", text + ending);
    }

    /// <summary>Up to 250,000 flat <c>&lt;p&gt;</c> paragraphs, as many as fit.</summary>
    private HostileArticle HtmlParagraphs()
    {
        var random = new Random(Seed + 4);
        var text = new CappedText(_maxBytes - Utf8(HtmlHead) - Utf8(HtmlTail));
        var (paragraphs, moves) = (0, 0);
        while (paragraphs < Scaled(250_000))
        {
            var (paragraph, isMove) = Paragraph(random, paragraphs);
            if (!text.TryAppend("<p>" + paragraph + "</p>\n")) break;
            paragraphs++;
            if (isMove) moves++;
        }
        return new HostileArticle("html-paragraphs.html", $"{paragraphs:N0} flat `<p>` paragraphs, {moves:N0} of them moves",
            HtmlHead + text + HtmlTail);
    }

    /// <summary>The same paragraphs as plain text, each its own block between blank lines.</summary>
    private HostileArticle TextParagraphs()
    {
        var random = new Random(Seed + 4);
        var text = new CappedText(_maxBytes);
        var (paragraphs, moves) = (0, 0);
        while (paragraphs < Scaled(250_000))
        {
            var (paragraph, isMove) = Paragraph(random, paragraphs);
            if (!text.TryAppend((paragraphs == 0 ? "" : "\n\n") + paragraph)) break;
            paragraphs++;
            if (isMove) moves++;
        }
        return new HostileArticle("text-paragraphs.txt", $"{paragraphs:N0} paragraphs between blank lines, {moves:N0} of them moves", text.ToString());
    }

    /// <summary>A table whose <c>&lt;tr&gt;</c> and <c>&lt;td&gt;</c> are never closed, a move in every hundredth cell.</summary>
    private HostileArticle UnclosedTable()
    {
        var random = new Random(Seed + 5);
        var text = new CappedText(_maxBytes - Utf8(HtmlHead) - Utf8(HtmlTail));
        text.TryAppend("<table>");
        var tags = 0;
        while (tags < Scaled(60_000))
        {
            var tag = tags % 4 == 0 ? "<tr>" : "<td>" + (tags % 100 == 1 ? MoveSentence(random) : Filler[random.Next(Filler.Length)]);
            if (!text.TryAppend(tag)) break;
            tags++;
        }
        return new HostileArticle("unclosed-table.html", $"{tags:N0} unclosed `<tr>` and `<td>`", HtmlHead + text + HtmlTail);
    }

    /// <summary>One move at the bottom of <c>&lt;div&gt;</c>s nested 100,000 deep, or as deep as fits.</summary>
    private HostileArticle NestedDivs()
    {
        var move = MoveSentence(new Random(Seed + 6));
        var room = _maxBytes - Utf8(HtmlHead) - Utf8(HtmlTail) - Utf8(move);
        var depth = (int)Math.Min(Scaled(100_000), Math.Max(0, room / Utf8("<div></div>")));
        var text = HtmlHead + string.Concat(Enumerable.Repeat("<div>", depth)) + move + string.Concat(Enumerable.Repeat("</div>", depth)) + HtmlTail;
        return new HostileArticle("nested-divs.html", $"{depth:N0} nested `<div>`", text);
    }

    /// <summary>Inline tags closed in the wrong order (<c>&lt;b&gt;…&lt;i&gt;…&lt;/b&gt;…&lt;/i&gt;</c>), moves split across them.</summary>
    private HostileArticle MisnestedInline()
    {
        var random = new Random(Seed + 7);
        var text = new CappedText(_maxBytes - Utf8(HtmlHead) - Utf8(HtmlTail));
        var fragments = 0;
        while (text.TryAppend((fragments % 4) switch
               {
                   0 => MisnestedMove(random),
                   1 => "<i>Pay <b>rose</i> again</b>.\n",
                   2 => $"<a href=\"/n{fragments}\"><em>Teams</a> grew</em>.\n",
                   _ => "<span><u>Talks</span> stalled</u>.\n",
               }))
            fragments++;
        return new HostileArticle("misnested-inline.html", $"{fragments:N0} misnested inline fragments", HtmlHead + text + HtmlTail);
    }

    /// <summary>The whole article on one line, with emphasis, code and links on every sentence.</summary>
    private HostileArticle MarkdownOneLine()
    {
        var random = new Random(Seed + 8);
        var text = new CappedText(_maxBytes);
        var sentences = 0;
        while (text.TryAppend(MarkdownSentence(random, sentences) + " ")) sentences++;
        return new HostileArticle("markdown-one-line.md", $"one line of {sentences:N0} Markdown sentences", text.ToString());
    }

    /// <summary>A single blockquote: every line quoted, no blank line to end it.</summary>
    private HostileArticle MarkdownBlockquote()
    {
        var random = new Random(Seed + 9);
        var text = new CappedText(_maxBytes);
        var lines = 0;
        while (text.TryAppend("> " + MarkdownSentence(random, lines) + "\n")) lines++;
        return new HostileArticle("markdown-blockquote.md", $"one blockquote of {lines:N0} lines", text.ToString());
    }

    /// <summary>Clause after clause joined by 、 and never a 。, so the whole article is one unfinished sentence.</summary>
    private HostileArticle JapaneseWithoutSentenceEnd()
    {
        var random = new Random(Seed + 10);
        var text = new CappedText(_maxBytes);
        var clauses = 0;
        while (text.TryAppend((clauses == 0 ? "" : "、") + (clauses % 10 == 0
                   ? $"{KatakanaPerson(random)}氏は{TwoOrganisations(random).From}を退社し"
                   : JapanesePhrases[random.Next(JapanesePhrases.Length)])))
            clauses++;
        return new HostileArticle("japanese-no-sentence-end.txt", $"{clauses:N0} Japanese clauses, no 。", text.ToString());
    }

    /// <summary>"アナ・ミラト、…はMetaからOpenAIに移った。": 60,000 katakana names, or as many as fit, in one sentence.</summary>
    private HostileArticle JapaneseNameList()
    {
        var random = new Random(Seed + 11);
        var (from, to) = TwoOrganisations(random);
        var ending = $"は{from}から{to}に移った。";
        var text = new CappedText(_maxBytes - Utf8(ending));
        var names = 0;
        while (names < Scaled(60_000) && text.TryAppend((names == 0 ? "" : "、") + KatakanaPerson(random))) names++;
        return new HostileArticle("japanese-name-list.txt", $"one sentence of {names:N0} katakana names joined by 、", text + ending);
    }

    /// <summary>Letters and digits only: names, verbs and organisations run together ("AnaRuizleftMetaforOpenAI").</summary>
    private HostileArticle NoSpaces()
    {
        var random = new Random(Seed + 12);
        var text = new CappedText(_maxBytes);
        var runs = 0;
        while (text.TryAppend(new string((MoveSentence(random) + Filler[random.Next(Filler.Length)]).Where(char.IsLetterOrDigit).ToArray()))) runs++;
        return new HostileArticle("no-spaces.txt", $"{runs:N0} sentences run together, no whitespace or punctuation", text.ToString());
    }

    /// <summary>A short filler sentence, or every 25th a move: the mix of a long live blog.</summary>
    private (string Text, bool IsMove) Paragraph(Random random, int index) =>
        index % 25 == 0 ? (MoveSentence(random), true) : (Filler[random.Next(Filler.Length)], false);

    private string MoveSentence(Random random)
    {
        var (from, to) = TwoOrganisations(random);
        return random.Next(3) switch
        {
            0 => $"{Person(random)} left {from} for {to}.",
            1 => $"{Person(random)} joined {to} from {from}.",
            _ => $"{Person(random)} has left {from}.",
        };
    }

    private string MisnestedMove(Random random)
    {
        var (from, to) = TwoOrganisations(random);
        return $"<b>{Person(random)} <i>left</b> {from}</i> for <em>{to}</em>.\n";
    }

    private string MarkdownSentence(Random random, int index)
    {
        if (index % 10 != 0) return $"Pay *rose* again at `{Filler[random.Next(Filler.Length)]}` and [teams](https://example.com/{index}) **grew**.";
        var (from, to) = TwoOrganisations(random);
        return $"**{Person(random)}** left _{from}_ for [{to}](https://example.com/{index}).";
    }

    private (string From, string To) TwoOrganisations(Random random)
    {
        var from = random.Next(_organisations.Count);
        var to = (from + 1 + random.Next(_organisations.Count - 1)) % _organisations.Count;
        return (_organisations[from], _organisations[to]);
    }

    private static string Person(Random random) => $"{GivenNames[random.Next(GivenNames.Length)]} {FamilyNames[random.Next(FamilyNames.Length)]}";

    /// <summary>Two to three syllables, a middle dot, three to four: distinct enough that 60,000 names barely repeat.</summary>
    private static string KatakanaPerson(Random random) => KatakanaName(random, random.Next(2, 4)) + "・" + KatakanaName(random, random.Next(3, 5));

    private static string KatakanaName(Random random, int syllables)
    {
        // A name never starts with the long-vowel mark, the last entry.
        var name = new StringBuilder(Katakana[random.Next(Katakana.Length - 1)]);
        for (var i = 1; i < syllables; i++) name.Append(Katakana[random.Next(Katakana.Length)]);
        return name.ToString();
    }

    private int Scaled(int count) => Math.Max(1, (int)Math.Round(count * _scale));

    private static long Utf8(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>Text that refuses whole pieces once the next one would take it over its UTF-8 budget.</summary>
    private sealed class CappedText(long maxBytes)
    {
        private readonly StringBuilder _text = new();
        private long _bytes;

        public bool TryAppend(string piece)
        {
            var bytes = Utf8(piece);
            if (_bytes + bytes > maxBytes) return false;
            _text.Append(piece);
            _bytes += bytes;
            return true;
        }

        public override string ToString() => _text.ToString();
    }
}
