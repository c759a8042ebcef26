using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TalentBot.Knowledge;

namespace TalentBot.Serving;

/// <summary>
/// Reads every organisation's moves into memory in the background once serve has started, so the first
/// <c>/who-left</c> about a large organisation does not pay for reading its moves from disk while a user waits
/// (tens of milliseconds on a 100k-article store). Until it is done, a query reads what it needs as it would anyway.
/// </summary>
internal sealed partial class MoveListWarmUp(KnowledgeStore store, ILogger<MoveListWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            store.LoadMoveLists(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what was not read is read by the queries that need it.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only a head start: a store that cannot be read fails the queries themselves, which say so.
            WarmUpFailed(logger, e);
        }
    }, stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the moves into memory ahead of the questions; each is read when first asked about")]
    private static partial void WarmUpFailed(ILogger logger, Exception exception);
}
