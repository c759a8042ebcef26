using System.Collections.Concurrent;

namespace TalentBot.Slack.Conversations;

/// <summary>
/// Remembers which deliveries were already taken (events by <c>event_id</c>, commands and clicks by
/// <c>trigger_id</c>), so nothing is answered twice: Slack redelivers events it thinks were missed, not always with
/// <c>X-Slack-Retry-Num</c>, and Socket Mode redelivers envelopes that were not acknowledged. Entries expire on the
/// injected clock. Lost on restart. Thread-safe.
/// </summary>
public sealed class RecentDeliveries(TimeProvider time)
{
    /// <summary>Slack's last retry comes about 6 minutes after the first try; an hour covers Socket Mode reconnects as well.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly Lock _sweepLock = new();
    private DateTimeOffset _nextSweep;

    /// <summary>True the first time <paramref name="key"/> is seen within the window; false for a repeat.</summary>
    public bool TryClaim(string key)
    {
        var now = time.GetUtcNow();
        Sweep(now);
        while (true)
        {
            if (_expiries.TryAdd(key, now + Window)) return true;
            if (!_expiries.TryGetValue(key, out var expiry)) continue;
            if (expiry > now) return false;
            if (_expiries.TryUpdate(key, now + Window, expiry)) return true;
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        lock (_sweepLock)
        {
            if (now < _nextSweep) return;
            _nextSweep = now + SweepInterval;
        }
        foreach (var (key, expiry) in _expiries)
        {
            if (expiry <= now) _expiries.TryRemove(new KeyValuePair<string, DateTimeOffset>(key, expiry));
        }
    }
}
