using Microsoft.Extensions.Logging;

namespace TalentBot.Chat.Connections;

internal static partial class ConnectionLog
{
    /// <summary>The one line per reconnection: Warning for a fault, Information when the platform asked for it.</summary>
    [LoggerMessage(EventId = 7100, Message = "{Connection} connection ended ({Reason}); reconnecting in {WaitMs} ms")]
    public static partial void Reconnecting(ILogger logger, LogLevel level, string connection, string reason, long waitMs);

    [LoggerMessage(7101, LogLevel.Debug, "{Connection} connection failure, in detail")]
    public static partial void FailureDetail(ILogger logger, Exception exception, string connection);

    [LoggerMessage(7102, LogLevel.Critical, "{Connection} stopped and will not reconnect: {Reason}")]
    public static partial void Stopped(ILogger logger, string connection, string reason);
}
