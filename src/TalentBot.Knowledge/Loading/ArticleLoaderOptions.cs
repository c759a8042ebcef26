namespace TalentBot.Knowledge;

/// <summary>Limits on what <see cref="ArticleLoader"/> reads.</summary>
public sealed class ArticleLoaderOptions
{
    /// <summary>The default size cap: 2 MiB, far above any news article's text and HTML, far below a dump.</summary>
    public const long DefaultMaxBytes = 2 * 1024 * 1024;

    /// <summary>Largest file or response body read, in bytes. Default <see cref="DefaultMaxBytes"/>.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>Longest a URL fetch may take, headers and body together. Default 20 seconds.</summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(20);
}
