namespace TalentBot.Knowledge;

/// <summary>
/// The outcome of loading one article: the <see cref="Article"/>, or a one-line <see cref="Error"/> saying why
/// <see cref="Location"/> (a file path or URL) could not be read.
/// </summary>
public sealed record ArticleLoad(string Location, ArticleSource? Article, string? Error)
{
    public bool Succeeded => Article is not null;

    public static ArticleLoad Loaded(string location, ArticleSource article) => new(location, article, null);

    public static ArticleLoad Failed(string location, string error) => new(location, null, error);
}
