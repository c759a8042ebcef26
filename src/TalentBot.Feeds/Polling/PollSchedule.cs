namespace TalentBot.Feeds.Polling;

/// <summary>
/// When a feed is polled next: <see cref="FeedsOptions.PollInterval"/> after a success; after failures in a row,
/// the interval doubled per failure up to <see cref="FeedsOptions.MaxBackoff"/>, or the server's Retry-After when
/// that is longer. Stateless; thread-safe.
/// </summary>
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
