using System.Globalization;
using TalentBot.Core;

namespace TalentBot.Answering.Links;

/// <summary>
/// The link every citation carries, the same on every platform: to the article's own page with a text fragment
/// that scrolls to the quoted sentence when the article's URL is known; otherwise, when <c>serve</c> has a public
/// address, to its source page (<c>/sources/{article}/{sentence}?lang=…#cited</c>), which shows the sentence in its
/// context and the reply's language, scrolled to the sentence when the passage is longer than the screen. Null when neither exists. Every link is an absolute http(s) URL with the
/// characters that end a link in chat markup (<c>( ) | &lt; &gt;</c>, space) percent-encoded, so a renderer can
/// put it in a masked link as it is. Immutable; safe to share across threads.
/// </summary>
public sealed class CitationLinks
{
    /// <summary>Where a link has no platform limit (the CLI, JSON): about the longest URL every browser and tool keeps.</summary>
    public const int DefaultMaxLength = 2048;

    /// <summary>The path source pages are served under.</summary>
    public const string SourcesPath = "sources";

    /// <summary>The query parameter naming the language a source page speaks.</summary>
    public const string LanguageParameter = "lang";

    /// <summary>The id of the cited sentence on a source page, which its link's fragment scrolls to.</summary>
    public const string CitedSentenceId = "cited";

    private readonly string? _sourcePages;

    /// <param name="publicUrl">
    /// <c>serve</c>'s public address (<c>Serve:PublicUrl</c>), absolute http(s); null when it has none, and then only
    /// citations of articles with a known URL get a link.
    /// </param>
    public CitationLinks(Uri? publicUrl)
    {
        if (publicUrl is not null && (!publicUrl.IsAbsoluteUri || publicUrl.Scheme is not ("http" or "https")))
            throw new ArgumentException("The public URL must be an absolute http or https URL.", nameof(publicUrl));
        _sourcePages = publicUrl is null ? null : LinkSafe(publicUrl.GetLeftPart(UriPartial.Path).TrimEnd('/')) + "/" + SourcesPath + "/";
    }

    /// <summary>Links to articles' own pages only, for a host with no public address.</summary>
    public static CitationLinks ArticlesOnly { get; } = new(null);

    /// <summary>Whether citations without an article URL link to source pages.</summary>
    public bool HasSourcePages => _sourcePages is not null;

    /// <summary>
    /// The link for <paramref name="citation"/> in a reply in <paramref name="language"/>, at most
    /// <paramref name="maxLength"/> characters: the article's page at the sentence, the article's page alone when the
    /// quote's fragment cannot fit, the source page when the article has no URL (or one too long to keep); else null.
    /// </summary>
    public string? For(Citation citation, Language language, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(citation);
        if (ArticleUrl(citation.Url) is { } article && article.Length <= maxLength)
            return TextFragment.Append(article, citation.Quote, maxLength) ?? article;
        return SourcePage(citation.ArticleId, citation.SentenceIndex, language) is { } page && page.Length <= maxLength ? page : null;
    }

    /// <summary>The source page of sentence <paramref name="sentenceIndex"/> of an article, or null without a public address.</summary>
    public string? SourcePage(string articleId, int sentenceIndex, Language language)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        if (_sourcePages is null) return null;
        return _sourcePages + Uri.EscapeDataString(articleId) + "/" + sentenceIndex.ToString(CultureInfo.InvariantCulture)
               + "?" + LanguageParameter + "=" + language.ToCode() + "#" + CitedSentenceId;
    }

    /// <summary>An article's stored link as a link to put in chat, or null when it is not an absolute http(s) URL.</summary>
    public static string? ArticleUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? LinkSafe(uri.AbsoluteUri) : null;

    /// <summary>
    /// <paramref name="url"/> with the characters that end a Discord masked link (<c>( )</c>) or a Slack link
    /// (<c>| &lt; &gt;</c>) and spaces percent-encoded, which every browser reads back the same.
    /// </summary>
    private static string LinkSafe(string url) =>
        url.Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal)
           .Replace(")", "%29", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal)
           .Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal);
}
