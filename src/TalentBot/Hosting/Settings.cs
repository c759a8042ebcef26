using System.ComponentModel.DataAnnotations;

namespace TalentBot.Hosting;

/// <summary>The <c>Store</c> section: where the fact store lives. <c>--db</c> and <c>TALENTBOT_DB</c> override it.</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>The configuration key of <see cref="Path"/>, which <c>TALENTBOT_DB</c> and <c>--db</c> set over the settings files.</summary>
    public const string PathKey = Section + ":" + nameof(Path);

    /// <summary>The LiteDB file; its Lucene index sits beside it. Relative paths are from the working directory. Default <c>data/talentbot.db</c>.</summary>
    [Required]
    public string Path { get; set; } = "data/talentbot.db";

    /// <summary>
    /// How long a command waits for a store that another one-shot command holds (a running <c>serve</c> takes the
    /// command over at once instead). Default 10 s; 0 fails at once.
    /// </summary>
    [Range(0, 600)]
    public int OwnerWaitSeconds { get; set; } = 10;
}

/// <summary>The <c>Serve</c> section: how <c>serve</c> runs, and the address it is reached at.</summary>
public sealed class ServeOptions : IValidatableObject
{
    public const string Section = "Serve";

    /// <summary>
    /// The address people reach <c>serve</c> at (<c>https://talentbot.example.com/</c>), absolute http(s); empty
    /// (the default) when it has none. Set, every citation of an article without a known URL links to its source
    /// page, <c>{PublicUrl}/sources/{article}/{sentence}</c>, which <c>serve</c> then answers.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary><see cref="PublicUrl"/> as a URI, or null when it is empty. Valid once the options have validated.</summary>
    public Uri? PublicUri => Uri.TryCreate(PublicUrl?.Trim(), UriKind.Absolute, out var uri) ? uri : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(PublicUrl)) yield break;
        if (!Uri.TryCreate(PublicUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0
            || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            yield return new ValidationResult(
                "Serve:PublicUrl must be an absolute http or https address without a query or fragment, such as " +
                $"https://talentbot.example.com/ (it is '{PublicUrl}')", [nameof(PublicUrl)]);
    }

    /// <summary>
    /// After SIGTERM, how long <c>serve</c> lets interactions, forwarded commands and delivery attempts already
    /// started finish before it cuts them off. Default 30 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>The <c>Knowledge</c> section: the corpus a new store is built from.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>The folder with <c>articles.json</c> and <c>registry.json</c>. Default <c>knowledge</c>, else the copy shipped beside the program.</summary>
    [Required]
    public string Path { get; set; } = "knowledge";
}

/// <summary>The <c>Ingest</c> section: limits on what <c>ingest</c> accepts.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Largest file or download accepted, in bytes. Default 2 MiB: a news article is rarely over 200 KiB.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Time allowed for one download. Default 20 s.</summary>
    [Range(1, 300)]
    public int DownloadTimeoutSeconds { get; set; } = 20;

    /// <summary>Articles per store transaction. Default 2048; see <c>IngestionOptions.MaxBatchArticles</c> for why.</summary>
    [Range(1, 100_000)]
    public int BatchArticles { get; set; } = 2048;

    /// <summary>Articles sent to the model at once when it proposes moves. Default 4; raise it for a provider with a generous rate limit.</summary>
    [Range(1, 64)]
    public int ModelConcurrency { get; set; } = 4;
}
