namespace TalentBot.Knowledge;

/// <summary>
/// The outcome of loading one article: the <see cref="Article"/>, or a one-line <see cref="Error"/> saying why
/// <see cref="Location"/> (a file path or URL) could not be read. <see cref="Retryable"/> failures are a fetch that
/// did not get an answer worth keeping (unreachable, timed out, a server error, a 404, a 429): asking again later may
/// succeed. Every other failure would repeat.
/// </summary>
public sealed record ArticleLoad(string Location, ArticleSource? Article, string? Error, bool Retryable = false)
{
    public bool Succeeded => Article is not null;

    public static ArticleLoad Loaded(string location, ArticleSource article) => new(location, article, null);

    public static ArticleLoad Failed(string location, string error) => new(location, null, error);

    /// <summary>A fetch that may succeed if tried again later.</summary>
    public static ArticleLoad Unavailable(string location, string error) => new(location, null, error, Retryable: true);
}
