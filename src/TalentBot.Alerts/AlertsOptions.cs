using System.ComponentModel.DataAnnotations;
using TalentBot.Core.Alerts;

namespace TalentBot.Alerts;

/// <summary>The <c>Alerts</c> section: digest defaults and how the outbox retries.</summary>
public sealed class AlertsOptions
{
    public const string SectionName = "Alerts";

    /// <summary>The digest schedule a subscription gets when none is given.</summary>
    [Required]
    public string DefaultDigestCron { get; set; } = DigestSchedule.DailyAtNine;

    /// <summary>The time zone a digest schedule is read in when none is given (IANA or Windows id).</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Post a digest that says "nothing new" rather than skip it.</summary>
    public bool DigestWhenEmpty { get; set; }

    /// <summary>Attempts before a delivery is given up on (the target is not paused: its failures were transient).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>The wait after the first failed attempt; each further failure doubles it, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Targets sent to at once, so one that hangs until its attempt times out holds up no other.</summary>
    [Range(1, 64)]
    public int MaxParallelTargets { get; set; } = 4;

    /// <summary>One attempt's limit, connection to last byte.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a sent delivery stays in the outbox, for <c>talentbot deliveries</c>, before <c>serve</c> prunes it
    /// (each subscription's latest stays, whatever its age). Unsent ones are never pruned.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long <c>ingest</c> keeps delivering what it enqueued before it exits and leaves the rest waiting.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan IngestDeliveryWindow { get; set; } = TimeSpan.FromSeconds(30);
}
