using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TalentBot.Slack.WebApi;

/// <summary>
/// Slack's one message per second per channel, as a lane per channel: posts to one channel go one at a time, each
/// at least <see cref="SlackOptions.ChannelPostInterval"/> after the last, and a 429 holds the lane for its
/// <c>Retry-After</c>. Other channels are not held up. Waits run on the injected clock. Thread-safe.
/// </summary>
/// <remarks>
/// Hand-written rather than a <c>PartitionedRateLimiter</c> of token buckets: Slack's rule is one post at a time per
/// channel, the next a second after the last one's response, and a 429 holds the channel for as long as it says,
/// which a bucket refilled at a fixed rate cannot express; and <c>System.Threading.RateLimiting</c> replenishes and
/// sweeps partitions on its own wall-clock timers, not the injected <see cref="TimeProvider"/> every wait here runs on.
/// </remarks>
public sealed class ChannelPacer(IOptions<SlackOptions> options, TimeProvider time, ILogger<ChannelPacer> logger)
{
    /// <summary>Lanes idle this long are forgotten, so a bot in many channels does not keep them all.</summary>
    private static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep;

    /// <summary>Waits for <paramref name="channel"/>'s turn; dispose the turn once the response is in.</summary>
    public async Task<IDisposable> WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        Sweep();
        var lane = _lanes.GetOrAdd(channel, _ => new Lane());
        await lane.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = lane.NextAt - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                SlackLog.WaitingForChannel(logger, (long)wait.TotalMilliseconds);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
            return new Turn(this, lane);
        }
        catch
        {
            lane.Gate.Release();
            throw;
        }
    }

    /// <summary>Holds <paramref name="channel"/> for <paramref name="wait"/>, as a 429 asked.</summary>
    public void Hold(string channel, TimeSpan wait)
    {
        var lane = _lanes.GetOrAdd(channel, _ => new Lane());
        lane.Push(time.GetUtcNow() + wait);
    }

    /// <summary>The post is done: the next one to this channel waits the interval from now.</summary>
    private void Finish(Lane lane)
    {
        lane.Push(time.GetUtcNow() + options.Value.ChannelPostInterval);
        lane.Gate.Release();
    }

    private void Sweep()
    {
        var now = time.GetUtcNow();
        if (now < _nextSweep) return;
        _nextSweep = now + IdleLifetime;
        foreach (var (channel, lane) in _lanes)
        {
            if (lane.NextAt < now - IdleLifetime && lane.Gate.CurrentCount == 1) _lanes.TryRemove(channel, out _);
        }
    }

    private sealed class Lane
    {
        private readonly Lock _lock = new();
        private DateTimeOffset _nextAt;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset NextAt
        {
            get
            {
                lock (_lock) return _nextAt;
            }
        }

        public void Push(DateTimeOffset until)
        {
            lock (_lock)
            {
                if (until > _nextAt) _nextAt = until;
            }
        }
    }

    private sealed class Turn(ChannelPacer pacer, Lane lane) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) pacer.Finish(lane);
        }
    }
}
