using System.Globalization;
using System.Text;
using TalentBot.Answering;
using TalentBot.Answering.Links;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Discord.Messages;

/// <summary>
/// Renders a platform-neutral <see cref="Reply"/> as Discord embeds, split into pages that each fit one message:
/// the answer (headline, quoted evidence, head counts, one field per move, notes in the footer) followed by the
/// numbered sources, each article's heading with its link, outlet and date, and each quote verbatim in the article's
/// language, as a link to the sentence (<see cref="CitationLinks"/>) when there is one. In a digest, the moves of one
/// group go in one field headed by the group, a line each. When the whole reply rests on one article, the answer's
/// embed links its title to it (the sentence when one is cited, else the article or its source page) and names the
/// outlet as its author; a reply about one dated move, or resting on one dated article, carries that date as its
/// timestamp. Text from articles and users is escaped. Immutable; safe to share across threads.
/// </summary>
/// <param name="links">The citations' links; articles' own pages only when not given.</param>
public sealed class ReplyRenderer(CitationLinks? links = null)
{
    private readonly CitationLinks _links = links ?? CitationLinks.ArticlesOnly;

    public const int AnsweredColor = 0x5865F2;
    public const int DisputedColor = 0xF0B232;
    public const int PrivateColor = 0x80848E;

    private const string Bullet = "• ";
    private const string Arrow = " → ";
    private const string UnknownEnd = "?";
    private const string Dash = " — ";

    /// <summary>The longest name in a digest's line, so the route and the markers always have room.</summary>
    private const int MaxNameInLine = 200;

    /// <summary>The answer then its sources, as pages.</summary>
    public IReadOnlyList<IReadOnlyList<Embed>> Answer(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var pager = new EmbedPager(reply.Language);
        AddAnswer(pager, reply);
        AddSources(pager, reply);
        return pager.Finish();
    }

    /// <summary>
    /// The answer then its sources as whole messages, without buttons: for alerts and digests, which nobody can page
    /// through (a webhook not owned by the app cannot even carry buttons), so every page is posted.
    /// </summary>
    public IReadOnlyList<MessageData> Messages(Reply reply) => Answer(reply).Select(page => new MessageData { Embeds = page }).ToList();

    /// <summary>Only the sources, as pages (for the Sources button); empty when the reply cites nothing.</summary>
    public IReadOnlyList<IReadOnlyList<Embed>> Sources(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var pager = new EmbedPager(reply.Language);
        AddSources(pager, reply, quotedInAnswer: false);
        return pager.Finish();
    }

    private void AddAnswer(EmbedPager pager, Reply reply)
    {
        var language = reply.Language;
        var color = reply.IsPrivate ? PrivateColor : reply.HasDisagreement ? DisputedColor : AnsweredColor;
        var title = DiscordText.Escape(reply.Title);
        var titleFits = title.Length <= DiscordLimits.EmbedTitle;
        pager.BeginSection(titleFits ? title : null, color, Footer(reply), Head(reply));
        if (!titleFits) pager.AddBlock(DiscordText.EscapeWithin(reply.Title, DiscordLimits.EmbedDescription));
        // A model's prose, one block per line so a page breaks between sentences, never inside a [n] marker.
        foreach (var line in (reply.Answer ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            pager.AddBlock(DiscordText.EscapeWithin(line, DiscordLimits.EmbedDescription));

        var citations = reply.Citations.ToDictionary(c => c.Number, c => c.Citation);
        foreach (var number in reply.Evidence)
        {
            var marker = " " + ReplyWording.Marker(number);
            pager.AddBlock(Bullet + Quoted(language, citations[number].Quote,
                DiscordLimits.EmbedDescription - Bullet.Length - marker.Length) + marker);
        }
        foreach (var count in reply.Counts) pager.AddBlock(CountLine(count, language));
        if (reply.Intent == ReplyIntent.Ask && reply.Moves.Count > 0)
            pager.AddBlock("**" + DiscordText.Escape(Phrases.Get(language, Phrase.AskMovesHeader)) + "**");
        for (var i = 0; i < reply.Moves.Count;)
        {
            if (reply.Moves[i].Group is not { } group || string.IsNullOrWhiteSpace(group))
            {
                var (name, value) = MoveField(reply.Moves[i++], language);
                pager.AddField(name, value);
                continue;
            }
            var run = reply.Moves.Skip(i).TakeWhile(m => m.Group == group).ToList();
            foreach (var (name, value) in GroupFields(group, run, language)) pager.AddField(name, value);
            i += run.Count;
        }
    }

    private void AddSources(EmbedPager pager, Reply reply, bool quotedInAnswer = true)
    {
        if (reply.Citations.Count == 0) return;
        var language = reply.Language;
        var quoted = quotedInAnswer ? reply.Evidence.ToHashSet() : [];
        var title = Phrases.Get(language, Phrase.SourcesHeader).TrimEnd(':', '：', ' ');
        pager.BeginSection(DiscordText.Escape(title), reply.IsPrivate ? PrivateColor : AnsweredColor, null);
        // One heading per article, in order of first use, as the chat text does; repeated when an embed breaks.
        foreach (var article in reply.Citations.GroupBy(c => c.Citation.ArticleId))
        {
            var header = ArticleHeader(article.First().Citation, language);
            var first = true;
            foreach (var (number, citation) in article)
            {
                var line = SourceLine(number, citation, language, quoted.Contains(number), DiscordLimits.EmbedDescription - header.Length - 1);
                if (first) pager.AddBlock(header + "\n" + line);
                else pager.AddBlock(line, header);
                first = false;
            }
        }
    }

    /// <summary>
    /// "[n] «quote»", the quote a masked link to the sentence when the citation has a link; only the marker and the
    /// link when the answer above already quotes it. At most <paramref name="max"/> characters: the quote gives way.
    /// </summary>
    private string SourceLine(int number, Citation citation, Language language, bool quotedAbove, int max)
    {
        var marker = ReplyWording.Marker(number);
        var link = _links.For(citation, language, DiscordLimits.Url);
        if (quotedAbove)
            return link is null ? marker : $"{marker} [{DiscordText.Escape(Phrases.Get(language, Phrase.OpenSentence))}]({link})";
        var frame = link is null ? 0 : "[]()".Length + link.Length;
        var quote = Quoted(language, citation.Quote, max - marker.Length - 1 - frame);
        return link is null ? $"{marker} {quote}" : $"{marker} [{quote}]({link})";
    }

    /// <summary>The answer's link, time and author, where one article or one move gives them; null when none applies.</summary>
    private SectionHead? Head(Reply reply)
    {
        var articles = reply.Citations.Select(c => c.Citation).GroupBy(c => c.ArticleId).ToList();
        var single = articles.Count == 1 ? articles[0].ToList() : null;
        var url = single is null ? null
            : single.Count == 1 ? _links.For(single[0], reply.Language, DiscordLimits.Url)
            : SafeUrl(single[0].Url) ?? _links.For(single[0], reply.Language, DiscordLimits.Url);
        var timestamp = (reply.Moves.Count == 1 ? DayOf(reply.Moves[0].Move.When) : null) ?? DayOf(single?[0].Published);
        var author = single?[0].Outlet is { Length: > 0 } outlet ? DiscordText.Truncate(outlet, DiscordLimits.AuthorName) : null;
        return url is null && timestamp is null && author is null ? null : new SectionHead(url, timestamp, author);
    }

    /// <summary>
    /// A date known to the day as a timestamp at noon UTC, so it reads as the same day from UTC−12 to UTC+11; a year
    /// or a month alone gives none, since a day would be invented.
    /// </summary>
    private static DateTimeOffset? DayOf(PartialDate? date) =>
        date is { Year: { } year, Month: { } month, Day: { } day } ? new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero) : null;

    private static string? Footer(Reply reply)
    {
        if (reply.Notes.Count == 0) return null;
        // Footers show no markdown, so notes go in as written.
        var notes = string.Join("\n", reply.Notes.Select(n => ReplyWording.NotePrefix(n.Kind) + n.Text));
        return DiscordText.Truncate(notes, EmbedPager.MaxSectionFooter);
    }

    private static (string Name, string Value) MoveField(ReplyMove shown, Language language)
    {
        var move = shown.Move;
        var kind = Dash + Phrases.KindLabel(language, move.Kind);
        var name = DiscordText.EscapeWithin(move.Person.Name, DiscordLimits.FieldName - kind.Length) + kind;

        var sources = ReplyWording.Markers(shown.CitationNumbers) + " " + DiscordText.Escape(ReplyWording.Provenance(move, language));
        var remarks = Remarks(move, language, "\n· ") + (shown.Disputed ? "\n⚠ " + Phrases.Get(language, Phrase.Disputed) : "");
        var routeLine = DiscordText.EscapeWithin(Route(move), DiscordLimits.FieldValue - 1 - sources.Length - remarks.Length);
        return (name, routeLine + "\n" + sources + remarks);
    }

    /// <summary>
    /// A group of a digest: the group as the field's name and a line per move, continued in further fields (named
    /// "Group (continued)") when one field's 1024 characters are not enough.
    /// </summary>
    private static IEnumerable<(string Name, string Value)> GroupFields(string group, IReadOnlyList<ReplyMove> moves, Language language)
    {
        var name = DiscordText.EscapeWithin(group, DiscordLimits.FieldName);
        var value = new StringBuilder();
        foreach (var move in moves)
        {
            var line = GroupLine(move, language);
            if (value.Length > 0 && value.Length + 1 + line.Length > DiscordLimits.FieldValue)
            {
                yield return (name, value.ToString());
                name = DiscordText.EscapeWithin(Phrases.Format(language, Phrase.ChatContinued, group), DiscordLimits.FieldName);
                value.Clear();
            }
            if (value.Length > 0) value.Append('\n');
            value.Append(line);
        }
        yield return (name, value.ToString());
    }

    /// <summary>A move as one line of a group, at most a field's value: person, kind, route, its markers.</summary>
    private static string GroupLine(ReplyMove shown, Language language)
    {
        var move = shown.Move;
        var head = Bullet + "**" + DiscordText.EscapeWithin(move.Person.Name, MaxNameInLine) + "**" + Dash
                   + DiscordText.Escape(Phrases.KindLabel(language, move.Kind)) + ": ";
        var tail = " " + ReplyWording.Markers(shown.CitationNumbers)
                   + Remarks(move, language, " · ")
                   + (shown.Disputed ? " ⚠ " + Phrases.Get(language, Phrase.Disputed) : "");
        return head + DiscordText.EscapeWithin(Route(move), DiscordLimits.FieldValue - head.Length - tail.Length) + tail;
    }

    /// <summary>The move's remarks (found only by the model, inferred from context), each after <paramref name="before"/>.</summary>
    private static string Remarks(Move move, Language language, string before) =>
        string.Concat(ReplyWording.Remarks(move, language).Select(remark => before + DiscordText.Escape(remark)));

    private static string Route(Move move)
    {
        var route = new StringBuilder()
            .Append(move.From?.Name ?? UnknownEnd).Append(Arrow).Append(move.To?.Name ?? UnknownEnd);
        if (move.When is { } when) route.Append(", ").Append(when.ToString());
        if (move.Amount is { } amount) route.Append(", ").Append(ReplyWording.Amount(amount));
        return route.ToString();
    }

    private static string CountLine(ReplyCount shown, Language language)
    {
        var sentence = ReplyWording.CountSentence(shown.Count, language);
        var markers = " " + ReplyWording.Markers(shown.CitationNumbers);
        return Bullet + DiscordText.EscapeWithin(sentence, DiscordLimits.EmbedDescription - Bullet.Length - markers.Length) + markers;
    }

    /// <summary>
    /// The article's title as a link when it has a usable one, with the outlet and date; the title is shortened, the
    /// link never. "No link" only when its citations have no link either (no source pages).
    /// </summary>
    private string ArticleHeader(Citation citation, Language language)
    {
        var title = DiscordText.EscapeWithin(citation.Title, DiscordLimits.EmbedTitle);
        var details = (citation.Outlet is { Length: > 0 } name ? " · " + DiscordText.EscapeWithin(name, 100) : "")
                      + (citation.Published is { } published ? " · " + published : "");
        if (SafeUrl(citation.Url) is { } url) return $"**[{title}]({url})**{details}";
        return _links.For(citation, language, DiscordLimits.Url) is null
            ? $"**{title}**{details}{Dash}{Phrases.Get(language, Phrase.NoLink)}"
            : $"**{title}**{details}";
    }

    /// <summary>An absolute http(s) link short enough to keep whole, with the characters that would end a masked link encoded.</summary>
    internal static string? SafeUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        var text = uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
                      .Replace(" ", "%20", StringComparison.Ordinal);
        return text.Length <= DiscordLimits.Url ? text : null;
    }

    private static string Quoted(Language language, string quote, int max)
    {
        var template = Phrases.Get(language, Phrase.Quote);
        var frame = template.Length - "{0}".Length;
        return Phrases.Format(language, Phrase.Quote, DiscordText.EscapeWithin(quote, max - frame));
    }
}
