namespace TalentBot.Feeds.Polling;

/// <summary>
/// When a feed is polled next: <see cref="FeedsOptions.PollInterval"/> after a success; after failures in a row,
/// the interval doubled per failure up to <see cref="FeedsOptions.MaxBackoff"/>, or the server's Retry-After when
/// that is longer. Stateless; thread-safe.
/// </summary>
/// <remarks>
/// Hand-written rather than Polly's retry: the result is a persisted schedule (the feed's next poll, stored with its
/// failure count and read by the next pass or after a restart), not a retry loop inside one call, which is what
/// Polly's retry strategy runs; it offers no delay calculation to reuse on its own.
/// </remarks>
internal sealed class PollSchedule(FeedsOptions options)
{
    /// <summary>A Retry-After past a week says the feed is gone; the operator sees the error and can remove it.</summary>
    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromDays(7);

    public DateTimeOffset AfterSuccess(DateTimeOffset now) => now + options.PollInterval;

    public DateTimeOffset AfterFailure(DateTimeOffset now, int failures, TimeSpan? retryAfter)
    {
        var doublings = Math.Clamp(failures - 1, 0, 30);
        var backoff = TimeSpan.FromTicks((long)Math.Min(options.PollInterval.Ticks * Math.Pow(2, doublings), options.MaxBackoff.Ticks));
        var asked = retryAfter is { } wait ? TimeSpan.FromTicks(Math.Min(wait.Ticks, LongestRetryAfter.Ticks)) : TimeSpan.Zero;
        return now + (asked > backoff ? asked : backoff);
    }
}
