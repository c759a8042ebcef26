using Microsoft.Extensions.Time.Testing;

namespace TalentBot.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that says when the code under test starts waiting on it: every timer armed with
/// a finite due time (a <c>Task.Delay</c>, a <c>CancelAfter</c>, a pacing or rate-limit wait) is recorded, and a test
/// awaits the one it expects instead of sleeping and hoping the code got there. Thread-safe.
/// </summary>
public sealed class FakeClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    /// <summary>A fixed start, so no test depends on the day it runs.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _armed = [];
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FakeClock() : this(DefaultStart)
    {
    }

    /// <summary>How many timers have been armed so far: pass it to <see cref="TimerArmedAsync"/> to wait for a later one.</summary>
    public int Armed
    {
        get
        {
            lock (_gate) return _armed.Count;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            TaskCompletionSource armed;
            lock (_gate)
            {
                _armed.Add(dueTime);
                armed = _next;
                _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            armed.TrySetResult();
        }
        return timer;
    }

    /// <summary>
    /// Completes when a timer numbered <paramref name="after"/> or later (see <see cref="Armed"/>) is armed whose due
    /// time satisfies <paramref name="due"/> (any, when null). The timeout only bounds a test that would otherwise hang.
    /// </summary>
    public async Task TimerArmedAsync(int after, Func<TimeSpan, bool>? due = null, TimeSpan? timeout = null)
    {
        while (true)
        {
            Task next;
            lock (_gate)
            {
                if (_armed.Skip(after).Any(d => due is null || due(d))) return;
                next = _next.Task;
            }
            await next.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
        }
    }
}
