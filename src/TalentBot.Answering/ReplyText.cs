using System.Globalization;
using System.Text;
using TalentBot.Answering.Links;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Answering;

/// <summary>
/// Renders a reply as plain chat text: headline, evidence, one line per move and count, notes, then the numbered
/// sources (each article's title, outlet, date and link) with their verbatim quotes, each followed by its link to the
/// sentence when it has one. Stateless; safe to share across threads.
/// </summary>
public static class ReplyText
{
    private const string Bullet = "• ";
    private const string Arrow = " → ";
    private const string UnknownEnd = "?";
    private const string Indent = "    ";
    private const string Dot = " · ";

    /// <summary>The reply as text, its citations linked to articles' own pages only (what <see cref="Reply.Text"/> holds).</summary>
    internal static string Render(Reply reply) => Render(reply, CitationLinks.ArticlesOnly);

    /// <summary>The reply as text, each citation followed by its link from <paramref name="links"/> (the CLI's rendering).</summary>
    public static string Render(Reply reply, CitationLinks links)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(links);
        var language = reply.Language;
        var text = new StringBuilder();
        text.AppendLine(reply.Title);
        if (reply.Answer is { Length: > 0 } answer) text.AppendLine(answer);
        // A flows reply opens with every bar's counts; the moves under them are one page.
        if (reply.Flows is { } flows)
        {
            foreach (var bar in flows.Bars)
                text.Append(Bullet).AppendLine(Phrases.Format(language, Phrase.FlowsBar, bar.Label, bar.Incoming, bar.Outgoing));
            text.AppendLine();
        }

        var quoted = new HashSet<int>(reply.Evidence);
        foreach (var number in reply.Evidence)
        {
            var citation = reply.Citations[number - 1].Citation;
            text.Append(Bullet).Append(Phrases.Format(language, Phrase.Quote, citation.Quote)).Append(' ')
                .AppendLine(ReplyWording.Marker(number));
        }
        if (reply.Intent == ReplyIntent.Ask && reply.Moves.Count > 0)
            text.AppendLine(Phrases.Get(language, Phrase.AskMovesHeader));

        string? group = null;
        foreach (var move in reply.Moves)
        {
            if (move.Group is { } heading && heading != group) text.AppendLine(heading);
            group = move.Group;
            text.AppendLine(MoveLine(move, language));
        }
        foreach (var count in reply.Counts) text.AppendLine(CountLine(count, language));
        foreach (var note in reply.Notes) text.AppendLine(ReplyWording.NotePrefix(note.Kind) + note.Text);

        if (reply.Citations.Count > 0)
        {
            text.AppendLine().AppendLine(Phrases.Get(language, Phrase.SourcesHeader));
            // One heading per article, in order of first use: a long title repeated for every sentence buries the quotes.
            foreach (var article in reply.Citations.GroupBy(c => c.Citation.ArticleId))
            {
                var first = article.First().Citation;
                text.Append(first.Title);
                if (first.Outlet is { Length: > 0 } outlet) text.Append(Dot).Append(outlet);
                if (first.Published is { } published) text.Append(Dot).Append(published.ToString());
                // "No link" only where its citations have none either; a source page is a link.
                if (CitationLinks.ArticleUrl(first.Url) is { } url) text.Append(" — ").Append(url);
                else if (links.For(first, language) is null) text.Append(" — ").Append(Phrases.Get(language, Phrase.NoLink));
                text.AppendLine();
                foreach (var (number, citation) in article)
                {
                    text.Append(Indent).Append('[').Append(number).Append(']');
                    if (!quoted.Contains(number)) text.Append(' ').Append(Phrases.Format(language, Phrase.Quote, citation.Quote));
                    text.AppendLine();
                    if (links.For(citation, language) is { } link) text.Append(Indent).Append(Indent).AppendLine(link);
                }
            }
        }
        return text.ToString().TrimEnd();
    }

    private static string MoveLine(ReplyMove shown, Language language)
    {
        var move = shown.Move;
        var line = new StringBuilder(Bullet)
            .Append(move.Person.Name).Append(" — ").Append(Phrases.KindLabel(language, move.Kind)).Append(": ")
            .Append(move.From?.Name ?? UnknownEnd).Append(Arrow).Append(move.To?.Name ?? UnknownEnd);
        if (move.When is { } when) line.Append(", ").Append(when.ToString());
        if (move.Amount is { } amount) line.Append(", ").Append(ReplyWording.Amount(amount));
        line.Append(' ').Append(ReplyWording.Markers(shown.CitationNumbers)).Append(' ').Append(ReplyWording.Provenance(move, language));
        foreach (var remark in ReplyWording.Remarks(move, language)) line.Append(" · ").Append(remark);
        if (shown.Disputed) line.Append(" ⚠ ").Append(Phrases.Get(language, Phrase.Disputed));
        return line.ToString();
    }

    private static string CountLine(ReplyCount shown, Language language)
    {
        return Bullet + ReplyWording.CountSentence(shown.Count, language) + " " + ReplyWording.Markers(shown.CitationNumbers);
    }
}
