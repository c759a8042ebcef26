using Microsoft.Extensions.Logging;
using TalentBot.Chat.FollowUps;
using TalentBot.Testing;

namespace TalentBot.Chat.Tests.FollowUps;

/// <summary>
/// The follow-up runner on a fake clock: work runs after the caller has answered, a failure is logged and contained,
/// work still running when its platform token expires is stopped, and shutdown waits for what runs until the host's
/// own timeout ends the wait.
/// </summary>
public sealed class FollowUpRunnerTests : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(14);

    private readonly FakeClock _clock = new();
    private readonly CapturedLogs _logs = new();
    private readonly TestFollowUps _runner;

    public FollowUpRunnerTests() => _runner = new TestFollowUps(_clock, _logs.CreateLogger("Test.FollowUps"));

    public void Dispose() => _runner.Dispose();

    [Fact]
    public async Task StartedWork_IsPendingWhileItRuns_AndForgottenOnceDone()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        _runner.Start("i1", token => release.Task.WaitAsync(token));
        _runner.Pending.ShouldBe(1);
        release.SetResult();
        await _runner.IdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        _runner.Pending.ShouldBe(0);
        _logs.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task FailingWork_IsLoggedOnceWithItsId_AndGoesNoFurther()
    {
        _runner.Start("i2", _ => throw new InvalidOperationException("broken renderer"));

        await _runner.IdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        var line = _logs.Entries.ShouldHaveSingleItem();
        (line.EventId, line.Level).ShouldBe((4500, LogLevel.Error));
        line.Message.ShouldContain("Test request i2");
        line.Exception.ShouldBeOfType<InvalidOperationException>();
    }

    [Fact]
    public async Task WorkStillRunningWhenItsTokenExpires_IsCancelled_AndSaysSoInOneLine()
    {
        CancellationToken seen = default;
        var armed = _clock.Armed;
        _runner.Start("i3", async token =>
        {
            seen = token;
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
        });
        await _clock.TimerArmedAsync(armed, due => due == Lifetime);

        _clock.Advance(Lifetime - TimeSpan.FromSeconds(1));
        _runner.Pending.ShouldBe(1);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await _runner.IdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        seen.IsCancellationRequested.ShouldBeTrue();
        var line = _logs.Entries.ShouldHaveSingleItem();
        (line.EventId, line.Level).ShouldBe((4503, LogLevel.Warning));
        line.Exception.ShouldBeNull();
        line.Message.ShouldContain("840 s");
    }

    [Fact]
    public async Task Shutdown_WaitsForRunningWork()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var delivered = false;
        _runner.Start("i4", async token =>
        {
            await release.Task.WaitAsync(token);
            delivered = true;
        });

        var stopping = _runner.StopAsync(CancellationToken.None);
        await _logs.WaitForAsync(l => l.EventId == 4501);
        stopping.IsCompleted.ShouldBeFalse();
        release.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        delivered.ShouldBeTrue();
        _runner.Abandoned.IsCancellationRequested.ShouldBeFalse();
        _logs.Entries.ShouldHaveSingleItem().Message.ShouldBe("Waiting for 1 Test follow-ups before stopping");
    }

    [Fact]
    public async Task ShutdownWhoseTimeoutEnds_AbandonsWhatIsLeft_AndSaysHowMuch()
    {
        CancellationToken seen = default;
        _runner.Start("i5", async token =>
        {
            seen = token;
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
        });
        using var timeout = new CancellationTokenSource();

        var stopping = _runner.StopAsync(timeout.Token);
        await _logs.WaitForAsync(l => l.EventId == 4501);
        await timeout.CancelAsync();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));
        await _runner.IdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        _runner.Abandoned.IsCancellationRequested.ShouldBeTrue();
        seen.IsCancellationRequested.ShouldBeTrue();
        _logs.Entries.Select(l => (l.EventId, l.Message)).ShouldBe([(4501, "Waiting for 1 Test follow-ups before stopping"), (4502, "Stopped with 1 Test follow-ups unfinished")]);
        _logs.Entries[1].Level.ShouldBe(LogLevel.Warning);
    }

    [Fact]
    public async Task ShutdownWithNothingRunning_ReturnsAtOnce_Silently()
    {
        await _runner.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        _logs.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task Idle_WaitsAlsoForWorkStartedWhileItWaited()
    {
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _runner.Start("a", async _ =>
        {
            await first.Task;
            _runner.Start("b", _ => second.Task);
            secondStarted.SetResult();
        });

        var idle = _runner.IdleAsync(CancellationToken.None);
        first.SetResult();
        await secondStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        idle.IsCompleted.ShouldBeFalse();
        second.SetResult();
        await idle.WaitAsync(TimeSpan.FromSeconds(10));

        _runner.Pending.ShouldBe(0);
    }

    private sealed class TestFollowUps(TimeProvider time, ILogger logger) : FollowUpRunner("Test", Lifetime, time, logger);
}
