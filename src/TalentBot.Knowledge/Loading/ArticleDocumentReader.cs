using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SmartReader;
using TalentBot.Core;

namespace TalentBot.Knowledge.Loading;

internal enum DocumentFormat
{
    PlainText,
    Markdown,
    Html,
}

/// <summary>
/// Turns the bytes of a text, Markdown or HTML document into an <see cref="ArticleSource"/>, or says in one line
/// why it cannot. Stateless; safe to share.
/// </summary>
internal static partial class ArticleDocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DocumentFormat? FormatOfExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => DocumentFormat.PlainText,
        ".md" or ".markdown" => DocumentFormat.Markdown,
        ".html" or ".htm" => DocumentFormat.Html,
        _ => null,
    };

    /// <summary>Reads <paramref name="bytes"/>; <paramref name="format"/> null means sniff it from the content.</summary>
    public static ArticleLoad Read(string location, ReadOnlySpan<byte> bytes, DocumentFormat? format, Encoding? encoding, string? url)
    {
        if (bytes.IsEmpty) return ArticleLoad.Failed(location, "empty file");
        if (bytes.Contains((byte)0)) return ArticleLoad.Failed(location, "binary file (contains NUL bytes)");

        string content;
        try
        {
            content = Decode(bytes, encoding);
        }
        catch (DecoderFallbackException)
        {
            return ArticleLoad.Failed(location, "binary file (not valid UTF-8 text)");
        }
        if (string.IsNullOrWhiteSpace(content)) return ArticleLoad.Failed(location, "empty file (whitespace only)");

        var article = (format ?? Sniff(content)) switch
        {
            DocumentFormat.Html => FromHtml(content, url),
            DocumentFormat.Markdown => new ArticleSource(content, Title: FirstLine(content).TrimStart('#').Trim()),
            _ => new ArticleSource(content, Title: FirstLine(content).Trim()),
        };
        if (string.IsNullOrWhiteSpace(article.Text)) return ArticleLoad.Failed(location, "no article text found in the HTML");
        return ArticleLoad.Loaded(location, article with
        {
            Url = url,
            Language = LanguageDetector.Detect(article.Text).Language,
            Title = string.IsNullOrWhiteSpace(article.Title) ? null : article.Title,
        });
    }

    private static string Decode(ReadOnlySpan<byte> bytes, Encoding? encoding)
    {
        if (encoding is not null && encoding.CodePage != Encoding.UTF8.CodePage) return encoding.GetString(bytes);
        var bom = Encoding.UTF8.Preamble;
        if (bytes.StartsWith(bom)) bytes = bytes[bom.Length..];
        return StrictUtf8.GetString(bytes);
    }

    private static DocumentFormat Sniff(string content)
    {
        var start = content.TrimStart();
        if (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith('<') && content.Contains("<body", StringComparison.OrdinalIgnoreCase)))
            return DocumentFormat.Html;
        return FirstLine(content).StartsWith('#') ? DocumentFormat.Markdown : DocumentFormat.PlainText;
    }

    private static string FirstLine(string content) =>
        content.Split('\n').FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim() ?? "";

    private static ArticleSource FromHtml(string html, string? url)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = document.Title?.Trim();
        // SmartReader keeps the article and drops navigation, ads and footers; a page too short or too unusual
        // for it falls back to the whole body text, which is better than nothing.
        // The (uri, text) constructor parses the given text; the static ParseArticle(string, string) would fetch
        // the URI instead, bypassing our HttpClient, timeout and size cap.
        using var reader = new Reader(url ?? "https://localhost/", html);
        var readable = reader.GetArticle();
        var text = readable.IsReadable && !string.IsNullOrWhiteSpace(readable.TextContent)
            ? readable.TextContent
            : document.Body?.TextContent ?? "";
        PartialDate? published = readable.PublicationDate is { Year: >= 1900 and <= 2200 } date
            ? new PartialDate(date.Year, date.Month, date.Day)
            : null;
        return new ArticleSource(Tidy(text), Title: string.IsNullOrWhiteSpace(title) ? readable.Title : title, Published: published);
    }

    /// <summary>HTML text keeps the markup's indentation and blank lines; keep the paragraphs, drop the padding.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
