using Microsoft.Extensions.Logging;
using TalentBot.Core.Alerts;

namespace TalentBot.Alerts;

/// <summary>The alerts' log lines. Targets appear only as their <see cref="DeliveryTarget.Display"/>, never as a webhook URL.</summary>
internal static partial class AlertsLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Delivered {DeliveryId} ({Kind}) of subscription {SubscriptionId} to {Target} on attempt {Attempt}")]
    public static partial void Sent(ILogger logger, string deliveryId, DeliveryKind kind, string subscriptionId, string target, int attempt);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} of subscription {SubscriptionId} to {Target} failed ({Reason}); retrying in {Wait}")]
    public static partial void WillRetry(ILogger logger, string deliveryId, string subscriptionId, string target, string reason, TimeSpan wait);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Error, Message = "Gave up on delivery {DeliveryId} of subscription {SubscriptionId} to {Target} after {Attempts} attempts: {Reason}")]
    public static partial void GaveUp(ILogger logger, string deliveryId, string subscriptionId, string target, int attempts, string reason);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "Paused subscription {SubscriptionId}: {Target} refused a delivery ({Reason}). Resume it with 'talentbot resume {SubscriptionId}' once the target is fixed")]
    public static partial void Paused(ILogger logger, string subscriptionId, string target, string reason);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "Could not tell {Target} that subscription {SubscriptionId} is paused ({Error})")]
    public static partial void NoticeFailed(ILogger logger, string subscriptionId, string target, string error);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Error, Message = "The sender for {Target} failed on delivery {DeliveryId}")]
    public static partial void SenderFailed(ILogger logger, Exception exception, string deliveryId, string target);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Information, Message = "Digest for subscription {SubscriptionId}: {Moves} new moves up to {Until}")]
    public static partial void DigestEnqueued(ILogger logger, string subscriptionId, int moves, DateTimeOffset until);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Error, Message = "Could not enqueue the digest of subscription {SubscriptionId}; the others go on")]
    public static partial void DigestFailed(ILogger logger, Exception exception, string subscriptionId);

    [LoggerMessage(EventId = 7009, Level = LogLevel.Error, Message = "The alerts loop failed; it starts again in {Wait}")]
    public static partial void LoopFailed(ILogger logger, Exception exception, TimeSpan wait);

    [LoggerMessage(EventId = 7010, Level = LogLevel.Debug, Message = "Pruned {Count} deliveries sent before {SentUpTo}")]
    public static partial void Pruned(ILogger logger, int count, DateTimeOffset sentUpTo);
}
