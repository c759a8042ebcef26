using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using TalentBot.Answering;
using TalentBot.Answering.Links;
using TalentBot.Core;
using TalentBot.Core.Knowledge;

namespace TalentBot.Serving;

/// <summary>
/// The HTML of a source page: the article's title, outlet, date and language, the cited sentence in a <c>&lt;mark&gt;</c>
/// between the sentences around it, and the original link when known; the page's own words in the reader's language,
/// the article's in its own (<c>lang</c>). Every piece of text goes through <see cref="HtmlEncoder"/>: article text is
/// untrusted. The only style is one fixed sheet, allowed by its hash (<see cref="ContentSecurityPolicy"/>), so the page
/// runs no script and loads nothing. Stateless; safe to share across threads.
/// </summary>
internal static class SourcePageHtml
{
    /// <summary>
    /// Style by hash rather than <c>'unsafe-inline'</c>: the sheet is a constant, so its hash is too, and an attribute or
    /// element that slipped past the encoder still could not style (let alone script) anything.
    /// </summary>
    private const string Style =
        "body{margin:0;font:17px/1.6 system-ui,-apple-system,\"Segoe UI\",\"Noto Sans\",\"Noto Sans CJK JP\",sans-serif;color:#1d1d1f;background:#fafafa}" +
        "main{max-width:42rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}" +
        "h1{font-size:1.45rem;line-height:1.3;margin:0 0 .75rem}" +
        "dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0 0 1.25rem;color:#555;font-size:.95rem}" +
        "dt{font-weight:600}dd{margin:0}" +
        "blockquote{margin:0 0 1rem;padding:1rem 1.25rem;background:#fff;border-left:4px solid #5865f2;border-radius:4px}" +
        "blockquote p{margin:0}" +
        "mark{background:#ffe066;color:inherit;padding:.05em .15em;border-radius:2px;scroll-margin-top:6rem}" +
        ".note{color:#666;font-size:.9rem}" +
        "a{color:#3c45c8}";

    /// <summary>What a source page may do: show itself with its own style, nothing else.</summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Escapes &lt; &gt; &amp; and quotes but leaves letters of every script as they are, so Japanese stays readable.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The page for <paramref name="passage"/>, its own words in <paramref name="language"/>.</summary>
    public static string Page(SourcePassage passage, Language language)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var articleLanguage = passage.Language.ToCode();
        var html = Open(language, passage.Title);
        html.Append("<h1 lang=\"").Append(articleLanguage).Append("\">").Append(Encode(passage.Title)).Append("</h1>\n<dl>");
        Detail(html, language, Phrase.SourceOutlet, passage.Outlet);
        Detail(html, language, Phrase.SourcePublished, passage.Published?.ToString());
        Detail(html, language, Phrase.SourceLanguage, Phrases.LanguageName(language, passage.Language));
        html.Append("</dl>\n<blockquote lang=\"").Append(articleLanguage).Append("\"><p>");
        string? previous = null;
        foreach (var sentence in passage.Before)
        {
            Join(html, previous);
            html.Append(Encode(sentence));
            previous = sentence;
        }
        Join(html, previous);
        html.Append("<mark id=\"").Append(CitationLinks.CitedSentenceId).Append("\">").Append(Encode(passage.Sentence)).Append("</mark>");
        previous = passage.Sentence;
        foreach (var sentence in passage.After)
        {
            Join(html, previous);
            html.Append(Encode(sentence));
            previous = sentence;
        }
        html.Append("</p></blockquote>\n<p class=\"note\">").Append(Encode(Phrases.Get(language, Phrase.SourceExcerpt))).Append("</p>\n");
        html.Append(CitationLinks.ArticleUrl(passage.Url) is { } url
            ? $"<p><a href=\"{Encode(url)}\" rel=\"noopener noreferrer nofollow\">{Encode(Phrases.Get(language, Phrase.SourceOriginal))}</a></p>\n"
            : $"<p class=\"note\">{Encode(Phrases.Get(language, Phrase.SourceNoOriginal))}</p>\n");
        return Close(html);
    }

    /// <summary>The page for a link to no article or sentence, in <paramref name="language"/>.</summary>
    public static string NotFound(Language language)
    {
        var title = Phrases.Get(language, Phrase.SourceNotFound);
        var html = Open(language, title);
        html.Append("<h1>").Append(Encode(title)).Append("</h1>\n<p>").Append(Encode(Phrases.Get(language, Phrase.SourceNotFoundText))).Append("</p>\n");
        return Close(html);
    }

    private static StringBuilder Open(Language language, string title) => new StringBuilder(4096)
        .Append("<!doctype html>\n<html lang=\"").Append(language.ToCode()).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n")
        .Append("<title>").Append(Encode(title)).Append(" · TalentBot</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n");

    private static string Close(StringBuilder html) => html.Append("</main>\n</body>\n</html>\n").ToString();

    private static void Detail(StringBuilder html, Language language, Phrase label, string? value) =>
        html.Append("<dt>").Append(Encode(Phrases.Get(language, label))).Append("</dt><dd>")
            .Append(Encode(string.IsNullOrWhiteSpace(value) ? Phrases.Get(language, Phrase.SourceUnknown) : value)).Append("</dd>");

    /// <summary>
    /// The space between two sentences, as the article had it: none after a full-width stop (Japanese runs its
    /// sentences together), one otherwise.
    /// </summary>
    private static void Join(StringBuilder html, string? previous)
    {
        if (previous is null) return;
        var last = previous.TrimEnd();
        if (last.Length > 0 && last[^1] is '。' or '！' or '？' or '」' or '』' or '）') return;
        html.Append(' ');
    }

    private static string Encode(string text) => Encoder.Encode(text);
}
