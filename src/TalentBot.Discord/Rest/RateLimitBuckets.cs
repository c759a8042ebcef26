using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;

namespace TalentBot.Discord.Rest;

/// <summary>
/// Discord's rate limits as learned from responses: a bucket per route until <c>X-RateLimit-Bucket</c> names the
/// bucket routes share, then one per (bucket, top-level resource), since the header leaves the resource out. A call
/// waits while its bucket has nothing left before the reset, and every call that counts globally waits out a global
/// 429. Calls in one bucket go one at a time, so the count learned from each response holds for the next. Waits run
/// on the injected clock. Thread-safe.
/// </summary>
/// <remarks>
/// Hand-written because no fixed limiter expresses this: Discord does not publish its limits but states them in each
/// response, so a bucket's size, its reset and even which routes share it are learnt as calls go, and a global 429
/// holds every bucket at once. <c>System.Threading.RateLimiting</c>'s limiters take their limits up front and
/// replenish on their own wall-clock timer, which no test could move.
/// </remarks>
public sealed class RateLimitBuckets(TimeProvider time, ILogger<RateLimitBuckets> logger)
{
    /// <summary>Buckets unused this long after their reset are forgotten, so per-interaction webhook buckets do not pile up.</summary>
    private static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _globalLock = new();
    private DateTimeOffset _globalUntil;
    private DateTimeOffset _nextSweep;

    /// <summary>Waits until <paramref name="route"/> may be called; dispose the lease once the response has been learned from.</summary>
    public async Task<IDisposable> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        Sweep();
        var bucket = BucketFor(route);
        await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = bucket.WaitFrom(time.GetUtcNow());
            if (route.Global) wait = Max(wait, GlobalWait());
            if (wait > TimeSpan.Zero)
            {
                DiscordLog.WaitingForRateLimit(logger, route.Name, (long)wait.TotalMilliseconds);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
            bucket.Spend();
            return new Lease(bucket);
        }
        catch
        {
            bucket.Gate.Release();
            throw;
        }
    }

    /// <summary>Learns the bucket's state from a response; for a 429, <paramref name="retryAfter"/> is its wait.</summary>
    public void Learn(DiscordRoute route, HttpResponseMessage response, TimeSpan? retryAfter, bool globalLimit)
    {
        var now = time.GetUtcNow();
        if (Header(response, "X-RateLimit-Bucket") is { Length: > 0 } hash) _bucketOfRoute[route.RouteKey] = hash;
        var bucket = BucketFor(route);

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var wait = retryAfter ?? TimeSpan.FromSeconds(1);
            var scope = Header(response, "X-RateLimit-Scope") ?? (globalLimit ? "global" : "user");
            DiscordLog.RateLimited(logger, route.Name, (long)wait.TotalMilliseconds, scope);
            if (globalLimit || Header(response, "X-RateLimit-Global") is "true")
            {
                lock (_globalLock)
                {
                    if (now + wait > _globalUntil) _globalUntil = now + wait;
                }
            }
            else
            {
                bucket.Exhaust(now + wait);
            }
            return;
        }

        if (Header(response, "X-RateLimit-Remaining") is { } remainingText
            && int.TryParse(remainingText, NumberStyles.None, CultureInfo.InvariantCulture, out var remaining)
            && Header(response, "X-RateLimit-Reset-After") is { } resetText
            && double.TryParse(resetText, NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter))
        {
            bucket.Update(remaining, now + TimeSpan.FromSeconds(resetAfter));
        }
    }

    private Bucket BucketFor(DiscordRoute route)
    {
        var shared = _bucketOfRoute.TryGetValue(route.RouteKey, out var hash) ? hash : route.RouteKey;
        return _buckets.GetOrAdd(shared + " " + route.TopLevel, _ => new Bucket());
    }

    private TimeSpan GlobalWait()
    {
        lock (_globalLock) return _globalUntil - time.GetUtcNow();
    }

    private void Sweep()
    {
        var now = time.GetUtcNow();
        if (now < _nextSweep) return;
        _nextSweep = now + IdleLifetime;
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.IsIdleSince(now - IdleLifetime)) _buckets.TryRemove(key, out _);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private sealed class Bucket
    {
        private readonly Lock _lock = new();
        private int? _remaining;
        private DateTimeOffset _resetAt;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public TimeSpan WaitFrom(DateTimeOffset now)
        {
            lock (_lock) return _remaining == 0 && _resetAt > now ? _resetAt - now : TimeSpan.Zero;
        }

        /// <summary>Counts the call about to be made, so the next waits if it was the last before the reset.</summary>
        public void Spend()
        {
            lock (_lock)
            {
                if (_remaining > 0) _remaining--;
                else if (_remaining == 0) _remaining = null; // the reset passed: unknown until the response says
            }
        }

        public void Update(int remaining, DateTimeOffset resetAt)
        {
            lock (_lock)
            {
                _remaining = remaining;
                _resetAt = resetAt;
            }
        }

        public void Exhaust(DateTimeOffset until) => Update(0, until);

        public bool IsIdleSince(DateTimeOffset moment)
        {
            lock (_lock) return _resetAt < moment && Gate.CurrentCount == 1;
        }
    }

    private sealed class Lease(Bucket bucket) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) bucket.Gate.Release();
        }
    }
}
