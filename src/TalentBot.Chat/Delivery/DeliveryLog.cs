using Microsoft.Extensions.Logging;

namespace TalentBot.Chat.Delivery;

internal static partial class DeliveryLog
{
    [LoggerMessage(7200, LogLevel.Debug, "Delivery {DeliveryId} posted to {Target} in {Messages} messages")]
    public static partial void Delivered(ILogger logger, string deliveryId, string target, int messages);

    [LoggerMessage(7201, LogLevel.Warning, "Delivery {DeliveryId} to {Target} not accepted: {Reason}")]
    public static partial void Failed(ILogger logger, string deliveryId, string target, string reason);

    [LoggerMessage(7202, LogLevel.Error, "{Platform} refused delivery {DeliveryId} to {Target} as malformed, a bug in how it was rendered: {Reason}")]
    public static partial void Malformed(ILogger logger, string platform, string deliveryId, string target, string reason);
}
