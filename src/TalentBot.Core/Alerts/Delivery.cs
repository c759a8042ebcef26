namespace TalentBot.Core.Alerts;

public enum DeliveryKind
{
    /// <summary>One new move.</summary>
    Alert,
    /// <summary>The moves first seen in a window.</summary>
    Digest,
}

public enum DeliveryStatus
{
    /// <summary>Written and not yet accepted by the target; tried again at <see cref="Delivery.NextAttempt"/>.</summary>
    Waiting,
    Sent,
    /// <summary>Given up on after every attempt failed; its last error says why.</summary>
    Failed,
    /// <summary>Its subscription was removed before it went out.</summary>
    Cancelled,
}

/// <summary>
/// One alert or digest in the outbox. It is written before it is sent, so a crash loses nothing, and
/// <see cref="Id"/> doubles as the idempotency key the target sees on every attempt, so a retry after a lost
/// response can be recognised. <see cref="MoveIds"/> are rendered when it is sent, with the citations known then.
/// A digest covers the moves first seen after <see cref="WindowStart"/> and up to <see cref="WindowEnd"/>.
/// </summary>
public sealed record Delivery(
    string Id,
    string SubscriptionId,
    DeliveryKind Kind,
    IReadOnlyList<string> MoveIds,
    DateTimeOffset Created,
    DeliveryStatus Status,
    int Attempts,
    DateTimeOffset NextAttempt,
    string? LastError = null,
    DateTimeOffset? SentAt = null,
    DateTimeOffset? WindowStart = null,
    DateTimeOffset? WindowEnd = null);
