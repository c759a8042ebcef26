using Microsoft.Extensions.Logging;

namespace TalentBot.Chat.Requests;

/// <summary>The signed-request reader's log events (451x), written under the endpoint's category. Never a signature or a body.</summary>
internal static partial class RequestLog
{
    /// <summary>Information, and never with an exception: a refusal is the client's doing, not a fault of ours.</summary>
    [LoggerMessage(4510, LogLevel.Information, "{Platform} request to {Path} refused with {Status}: {Reason}")]
    public static partial void Refused(ILogger logger, string platform, string path, int status, string reason);
}
