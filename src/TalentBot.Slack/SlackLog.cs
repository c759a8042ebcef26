using Microsoft.Extensions.Logging;

namespace TalentBot.Slack;

/// <summary>
/// The Slack adapter's log events, with stable ids. Ids, methods, counts and outcomes only: never a token, a signing
/// secret, a signature, a <c>response_url</c> or a webhook URL (both are credentials, so a delivery target is logged by
/// its Display), nor what a user typed.
/// </summary>
internal static partial class SlackLog
{
    [LoggerMessage(6000, LogLevel.Debug, "Command {TriggerId} received: {Command} in team {TeamId}")]
    public static partial void CommandReceived(ILogger logger, string triggerId, string command, string teamId);

    [LoggerMessage(6001, LogLevel.Information, "Slack request {Id} answered: {Intent} {Outcome}, {Moves} moves, in {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, string id, string intent, string outcome, int moves, long elapsedMs);

    [LoggerMessage(6002, LogLevel.Information, "Command {Id} acknowledged first: the answer took longer than {BudgetMs} ms")]
    public static partial void Deferred(ILogger logger, string id, int budgetMs);

    [LoggerMessage(6003, LogLevel.Error, "Slack request {Id} failed; the user was told politely")]
    public static partial void AnswerFailed(ILogger logger, Exception exception, string id);

    [LoggerMessage(6005, LogLevel.Warning, "Command {TriggerId}: unknown command {Command}")]
    public static partial void UnknownCommand(ILogger logger, string triggerId, string command);

    [LoggerMessage(6006, LogLevel.Warning, "Slack payload refused: {Reason}")]
    public static partial void PayloadRejected(ILogger logger, string reason);

    [LoggerMessage(6007, LogLevel.Information, "Repeated delivery of {Kind} {Id} acknowledged and not answered again")]
    public static partial void Duplicate(ILogger logger, string kind, string id);

    [LoggerMessage(6008, LogLevel.Debug, "Slack {Type} ({Detail}) acknowledged and ignored")]
    public static partial void EventIgnored(ILogger logger, string type, string detail);

    [LoggerMessage(6009, LogLevel.Debug, "Mention {EventId} received in team {TeamId}")]
    public static partial void MentionReceived(ILogger logger, string eventId, string teamId);

    [LoggerMessage(6010, LogLevel.Debug, "Click {TriggerId} received on {ActionId}")]
    public static partial void ClickReceived(ILogger logger, string triggerId, string actionId);

    [LoggerMessage(6011, LogLevel.Information, "Events request URL verified")]
    public static partial void UrlVerified(ILogger logger);

    [LoggerMessage(6012, LogLevel.Information, "Slack redelivered an event (attempt {RetryNum}, {RetryReason})")]
    public static partial void Redelivered(ILogger logger, string retryNum, string retryReason);

    [LoggerMessage(6030, LogLevel.Warning, "Slack answered {Status} to {Method}: {Error}")]
    public static partial void WebApiFailed(ILogger logger, string method, int status, string error);

    [LoggerMessage(6031, LogLevel.Debug, "Slack warned about {Method}: {Warning}")]
    public static partial void WebApiWarning(ILogger logger, string method, string warning);

    [LoggerMessage(6032, LogLevel.Debug, "Holding a post {WaitMs} ms for its channel's turn")]
    public static partial void WaitingForChannel(ILogger logger, long waitMs);

    [LoggerMessage(6034, LogLevel.Warning, "A response_url on {Scheme}://{Host}, not Slack's, was not used")]
    public static partial void ResponseUrlRefused(ILogger logger, string scheme, string host);

    [LoggerMessage(6040, LogLevel.Information, "Socket Mode connected ({Connections} connections open)")]
    public static partial void SocketReady(ILogger logger, int connections);

    [LoggerMessage(6045, LogLevel.Warning, "Socket Mode envelope {EnvelopeId} ({Type}) acknowledged without an answer: {Reason}")]
    public static partial void EnvelopeRejected(ILogger logger, string envelopeId, string type, string reason);

    [LoggerMessage(6023, LogLevel.Warning, "The picture of Slack request {Id} could not be shared in its channel: {Error}")]
    public static partial void PictureNotShared(ILogger logger, string id, string error);
}
