using Microsoft.Extensions.Logging;

namespace TalentBot.Chat.Api;

/// <summary>The platform API clients' log events (452x). A call is named by its route or method, never its URL.</summary>
internal static partial class ApiLog
{
    [LoggerMessage(4520, LogLevel.Warning, "Rate limited on {Call}: waiting {WaitMs} ms")]
    public static partial void RateLimited(ILogger logger, string call, long waitMs);

    /// <summary>One line, no stack trace: the outcome names the status or the exception's type.</summary>
    [LoggerMessage(4521, LogLevel.Information, "{Call} failed ({Outcome}); retry {Attempt} in {WaitMs} ms")]
    public static partial void Retrying(ILogger logger, string call, string outcome, int attempt, long waitMs);
}
