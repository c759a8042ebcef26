using System.Text;
using TalentBot.Answering.Links;
using TalentBot.Chat.Replies;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Discord.Messages;

/// <summary>
/// Maps a reply's <see cref="ReplyLayout"/> to Discord embeds in pages of one message each: the answer's embed (its
/// colour saying answered, disputed or private; notes in its footer; one field per move, or per digest group with a
/// line a move) then the sources' embed, article headings as masked links. When the whole reply rests on one
/// article, the answer's embed links its title to it (the sentence when one is cited, else the article or its source
/// page) and names the outlet as its author; a reply about one dated move, or resting on one dated article, carries
/// that date as its timestamp. Immutable; safe to share across threads.
/// </summary>
/// <param name="links">The citations' links; articles' own pages only when not given.</param>
public sealed class ReplyRenderer(CitationLinks? links = null) : ChatReplyRenderer<IReadOnlyList<Embed>>(links, DiscordMarkup.Instance.MaxUrl)
{
    public const int AnsweredColor = 0x5865F2;
    public const int DisputedColor = 0xF0B232;
    public const int PrivateColor = 0x80848E;

    private static readonly DiscordMarkup Markup = DiscordMarkup.Instance;

    /// <summary>The longest name in a digest's line, so the route and the markers always have room.</summary>
    private const int MaxNameInLine = 200;

    /// <summary>
    /// The answer then its sources as whole messages, without buttons: for alerts and digests, which nobody can page
    /// through (a webhook not owned by the app cannot even carry buttons), so every page is posted.
    /// </summary>
    public IReadOnlyList<MessageData> Messages(Reply reply) => Answer(reply).Select(page => new MessageData { Embeds = page }).ToList();

    protected override IReadOnlyList<IReadOnlyList<Embed>> Pages(Reply reply, ReplyLayout? answer, SourcesLayout? sources)
    {
        var pager = new EmbedPager(reply.Language);
        if (answer is not null) AddAnswer(pager, reply, answer);
        AddSources(pager, reply, sources);
        return pager.Finish();
    }

    private void AddAnswer(EmbedPager pager, Reply reply, ReplyLayout layout)
    {
        var color = reply.IsPrivate ? PrivateColor : reply.HasDisagreement ? DisputedColor : AnsweredColor;
        var title = Markup.Escape(layout.Title);
        var titleFits = title.Length <= DiscordLimits.EmbedTitle;
        pager.BeginSection(titleFits ? title : null, color, Footer(layout), Head(reply));
        if (!titleFits) pager.AddBlock(Markup.EscapeWithin(layout.Title, DiscordLimits.EmbedDescription));
        // A model's prose, one block per line so a page breaks between sentences, never inside a [n] marker.
        foreach (var line in (layout.Answer ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            pager.AddBlock(Markup.EscapeWithin(line, DiscordLimits.EmbedDescription));
        foreach (var evidence in layout.Evidence) pager.AddBlock(evidence.Render(Markup, DiscordLimits.EmbedDescription));
        foreach (var count in layout.Counts) pager.AddBlock(count.Render(Markup, DiscordLimits.EmbedDescription));
        if (layout.MovesHeading is { } heading) pager.AddBlock(Markup.Bold(Markup.Escape(heading)));
        foreach (var run in layout.Moves)
        {
            var fields = run.Group is { } group ? GroupFields(group, run.Moves, layout.Language) : run.Moves.Select(MoveField);
            foreach (var (name, value) in fields) pager.AddField(name, value);
        }
    }

    private static void AddSources(EmbedPager pager, Reply reply, SourcesLayout? sources)
    {
        if (sources is null) return;
        pager.BeginSection(Markup.Escape(sources.Title), reply.IsPrivate ? PrivateColor : AnsweredColor, null);
        // One heading per article, in order of first use, as the chat text does; repeated when an embed breaks.
        foreach (var article in sources.Articles)
        {
            var header = ArticleHeader(article);
            var first = true;
            foreach (var citation in article.Citations)
            {
                var line = citation.Render(Markup, DiscordLimits.EmbedDescription - header.Length - 1);
                if (first) pager.AddBlock(header + "\n" + line);
                else pager.AddBlock(line, header);
                first = false;
            }
        }
    }

    /// <summary>The answer's link, time and author, where one article or one move gives them; null when none applies.</summary>
    private SectionHead? Head(Reply reply)
    {
        var articles = reply.Citations.Select(c => c.Citation).GroupBy(c => c.ArticleId).ToList();
        var single = articles.Count == 1 ? articles[0].ToList() : null;
        var url = single is null ? null
            : single.Count == 1 ? Links.For(single[0], reply.Language, DiscordLimits.Url)
            : Markup.SafeUrl(single[0].Url) ?? Links.For(single[0], reply.Language, DiscordLimits.Url);
        var timestamp = (reply.Moves.Count == 1 ? DayOf(reply.Moves[0].Move.When) : null) ?? DayOf(single?[0].Published);
        var author = single?[0].Outlet is { Length: > 0 } outlet ? ChatMarkup.Truncate(outlet, DiscordLimits.AuthorName) : null;
        return url is null && timestamp is null && author is null ? null : new SectionHead(url, timestamp, author);
    }

    /// <summary>
    /// A date known to the day as a timestamp at noon UTC, so it reads as the same day from UTC−12 to UTC+11; a year
    /// or a month alone gives none, since a day would be invented.
    /// </summary>
    private static DateTimeOffset? DayOf(PartialDate? date) =>
        date is { Year: { } year, Month: { } month, Day: { } day } ? new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero) : null;

    private static string? Footer(ReplyLayout layout) =>
        // Footers show no markdown, so notes go in as written.
        layout.Notes.Count == 0 ? null : ChatMarkup.Truncate(string.Join("\n", layout.Notes), EmbedPager.MaxSectionFooter);

    private static (string Name, string Value) MoveField(MoveLayout move)
    {
        var kind = ReplyLayout.Dash + move.Kind;
        var name = Markup.EscapeWithin(move.Person, DiscordLimits.FieldName - kind.Length) + kind;
        var sources = move.Markers + " " + Markup.Escape(move.Provenance);
        var remarks = Remarks(move, "\n· ") + (move.Disputed is { } disputed ? "\n" + disputed : "");
        var routeLine = Markup.EscapeWithin(move.Route, DiscordLimits.FieldValue - 1 - sources.Length - remarks.Length);
        return (name, routeLine + "\n" + sources + remarks);
    }

    /// <summary>
    /// A group of a digest: the group as the field's name and a line per move, continued in further fields (named
    /// "Group (continued)") when one field's 1024 characters are not enough.
    /// </summary>
    private static IEnumerable<(string Name, string Value)> GroupFields(string group, IReadOnlyList<MoveLayout> moves, Language language)
    {
        var name = Markup.EscapeWithin(group, DiscordLimits.FieldName);
        var value = new StringBuilder();
        foreach (var move in moves)
        {
            var line = GroupLine(move);
            if (value.Length > 0 && value.Length + 1 + line.Length > DiscordLimits.FieldValue)
            {
                yield return (name, value.ToString());
                name = Markup.EscapeWithin(ReplyPage.Continued(language, group), DiscordLimits.FieldName);
                value.Clear();
            }
            if (value.Length > 0) value.Append('\n');
            value.Append(line);
        }
        yield return (name, value.ToString());
    }

    /// <summary>A move as one line of a group, at most a field's value: person, kind, route, its markers.</summary>
    private static string GroupLine(MoveLayout move)
    {
        var head = ReplyLayout.Bullet + Markup.Bold(Markup.EscapeWithin(move.Person, MaxNameInLine)) + ReplyLayout.Dash
                   + Markup.Escape(move.Kind) + ": ";
        var tail = " " + move.Markers + Remarks(move, " · ") + (move.Disputed is { } disputed ? " " + disputed : "");
        return head + Markup.EscapeWithin(move.Route, DiscordLimits.FieldValue - head.Length - tail.Length) + tail;
    }

    /// <summary>The move's remarks (found only by the model, inferred from context), each after <paramref name="before"/>.</summary>
    private static string Remarks(MoveLayout move, string before) =>
        string.Concat(move.Remarks.Select(remark => before + Markup.Escape(remark)));

    /// <summary>
    /// The article's title as a link when it has a usable one, with the outlet and date; the title is shortened, the
    /// link never. "No link" only when its citations have no link either (no source pages).
    /// </summary>
    private static string ArticleHeader(ArticleSources article)
    {
        var title = Markup.EscapeWithin(article.Title, DiscordLimits.EmbedTitle);
        var details = article.Details(Markup);
        if (Markup.SafeUrl(article.Url) is { } url) return Markup.Bold(Markup.Link(url, title)) + details;
        var noLink = article.NoLink is { } text ? ReplyLayout.Dash + Markup.Escape(text) : "";
        return Markup.Bold(title) + details + noLink;
    }
}
