using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TalentBot.Feeds.Folders;

namespace TalentBot.Feeds;

/// <summary>
/// The <c>serve</c> loop: scans the watched folders, polls the due feeds, then sleeps on the injected clock until
/// the next feed is due, <see cref="FeedsOptions.PollInterval"/> at most (folders are scanned at that pace too).
/// </summary>
internal sealed class FeedPollingService(FeedPoller poller, WatchedFolders folders, FeedsOptions options, TimeProvider time,
    ILogger<FeedPollingService> logger) : BackgroundService
{
    /// <summary>Floor on the wait, so a feed whose save did not stick cannot spin the loop.</summary>
    private static readonly TimeSpan ShortestWait = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                var wait = await PollOnceAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a feed cut off mid-poll is not saved, so it is due again at the next start.
        }
    }

    /// <summary>One round: folders, then feeds; returns how long to wait before the next.</summary>
    internal async Task<TimeSpan> PollOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await folders.ScanAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            FeedsLog.PollingFailed(logger, ex, "watched folders");
        }

        try
        {
            await poller.PollDueAsync(cancellationToken).ConfigureAwait(false);
            return poller.NextDue() is { } next
                ? Clamp(next - time.GetUtcNow())
                : options.PollInterval;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            FeedsLog.PollingFailed(logger, ex, "feeds");
            return options.PollInterval;
        }
    }

    private TimeSpan Clamp(TimeSpan wait) =>
        wait < ShortestWait ? ShortestWait : wait > options.PollInterval ? options.PollInterval : wait;
}
