using Microsoft.Extensions.Logging;

namespace TalentBot.Discord;

/// <summary>
/// The Discord adapter's log events, with stable ids. Ids, routes, counts and outcomes only: never a token, a
/// signature, a key, an interaction token or a webhook URL (both carry a token in their path, so a delivery target is
/// logged by its Display), nor what a user typed.
/// </summary>
internal static partial class DiscordLog
{
    [LoggerMessage(5000, LogLevel.Debug, "Interaction {InteractionId} received: {Type} {Command} in guild {GuildId}")]
    public static partial void Received(ILogger logger, string interactionId, string type, string command, string guildId);

    [LoggerMessage(5001, LogLevel.Information, "Interaction {InteractionId} answered: {Command} {Outcome}, {Moves} moves, in {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, string interactionId, string command, string outcome, int moves, long elapsedMs);

    [LoggerMessage(5002, LogLevel.Information, "Interaction {InteractionId} deferred: the answer took longer than {BudgetMs} ms")]
    public static partial void Deferred(ILogger logger, string interactionId, int budgetMs);

    [LoggerMessage(5003, LogLevel.Error, "Interaction {InteractionId} ({Command}) failed; the user was told politely")]
    public static partial void AnswerFailed(ILogger logger, Exception exception, string interactionId, string command);

    [LoggerMessage(5005, LogLevel.Warning, "Interaction {InteractionId}: unknown command {Command}")]
    public static partial void UnknownCommand(ILogger logger, string interactionId, string command);

    [LoggerMessage(5006, LogLevel.Information, "Interaction {InteractionId}: {Action} refused, the member lacks Manage Channels")]
    public static partial void PermissionDenied(ILogger logger, string interactionId, string action);

    [LoggerMessage(5007, LogLevel.Warning, "Discord payload refused: {Reason}")]
    public static partial void PayloadRejected(ILogger logger, string reason);

    /// <summary>Debug: the retry that waits it out says so at Warning (event 4520); this adds the bucket's scope.</summary>
    [LoggerMessage(5020, LogLevel.Debug, "429 on {Route} ({Scope}) holds its bucket {WaitMs} ms")]
    public static partial void RateLimited(ILogger logger, string route, long waitMs, string scope);

    [LoggerMessage(5021, LogLevel.Debug, "Holding {Route} {WaitMs} ms for its rate-limit bucket")]
    public static partial void WaitingForRateLimit(ILogger logger, string route, long waitMs);

    [LoggerMessage(5022, LogLevel.Warning, "Discord answered {Status} (code {Code}) to {Route}")]
    public static partial void RestFailed(ILogger logger, string route, int status, int? code);

    [LoggerMessage(5023, LogLevel.Information, "Interaction {InteractionId} was already acknowledged")]
    public static partial void AlreadyAcknowledged(ILogger logger, string interactionId);

    [LoggerMessage(5030, LogLevel.Information, "Gateway ready")]
    public static partial void GatewayReady(ILogger logger);

    [LoggerMessage(5031, LogLevel.Information, "Gateway session resumed at sequence {Sequence}")]
    public static partial void GatewayResumed(ILogger logger, int? sequence);
}
