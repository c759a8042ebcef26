namespace TalentBot.Knowledge.Loading;

/// <summary>
/// Reads an article from a Markdown file: its front matter (if any) into the article's fields, the rest into plain
/// text. Stateless; safe to share.
/// </summary>
internal static class MarkdownArticleReader
{
    public static ArticleLoad Read(string location, string content)
    {
        var split = FrontMatter.Split(content.ReplaceLineEndings("\n"));
        if (split.Error is not null) return ArticleLoad.Failed(location, split.Error);
        if (split.Fields is not null && string.IsNullOrWhiteSpace(split.Body))
            return ArticleLoad.Failed(location, "empty file (front matter but no text)");
        var text = MarkdownText.ToPlainText(split.Body);
        if (string.IsNullOrWhiteSpace(text)) return ArticleLoad.Failed(location, "no article text found in the Markdown");

        var fields = split.Fields;
        return ArticleLoad.Loaded(location, new ArticleSource(
            text,
            Title: fields?.Title ?? FirstLine(text),
            Language: DeclaredMetadata.Language(fields?.Language),
            Url: DeclaredMetadata.HttpUrl(fields?.Url),
            Outlet: fields?.Outlet,
            Published: DeclaredMetadata.Date(fields?.Date)));
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }
}
