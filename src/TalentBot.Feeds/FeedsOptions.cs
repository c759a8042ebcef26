using System.ComponentModel.DataAnnotations;
using TalentBot.Knowledge;

namespace TalentBot.Feeds;

/// <summary>
/// The <c>Feeds</c> section: how often feeds are polled, how far a failing feed backs off, what a fetch may cost,
/// and which folders are watched for new article files. Read once at start; treat as immutable.
/// </summary>
public sealed class FeedsOptions : IValidatableObject
{
    public const string Section = "Feeds";

    /// <summary>The wait between two polls of a healthy feed. Default 15 minutes; at least 1 minute, to be polite.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The longest wait after failures in a row (each doubles it from <see cref="PollInterval"/>). Default 6 hours.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Entry pages fetched per feed per poll, newest first; the rest wait for the next poll. Default 20.</summary>
    [Range(1, 500)]
    public int MaxEntriesPerPoll { get; set; } = 20;

    /// <summary>
    /// Tries of an entry page that could not be fetched (unreachable, timed out, a server error, a 404) before the
    /// entry is given up; the waits between tries double from <see cref="PollInterval"/> up to <see cref="MaxBackoff"/>,
    /// as a failing feed's do. Default 8: with the default intervals, tries over about 20 hours.
    /// </summary>
    [Range(1, 100)]
    public int EntryAttempts { get; set; } = 8;

    /// <summary>Largest feed document read, in bytes. Default 4 MiB, several times a busy news feed.</summary>
    [Range(typeof(long), "1024", "67108864")]
    public long MaxFeedBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest entry page or watched file read, in bytes. Default <see cref="ArticleLoaderOptions.DefaultMaxBytes"/>.</summary>
    [Range(typeof(long), "1024", "67108864")]
    public long MaxPageBytes { get; set; } = ArticleLoaderOptions.DefaultMaxBytes;

    /// <summary>Longest one fetch (feed or page, redirects and body included) may take. Default 20 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Redirects followed per fetch, each one checked like a link. Default 5.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Lets entry links and redirects reach loopback, private, link-local and other internal addresses. Default off:
    /// a feed is written by someone else, and could point the bot at the operator's own network.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Folders whose supported files (see <see cref="ArticleLoader.SupportedExtensions"/>) are ingested when new or changed.</summary>
    public List<string> Folders { get; set; } = [];

    /// <summary>Sent with every feed and page request, so publishers can see who is reading.</summary>
    [Required]
    public string UserAgent { get; set; } = "TalentBot/1.0 (feed reader; +https://github.com/talentbot)";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxBackoff < PollInterval)
            yield return new ValidationResult($"{Section}:{nameof(MaxBackoff)} ({MaxBackoff}) must not be shorter than {Section}:{nameof(PollInterval)} ({PollInterval}).", [nameof(MaxBackoff)]);
        if (Folders.Any(string.IsNullOrWhiteSpace))
            yield return new ValidationResult($"{Section}:{nameof(Folders)} has an empty entry; list folder paths only.", [nameof(Folders)]);
        using var probe = new HttpRequestMessage();
        if (!string.IsNullOrWhiteSpace(UserAgent) && !probe.Headers.UserAgent.TryParseAdd(UserAgent))
            yield return new ValidationResult($"{Section}:{nameof(UserAgent)} is not a valid User-Agent header, such as \"TalentBot/1.0 (+https://example.com)\".", [nameof(UserAgent)]);
    }
}
