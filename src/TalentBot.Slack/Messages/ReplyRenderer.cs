using System.Text;
using System.Text.RegularExpressions;
using TalentBot.Answering;
using TalentBot.Answering.Links;
using TalentBot.Chat.Replies;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Slack.Messages;

/// <summary>
/// Maps a reply's <see cref="ReplyLayout"/> to Block Kit in pages of one message each: a header, the model's answer
/// in sections broken between sentences, a section per quote, move and count, notes in context blocks, then the
/// sources, each citation in a context block under its article's heading (which a new page repeats), as does a
/// digest group's bold heading. Immutable; safe to share across threads.
/// </summary>
/// <param name="links">The citations' links; articles' own pages only when not given.</param>
public sealed class ReplyRenderer(CitationLinks? links = null) : ChatReplyRenderer<IReadOnlyList<Block>>(links, SlackMarkup.Instance.MaxUrl)
{
    private static readonly SlackMarkup Markup = SlackMarkup.Instance;

    /// <summary>Longest article title shown in a source's heading; the link itself is never shortened.</summary>
    private const int MaxTitle = 500;

    /// <summary>Longest group heading in a digest (an organisation's name, as registered), and longest person's name in a move.</summary>
    private const int MaxName = 200;

    /// <summary>The shortest title worth a link: below it, the heading goes without the link.</summary>
    private const int MinTitle = 20;

    /// <summary>
    /// The answer then its sources as whole messages, without buttons: for alerts and digests, which nobody pages
    /// through, so every page is posted. For an alert the notification text names the move, since the title alone
    /// ("New move reported") says nothing on a lock screen.
    /// </summary>
    public IReadOnlyList<SlackMessage> Messages(Reply reply)
    {
        var pages = Answer(reply);
        var text = reply is { Intent: ReplyIntent.Alert, Moves: [var alert] }
            ? $"{reply.Title}: {alert.Move.Person.Name}{ReplyLayout.Dash}{Phrases.KindLabel(reply.Language, alert.Move.Kind)}"
            : reply.Title;
        var fallback = Markup.EscapeWithin(text, SlackLimits.MessageText);
        return pages.Select(page => new SlackMessage(fallback, page, IsPrivate: false)).ToList();
    }

    protected override IReadOnlyList<IReadOnlyList<Block>> Pages(Reply reply, ReplyLayout? answer, SourcesLayout? sources)
    {
        var pager = new BlockPager(reply.Language);
        if (answer is not null) AddAnswer(pager, answer);
        AddSources(pager, sources);
        return pager.Finish();
    }

    private static void AddAnswer(BlockPager pager, ReplyLayout layout)
    {
        pager.BeginSection(layout.Title);
        pager.Add(Heading(layout.Title));
        if (layout.Answer is { } answer)
        {
            foreach (var part in Prose(answer)) pager.Add(Section(part));
        }
        foreach (var evidence in layout.Evidence) pager.Add(Section(evidence.Render(Markup, SlackLimits.SectionText)));
        if (layout.MovesHeading is { } heading) pager.Add(Section(Markup.Bold(Markup.Escape(heading))));
        foreach (var run in layout.Moves)
        {
            if (run.Group is not { } group)
            {
                foreach (var move in run.Moves) pager.Add(Section(MoveText(move)));
                continue;
            }
            // The heading never ends a page alone: it goes with the group's first move, and is repeated on a new page.
            var groupHeading = Section(Markup.Bold(Markup.EscapeWithin(group, MaxName)));
            pager.AddTogether(groupHeading, Section(MoveText(run.Moves[0])));
            foreach (var move in run.Moves.Skip(1)) pager.AddUnder(groupHeading, Section(MoveText(move)));
        }
        foreach (var count in layout.Counts) pager.Add(Section(count.Render(Markup, SlackLimits.SectionText)));
        foreach (var notes in NoteTexts(layout.Notes)) pager.Add(new ContextBlock([TextObject.Markdown(notes)]));
    }

    private static void AddSources(BlockPager pager, SourcesLayout? sources)
    {
        if (sources is null) return;
        pager.BeginSection(sources.Title);
        pager.Add(new HeaderBlock(TextObject.Plain(ChatMarkup.Truncate(sources.Title, SlackLimits.HeaderText))));
        // One heading per article, in order of first use, as the chat text does; repeated when a page breaks.
        foreach (var article in sources.Articles)
        {
            var heading = Section(ArticleHeading(article));
            var first = true;
            foreach (var citation in article.Citations)
            {
                var block = new ContextBlock([TextObject.Markdown(citation.Render(Markup, SlackLimits.ContextElementText))]);
                if (first) pager.AddTogether(heading, block);
                else pager.AddUnder(heading, block);
                first = false;
            }
        }
    }

    /// <summary>A header block when the title fits one, else a bold section (an error sentence can be long).</summary>
    private static Block Heading(string title) =>
        TextFolding.WellFormed(title) is { Length: > 0 and <= SlackLimits.HeaderText } fits
            ? new HeaderBlock(TextObject.Plain(fits))
            : Section(Markup.Bold(Markup.EscapeWithin(title, SlackLimits.SectionText - 2)));

    private static string MoveText(MoveLayout move)
    {
        var details = new StringBuilder(move.Provenance);
        foreach (var remark in move.Remarks) details.Append(ReplyLayout.Dot).Append(remark);
        if (move.Disputed is { } disputed) details.Append(ReplyLayout.Dot).Append(disputed);

        // Person, kind and markers are short; the route (names, a date, an amount as worded) gives way if anything must.
        var head = Markup.Bold(Markup.EscapeWithin(move.Person, MaxName)) + ReplyLayout.Dash + Markup.Escape(move.Kind) + ": ";
        var markers = " " + move.Markers;
        var second = "\n_" + Markup.EscapeWithin(details.ToString(), 500) + "_";
        return head + Markup.EscapeWithin(move.Route, SlackLimits.SectionText - head.Length - markers.Length - second.Length) + markers + second;
    }

    /// <summary>The notes, a line each, gathered into as few context texts as fit.</summary>
    private static List<string> NoteTexts(IReadOnlyList<string> notes)
    {
        var texts = new List<string>();
        var current = new StringBuilder();
        foreach (var note in notes)
        {
            var line = Markup.EscapeWithin(note, SlackLimits.ContextElementText);
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
    private static string ArticleHeading(ArticleSources article)
    {
        var details = article.Details(Markup);
        if (Markup.SafeUrl(article.Url) is { } url)
        {
            var room = SlackLimits.SectionText - "**".Length - Markup.LinkFrame - url.Length - details.Length;
            if (room >= MinTitle) return Markup.Bold(Markup.Link(url, Markup.EscapeWithin(article.Title, Math.Min(MaxTitle, room)))) + details;
        }
        var noLink = article.NoLink is { } text ? ReplyLayout.Dash + Markup.Escape(text) : "";
        return Markup.Bold(Markup.EscapeWithin(article.Title, MaxTitle)) + details + noLink;
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
            var escaped = Markup.Escape(piece);
            if (current.Length > 0 && current.Length + escaped.Length > SlackLimits.SectionText)
            {
                yield return current.ToString().TrimEnd();
                current.Clear();
            }
            current.Append(escaped.Length > SlackLimits.SectionText ? Markup.EscapeWithin(piece, SlackLimits.SectionText) : escaped);
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
        if (Markup.Escape(sentence).Length <= SlackLimits.SectionText) return [sentence];
        return Regex.Split(sentence, @"(?<=\s)(?=\S)");
    }

    private static SectionBlock Section(string mrkdwn) => new(TextObject.Markdown(mrkdwn));
}
