using System.Text;
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
internal static class ArticleDocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DocumentFormat? FormatOfExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => DocumentFormat.PlainText,
        ".md" or ".markdown" => DocumentFormat.Markdown,
        ".html" or ".htm" => DocumentFormat.Html,
        _ => null,
    };

    /// <summary>
    /// Reads <paramref name="bytes"/>; <paramref name="format"/> null means sniff it from the content. Plain text is
    /// kept as it is; HTML and Markdown become the text a reader sees, with what they declare about themselves (HTML
    /// metadata, Markdown front matter) in the article's fields. <paramref name="url"/> is where the bytes were fetched
    /// from, null for a file: it is the article's URL whatever the document claims. A declared language that is not
    /// one of ours is detected instead.
    /// </summary>
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

        var load = (format ?? Sniff(content)) switch
        {
            DocumentFormat.Html => HtmlArticleReader.Read(location, content, url),
            DocumentFormat.Markdown => MarkdownArticleReader.Read(location, content),
            _ => ArticleLoad.Loaded(location, new ArticleSource(content, Title: FirstLine(content).Trim())),
        };
        if (load.Article is not { } article) return load;
        return load with
        {
            Article = article with
            {
                Url = url ?? article.Url,
                Language = article.Language ?? LanguageDetector.Detect(article.Text).Language,
                Title = string.IsNullOrWhiteSpace(article.Title) ? null : article.Title,
            },
        };
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
        return FirstLine(content).StartsWith('#') || FrontMatter.Opens(content) ? DocumentFormat.Markdown : DocumentFormat.PlainText;
    }

    private static string FirstLine(string content) =>
        content.Split('\n').FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim() ?? "";

}
