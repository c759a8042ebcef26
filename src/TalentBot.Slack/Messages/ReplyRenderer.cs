using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TalentBot.Answering;
using TalentBot.Answering.Links;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Slack.Messages;

/// <summary>
/// Renders a platform-neutral <see cref="Reply"/> as Block Kit, split into pages that each fit one message: a
/// header, the model's answer when there is one, quoted evidence, one section per move and count, notes in context
/// blocks, then the numbered sources, each article's heading with its link and each quote, verbatim in the article's
/// language, in a context block of its own, as a link to the sentence (<see cref="CitationLinks"/>) when there is
/// one. In a digest, each group of moves opens with its heading in bold, repeated when the group goes on to another
/// page. Text from articles and users is escaped for mrkdwn. Immutable; safe to share across threads.
/// </summary>
/// <param name="links">The citations' links; articles' own pages only when not given.</param>
public sealed class ReplyRenderer(CitationLinks? links = null)
{
    private readonly CitationLinks _links = links ?? CitationLinks.ArticlesOnly;

    private const string Bullet = "• ";
    private const string Arrow = " → ";
    private const string UnknownEnd = "?";
    private const string Dash = " — ";
    private const string Dot = " · ";

    /// <summary>Longest article title and outlet shown in a source's heading; the link itself is never shortened.</summary>
    private const int MaxTitle = 500;
    private const int MaxOutlet = 100;

    /// <summary>Longest group heading in a digest (an organisation's name, as registered).</summary>
    private const int MaxGroup = 200;

    /// <summary>The shortest title worth a link: below it, the heading goes without the link.</summary>
    private const int MinTitle = 20;

    /// <summary>The answer then its sources, as pages.</summary>
    public IReadOnlyList<IReadOnlyList<Block>> Answer(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var pager = new BlockPager(reply.Language);
        AddAnswer(pager, reply);
        AddSources(pager, reply, quotedInAnswer: true);
        return pager.Finish();
    }

    /// <summary>
    /// The answer then its sources as whole messages, without buttons: for alerts and digests, which nobody pages
    /// through, so every page is posted. For an alert the notification text names the move, since the title alone
    /// ("New move reported") says nothing on a lock screen.
    /// </summary>
    public IReadOnlyList<SlackMessage> Messages(Reply reply)
    {
        var pages = Answer(reply);
        var text = reply is { Intent: ReplyIntent.Alert, Moves: [var alert] }
            ? $"{reply.Title}: {alert.Move.Person.Name}{Dash}{Phrases.KindLabel(reply.Language, alert.Move.Kind)}"
            : reply.Title;
        var fallback = SlackText.EscapeWithin(text, SlackLimits.MessageText);
        return pages.Select(page => new SlackMessage(fallback, page, IsPrivate: false)).ToList();
    }

    /// <summary>Only the sources, as pages (for the Sources button); empty when the reply cites nothing.</summary>
    public IReadOnlyList<IReadOnlyList<Block>> Sources(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var pager = new BlockPager(reply.Language);
        AddSources(pager, reply, quotedInAnswer: false);
        return pager.Finish();
    }

    private static void AddAnswer(BlockPager pager, Reply reply)
    {
        var language = reply.Language;
        pager.BeginSection(reply.Title);
        pager.Add(Heading(reply.Title));
        if (reply.Answer is { Length: > 0 } answer)
        {
            foreach (var part in Prose(answer)) pager.Add(Section(part));
        }

        var citations = reply.Citations.ToDictionary(c => c.Number, c => c.Citation);
        foreach (var number in reply.Evidence)
        {
            var marker = " " + ReplyWording.Marker(number);
            pager.Add(Section(Bullet + Quoted(language, citations[number].Quote, SlackLimits.SectionText - Bullet.Length - marker.Length) + marker));
        }
        if (reply.Intent == ReplyIntent.Ask && reply.Moves.Count > 0)
            pager.Add(Section("*" + SlackText.Escape(Phrases.Get(language, Phrase.AskMovesHeader)) + "*"));
        (string Name, Block Heading)? group = null;
        foreach (var move in reply.Moves)
        {
            var block = Section(MoveText(move, language));
            if (string.IsNullOrWhiteSpace(move.Group))
            {
                group = null;
                pager.Add(block);
            }
            else if (group is { } open && open.Name == move.Group)
            {
                pager.AddUnder(open.Heading, block);
            }
            else
            {
                // The heading never ends a page alone: it goes with the group's first move.
                group = (move.Group, Section("*" + SlackText.EscapeWithin(move.Group, MaxGroup) + "*"));
                pager.AddTogether(group.Value.Heading, block);
            }
        }
        foreach (var count in reply.Counts) pager.Add(Section(CountText(count, language)));
        foreach (var notes in NoteTexts(reply.Notes)) pager.Add(new ContextBlock([TextObject.Markdown(notes)]));
    }

    private void AddSources(BlockPager pager, Reply reply, bool quotedInAnswer)
    {
        if (reply.Citations.Count == 0) return;
        var language = reply.Language;
        var quoted = quotedInAnswer ? reply.Evidence.ToHashSet() : [];
        var title = Phrases.Get(language, Phrase.SourcesHeader).TrimEnd(':', '：', ' ');
        pager.BeginSection(title);
        pager.Add(new HeaderBlock(TextObject.Plain(SlackText.Truncate(title, SlackLimits.HeaderText))));
        // One heading per article, in order of first use, as the chat text does; repeated when a page breaks.
        foreach (var article in reply.Citations.GroupBy(c => c.Citation.ArticleId))
        {
            var heading = Section(ArticleHeading(article.First().Citation, language));
            var first = true;
            foreach (var (number, citation) in article)
            {
                var block = new ContextBlock([TextObject.Markdown(SourceLine(number, citation, language, quoted.Contains(number)))]);
                if (first) pager.AddTogether(heading, block);
                else pager.AddUnder(heading, block);
                first = false;
            }
        }
    }

    /// <summary>
    /// "[n] «quote»", the quote a link to the sentence when the citation has a link; only the marker and the link when
    /// the answer above already quotes it. Within a context element's limit: the quote gives way, never the link.
    /// </summary>
    private string SourceLine(int number, Citation citation, Language language, bool quotedAbove)
    {
        var marker = ReplyWording.Marker(number);
        var link = _links.For(citation, language, SlackLimits.LinkUrl);
        if (quotedAbove)
            return link is null ? marker : $"{marker} <{link}|{SlackText.Escape(Phrases.Get(language, Phrase.OpenSentence))}>";
        var frame = link is null ? 0 : "<|>".Length + link.Length;
        var quote = Quoted(language, citation.Quote, SlackLimits.ContextElementText - marker.Length - 1 - frame);
        return link is null ? $"{marker} {quote}" : $"{marker} <{link}|{quote}>";
    }

    /// <summary>A header block when the title fits one, else a bold section (an error sentence can be long).</summary>
    private static Block Heading(string title) =>
        TextFolding.WellFormed(title) is { Length: > 0 and <= SlackLimits.HeaderText } fits
            ? new HeaderBlock(TextObject.Plain(fits))
            : Section("*" + SlackText.EscapeWithin(title, SlackLimits.SectionText - 2) + "*");

    private static string MoveText(ReplyMove shown, Language language)
    {
        var move = shown.Move;
        var route = new StringBuilder()
            .Append(move.From?.Name ?? UnknownEnd).Append(Arrow).Append(move.To?.Name ?? UnknownEnd);
        if (move.When is { } when) route.Append(", ").Append(when.ToString());
        if (move.Amount is { } amount) route.Append(", ").Append(ReplyWording.Amount(amount));

        var details = new StringBuilder(ReplyWording.Provenance(move, language));
        foreach (var remark in ReplyWording.Remarks(move, language)) details.Append(Dot).Append(remark);
        if (shown.Disputed) details.Append(Dot).Append("⚠ ").Append(Phrases.Get(language, Phrase.Disputed));

        // Person, kind and markers are short; the route (names, a date, an amount as worded) gives way if anything must.
        var head = "*" + SlackText.EscapeWithin(move.Person.Name, 200) + "*" + Dash + SlackText.Escape(Phrases.KindLabel(language, move.Kind)) + ": ";
        var markers = " " + ReplyWording.Markers(shown.CitationNumbers);
        var second = "\n_" + SlackText.EscapeWithin(details.ToString(), 500) + "_";
        return head + SlackText.EscapeWithin(route.ToString(), SlackLimits.SectionText - head.Length - markers.Length - second.Length) + markers + second;
    }

    private static string CountText(ReplyCount shown, Language language)
    {
        var sentence = ReplyWording.CountSentence(shown.Count, language);
        var markers = " " + ReplyWording.Markers(shown.CitationNumbers);
        return Bullet + SlackText.EscapeWithin(sentence, SlackLimits.SectionText - Bullet.Length - markers.Length) + markers;
    }

    /// <summary>The notes, a line each, gathered into as few context texts as fit.</summary>
    private static List<string> NoteTexts(IReadOnlyList<ReplyNote> notes)
    {
        var texts = new List<string>();
        var current = new StringBuilder();
        foreach (var note in notes)
        {
            var line = SlackText.EscapeWithin(ReplyWording.NotePrefix(note.Kind) + note.Text, SlackLimits.ContextElementText);
            if (current.Length > 0 && current.Length + 1 + line.Length > SlackLimits.ContextElementText)
            {
                texts.Add(current.ToString());
                current.Clear();
            }
            if (current.Length > 0) current.Append('\n');
            current.Append(line);
        }
        if (current.Length > 0) texts.Add(current.ToString());
        return texts;
    }

    /// <summary>
    /// The article's title as a link when it has a usable one, with its outlet and date. The title gives way to the
    /// link, never the other way round; a link too long to leave room for a readable title is left out. "No link" only
    /// when its citations have no link either (no source pages).
    /// </summary>
    private string ArticleHeading(Citation citation, Language language)
    {
        var details = new StringBuilder();
        if (citation.Outlet is { Length: > 0 } outlet) details.Append(Dot).Append(SlackText.EscapeWithin(outlet, MaxOutlet));
        if (citation.Published is { } published) details.Append(Dot).Append(published.ToString());
        if (SlackText.SafeUrl(citation.Url) is { } url)
        {
            var room = SlackLimits.SectionText - "*<|>*".Length - url.Length - details.Length;
            if (room >= MinTitle) return $"*<{url}|{SlackText.EscapeWithin(citation.Title, Math.Min(MaxTitle, room))}>*{details}";
        }
        var noLink = _links.For(citation, language, SlackLimits.LinkUrl) is null ? Dash + SlackText.Escape(Phrases.Get(language, Phrase.NoLink)) : "";
        return $"*{SlackText.EscapeWithin(citation.Title, MaxTitle)}*{details}{noLink}";
    }

    /// <summary>
    /// The model's answer in sections of at most Block Kit's limit, broken between sentences, so a sentence is never
    /// parted from its <c>[n]</c> markers; only a sentence longer than a section is broken inside, between words.
    /// </summary>
    internal static IEnumerable<string> Prose(string answer)
    {
        var current = new StringBuilder();
        foreach (var piece in Sentences(TextFolding.WellFormed(answer)).SelectMany(WordsIfTooLong))
        {
            var escaped = SlackText.Escape(piece);
            if (current.Length > 0 && current.Length + escaped.Length > SlackLimits.SectionText)
            {
                yield return current.ToString().TrimEnd();
                current.Clear();
            }
            current.Append(escaped.Length > SlackLimits.SectionText ? SlackText.EscapeWithin(piece, SlackLimits.SectionText) : escaped);
        }
        if (current.ToString().Trim() is { Length: > 0 } last) yield return last;
    }

    /// <summary>
    /// Sentences with their markers and trailing space: a break after whitespace that follows <c>.</c>, <c>!</c>,
    /// <c>?</c> or a marker, unless a marker comes next; and, for Japanese, which has no spaces, after <c>。！？</c> or a
    /// marker followed by the next sentence's first character.
    /// </summary>
    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        var lastMark = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            bool breakAfter;
            if (char.IsWhiteSpace(c))
                breakAfter = lastMark is '.' or '!' or '?' or ']' && !char.IsWhiteSpace(next) && next is not ('[' or '\0');
            else
                breakAfter = c is '。' or '！' or '？' or ']' && next is not ('[' or '\0') && !char.IsWhiteSpace(next) && !char.IsPunctuation(next);
            if (!char.IsWhiteSpace(c)) lastMark = c;
            if (!breakAfter) continue;
            yield return text[start..(i + 1)];
            start = i + 1;
        }
        if (start < text.Length) yield return text[start..];
    }

    /// <summary>A sentence longer than a section, in words with their trailing space; any other sentence whole.</summary>
    private static IEnumerable<string> WordsIfTooLong(string sentence)
    {
        if (SlackText.Escape(sentence).Length <= SlackLimits.SectionText) return [sentence];
        return Regex.Split(sentence, @"(?<=\s)(?=\S)");
    }

    private static SectionBlock Section(string mrkdwn) => new(TextObject.Markdown(mrkdwn));

    private static string Quoted(Language language, string quote, int max)
    {
        var template = Phrases.Get(language, Phrase.Quote);
        var frame = template.Length - "{0}".Length;
        return Phrases.Format(language, Phrase.Quote, SlackText.EscapeWithin(quote, max - frame));
    }
}
