using TalentBot.Answering;
using TalentBot.Answering.Links;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Chat.Replies;

/// <summary>
/// A reply's numbered sources: under the heading "Sources", one entry per article in order of first use, each with
/// its citations, each quote verbatim in the article's language and, when the citation has one, a link to the
/// sentence (<see cref="CitationLinks"/>). Immutable.
/// </summary>
public sealed record SourcesLayout(string Title, IReadOnlyList<ArticleSources> Articles)
{
    /// <summary>
    /// The sources of <paramref name="reply"/>, null when it cites nothing. With <paramref name="quotedInAnswer"/>,
    /// a quote the answer shows as evidence is only its marker and link here.
    /// </summary>
    public static SourcesLayout? Of(Reply reply, CitationLinks links, int maxUrl, bool quotedInAnswer)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(links);
        if (reply.Citations.Count == 0) return null;
        var language = reply.Language;
        var quoted = quotedInAnswer ? reply.Evidence.ToHashSet() : [];
        var quote = Phrases.Get(language, Phrase.Quote);
        var openSentence = Phrases.Get(language, Phrase.OpenSentence);
        var articles = reply.Citations.GroupBy(c => c.Citation.ArticleId).Select(article =>
        {
            var first = article.First().Citation;
            var sources = article.Select(c => new SourceLine(c.Number, new Quotation(c.Citation.Quote, quote),
                links.For(c.Citation, language, maxUrl), quoted.Contains(c.Number), openSentence)).ToList();
            // "No link" only when its citations have no link either (no source pages).
            var noLink = links.For(first, language, maxUrl) is null ? Phrases.Get(language, Phrase.NoLink) : null;
            return new ArticleSources(first.Title, first.Url, first.Outlet, first.Published, noLink, sources);
        }).ToList();
        return new SourcesLayout(Phrases.Get(language, Phrase.SourcesHeader).TrimEnd(':', '：', ' '), articles);
    }
}

/// <summary>
/// An article's heading (its title, to be linked to <see cref="Url"/> when that is a usable link; its outlet and date)
/// and its citations. <see cref="NoLink"/> says "no link" when neither the article nor its citations have one.
/// </summary>
public sealed record ArticleSources(
    string Title,
    string? Url,
    string? Outlet,
    PartialDate? Published,
    string? NoLink,
    IReadOnlyList<SourceLine> Citations)
{
    /// <summary>The longest outlet shown in a heading.</summary>
    public const int MaxOutlet = 100;

    /// <summary>" · outlet · date", escaped; empty when the article has neither.</summary>
    public string Details(ChatMarkup markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        return (Outlet is { Length: > 0 } outlet ? ReplyLayout.Dot + markup.EscapeWithin(outlet, MaxOutlet) : "")
               + (Published is { } published ? ReplyLayout.Dot + published : "");
    }
}

/// <summary>
/// A numbered citation: its quote, its link to the sentence when it has one, and whether the answer above already
/// quotes it (then only the marker and the link, worded <see cref="OpenSentence"/>).
/// </summary>
public sealed record SourceLine(int Number, Quotation Quote, string? Link, bool QuotedAbove, string OpenSentence)
{
    /// <summary>"[n] “quote”", the quote a link to the sentence when there is one; at most <paramref name="max"/> characters: the quote gives way, never the link.</summary>
    public string Render(ChatMarkup markup, int max)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var marker = ReplyWording.Marker(Number);
        if (QuotedAbove) return Link is null ? marker : $"{marker} {markup.Link(Link, markup.Escape(OpenSentence))}";
        var frame = Link is null ? 0 : markup.LinkFrame + Link.Length;
        var quote = Quote.Fit(markup, max - marker.Length - 1 - frame);
        return Link is null ? $"{marker} {quote}" : $"{marker} {markup.Link(Link, quote)}";
    }
}
