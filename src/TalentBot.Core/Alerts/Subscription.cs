namespace TalentBot.Core.Alerts;

/// <summary>When a subscription's digest goes out: a five-field cron expression read in an IANA or Windows time zone.</summary>
public sealed record DigestSchedule(string Cron, string TimeZone)
{
    /// <summary>Every day at 09:00.</summary>
    public const string DailyAtNine = "0 9 * * *";
}

/// <summary>Why and since when a target gets nothing: it failed in a way retrying cannot mend.</summary>
public sealed record SubscriptionPause(DateTimeOffset At, string Reason);

/// <summary>
/// A standing request: moves matching <see cref="Filter"/> go to <see cref="Target"/>, each as an alert when
/// <see cref="Alerts"/> is on, and together in a digest on <see cref="Digest"/>'s schedule when one is set.
/// <see cref="DigestedUntil"/> is where the last digest's window ended (creation, before the first).
/// Only stated moves are sent unless <see cref="IncludeInferred"/>: a subscription hears of a move when the move first
/// reaches the confidence it asked for, so a move first read as inferred reaches a stated-only subscription once, when
/// a later article states it.
/// </summary>
public sealed record Subscription(
    string Id,
    DeliveryTarget Target,
    MoveFilter Filter,
    bool Alerts,
    DigestSchedule? Digest,
    Language Language,
    DateTimeOffset Created,
    string? CreatedBy,
    DateTimeOffset DigestedUntil,
    SubscriptionPause? Paused = null)
{
    /// <summary>Whether moves inferred from context are sent too; false (stated moves only) unless set.</summary>
    public bool IncludeInferred { get; init; }

    public bool IsPaused => Paused is not null;

    /// <summary>Whether a move of this confidence is one this subscription asked to hear of.</summary>
    public bool Accepts(MoveConfidence confidence)
    {
        ArgumentNullException.ThrowIfNull(confidence);
        return IncludeInferred || confidence.IsStated;
    }
}

/// <summary>What a subscription is made from; the store gives it its id and dates.</summary>
public sealed record NewSubscription(
    DeliveryTarget Target,
    MoveFilter Filter,
    bool Alerts,
    DigestSchedule? Digest,
    Language Language,
    string? CreatedBy)
{
    /// <summary>Whether moves inferred from context are sent too; false (stated moves only) unless set.</summary>
    public bool IncludeInferred { get; init; }
}
