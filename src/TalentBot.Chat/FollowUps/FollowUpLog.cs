using Microsoft.Extensions.Logging;

namespace TalentBot.Chat.FollowUps;

/// <summary>The follow-up runner's log events (45xx), written under each adapter's runner's category. Ids and counts only.</summary>
internal static partial class FollowUpLog
{
    [LoggerMessage(4500, LogLevel.Error, "Follow-up of {Platform} request {Id} failed")]
    public static partial void Failed(ILogger logger, Exception exception, string platform, string id);

    [LoggerMessage(4501, LogLevel.Information, "Waiting for {Count} {Platform} follow-ups before stopping")]
    public static partial void Waiting(ILogger logger, int count, string platform);

    [LoggerMessage(4502, LogLevel.Warning, "Stopped with {Count} {Platform} follow-ups unfinished")]
    public static partial void Abandoned(ILogger logger, int count, string platform);

    [LoggerMessage(4503, LogLevel.Warning, "Follow-up of {Platform} request {Id} stopped: its reply token expired after {Seconds} s")]
    public static partial void Expired(ILogger logger, string platform, string id, long seconds);
}
