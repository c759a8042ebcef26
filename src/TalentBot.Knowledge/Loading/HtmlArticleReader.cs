using AngleSharp.Html.Parser;
using SmartReader;
using TalentBot.Core;

namespace TalentBot.Knowledge.Loading;

/// <summary>
/// Reads an article from a web page: SmartReader picks the article out of the page when the page is one it can read
/// quickly, otherwise (or when it finds no article) the whole body less its boilerplate is the text. The metadata comes
/// from the page's own declarations. Stateless; safe to share.
/// </summary>
internal static class HtmlArticleReader
{
    public static ArticleLoad Read(string location, string html, string? url)
    {
        var page = HtmlScan.Read(html, wholePage: true);
        var text = page.Text;
        string? readerTitle = null;
        PartialDate? readerDate = null;
        if (page.ReaderInput is not null)
        {
            // Given a parsed document, SmartReader reads it; given only a URI it would fetch it itself, bypassing
            // our HttpClient, timeout and size cap.
            using var document = new HtmlParser().ParseDocument(page.ReaderInput);
            using var reader = new Reader(url ?? "https://localhost/", document);
            var readable = reader.GetArticle();
            if (readable.IsReadable && HtmlScan.Read(readable.Content, wholePage: false).Text is { Length: > 0 } article) text = article;
            readerTitle = readable.Title;
            if (readable.PublicationDate is { Year: >= 1900 and <= 2200 } date) readerDate = new PartialDate(date.Year, date.Month, date.Day);
        }
        if (string.IsNullOrWhiteSpace(text)) return ArticleLoad.Failed(location, "no article text found in the HTML");

        return ArticleLoad.Loaded(location, new ArticleSource(
            text,
            Title: page.Title ?? NonEmpty(readerTitle),
            Language: DeclaredMetadata.Language(page.Language),
            Url: page.Url,
            Outlet: page.SiteName,
            Published: DeclaredMetadata.Date(page.Published) ?? readerDate));
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
