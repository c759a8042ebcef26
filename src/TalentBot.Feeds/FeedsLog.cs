using Microsoft.Extensions.Logging;

namespace TalentBot.Feeds;

/// <summary>
/// The feed poller's log events, with stable ids. A URL is logged as host and path only (<see cref="Where"/>): a
/// query string can carry a token.
/// </summary>
internal static partial class FeedsLog
{
    [LoggerMessage(8000, LogLevel.Information, "Feed {FeedId} ({Where}) polled: {Status}; articles ingested: {Ingested}, entry pages not ingested: {Refused}, entries left for later: {Left}; next poll at {NextPoll:u}")]
    public static partial void FeedPolled(ILogger logger, string feedId, string where, FeedPollStatus status, int ingested, int refused, int left, DateTimeOffset nextPoll);

    [LoggerMessage(8001, LogLevel.Warning, "Feed {FeedId} ({Where}) failed ({Failures} in a row): {Error}; next poll at {NextPoll:u}")]
    public static partial void FeedFailed(ILogger logger, string feedId, string where, int failures, string error, DateTimeOffset nextPoll);

    [LoggerMessage(8002, LogLevel.Debug, "Feed {FeedId}: entry page {Where} not ingested: {Error}")]
    public static partial void EntryRefused(ILogger logger, string feedId, string where, string error);

    [LoggerMessage(8003, LogLevel.Error, "Feed {FeedId}: its articles could not be ingested; they are offered again next poll")]
    public static partial void FeedIngestFailed(ILogger logger, Exception exception, string feedId);

    [LoggerMessage(8004, LogLevel.Debug, "Feed {FeedId} was removed while it was polled; its result is dropped")]
    public static partial void FeedRemoved(ILogger logger, string feedId);

    [LoggerMessage(8010, LogLevel.Warning, "Watched folder {Folder} does not exist; it is checked again each poll")]
    public static partial void FolderMissing(ILogger logger, string folder);

    [LoggerMessage(8011, LogLevel.Information, "Watched folder {Folder} is there again")]
    public static partial void FolderFound(ILogger logger, string folder);

    [LoggerMessage(8012, LogLevel.Warning, "Watched folder {Folder} could not be listed: {Error}")]
    public static partial void FolderUnreadable(ILogger logger, string folder, string error);

    [LoggerMessage(8013, LogLevel.Information, "Watched folders: {Ingested} new or changed files ingested, {Failed} not readable")]
    public static partial void FolderScanned(ILogger logger, int ingested, int failed);

    [LoggerMessage(8014, LogLevel.Warning, "Watched file {Path} not ingested: {Error}")]
    public static partial void FileRefused(ILogger logger, string path, string error);

    [LoggerMessage(8015, LogLevel.Error, "Watched files could not be ingested; they are offered again next poll")]
    public static partial void FolderIngestFailed(ILogger logger, Exception exception);

    [LoggerMessage(8020, LogLevel.Error, "Polling {What} failed; trying again at the next poll")]
    public static partial void PollingFailed(ILogger logger, Exception exception, string what);

    /// <summary>Host, port when not the default, and path: enough to tell feeds apart, never the query.</summary>
    public static string Where(Uri? url) => url is not { IsAbsoluteUri: true }
        ? "(no link)"
        : url.IsDefaultPort ? url.Host + url.AbsolutePath : $"{url.Host}:{url.Port}{url.AbsolutePath}";
}
