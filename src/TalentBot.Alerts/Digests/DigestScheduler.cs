using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentBot.Core;
using TalentBot.Core.Alerts;

namespace TalentBot.Alerts.Digests;

/// <summary>
/// Puts each subscription's digest in the outbox when its schedule falls due: the matching moves first seen since
/// its last digest, or for a stated-only subscription the matching moves first stated since then. The window advances
/// in the same write, so a digest is enqueued once however often this runs. With nothing new, the window still
/// advances and nothing is posted, unless <see cref="AlertsOptions.DigestWhenEmpty"/>.
/// </summary>
public sealed class DigestScheduler(
    IAlertStore store, EntityRegistry registry, IOptions<AlertsOptions> options, TimeProvider time, ILogger<DigestScheduler> logger)
{
    /// <summary>
    /// Enqueues every digest due now; returns how many were enqueued. One subscription that cannot be digested
    /// (an unreadable schedule, a failed write) is logged and skipped, and the others still get theirs.
    /// </summary>
    public int EnqueueDue()
    {
        var now = time.GetUtcNow();
        var enqueued = 0;
        foreach (var subscription in store.Subscriptions().Where(s => s.Digest is not null && !s.IsPaused))
        {
            try
            {
                if (EnqueueDue(subscription, now)) enqueued++;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                AlertsLog.DigestFailed(logger, ex, subscription.Id);
            }
        }
        return enqueued;
    }

    private bool EnqueueDue(Subscription subscription, DateTimeOffset now)
    {
        if (DigestSchedules.LatestDue(subscription.Digest!, subscription.DigestedUntil, now) is not { } end) return false;
        var moves = MovesFor(subscription.Filter, subscription.IncludeInferred, subscription.DigestedUntil, end);
        var send = moves.Count > 0 || options.Value.DigestWhenEmpty;
        if (!store.EnqueueDigest(subscription.Id, send ? moves.Select(m => m.Id).ToList() : null, end, now) || !send) return false;
        AlertsLog.DigestEnqueued(logger, subscription.Id, moves.Count, end);
        return true;
    }

    /// <summary>When the next digest falls due, over every subscription; null when none has a schedule.</summary>
    public DateTimeOffset? NextDue()
    {
        DateTimeOffset? earliest = null;
        foreach (var subscription in store.Subscriptions().Where(s => s.Digest is not null && !s.IsPaused))
        {
            DateTimeOffset? next;
            try
            {
                next = DigestSchedules.Next(subscription.Digest!, subscription.DigestedUntil);
            }
            catch (FormatException)
            {
                continue;
            }
            if (next is { } at && (earliest is null || at < earliest)) earliest = at;
        }
        return earliest;
    }

    /// <summary>
    /// The moves <paramref name="filter"/> lets through that reached the confidence asked for after
    /// <paramref name="after"/> and up to <paramref name="until"/>: first seen, with <paramref name="includeInferred"/>;
    /// otherwise first stated, so a move first read as inferred is in the digest of the window an article stated it in.
    /// </summary>
    public IReadOnlyList<Move> MovesFor(MoveFilter filter, bool includeInferred, DateTimeOffset after, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var moves = includeInferred ? store.MovesFirstSeen(after, until) : store.MovesFirstStated(after, until);
        return moves.Where(m => filter.Matches(m, registry)).ToList();
    }
}
