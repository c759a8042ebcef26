using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using TalentBot.Chat.Connections;
using TalentBot.Testing;

namespace TalentBot.Chat.Tests.Connections;

/// <summary>
/// The reconnect loop on a fake clock with a fixed random source: failures in a row back off (capped at a minute,
/// however long the outage), a greeted connection starts the count over, a pause the protocol prescribes replaces
/// the backoff, final ends and stopping end the loop, and each reconnection is one line without a stack trace.
/// </summary>
public sealed partial class ReconnectLoopTests
{
    private readonly FakeClock _clock = new();
    private readonly CapturedLogs _logs = new();
    private readonly List<DateTimeOffset> _attempts = [];

    [Fact]
    public async Task FailuresInARow_WaitOnTheClock_EachOneWarningLineNamingTheWait_TheExceptionOnlyAtDebug()
    {
        var failure = new IOException("connection refused");
        var run = Loop().RunAsync(Script(ConnectionEnd.Failed(failure), new ConnectionEnd("closed with code 4000"), Done), CancellationToken.None);

        var waits = await DriveAsync(run, retries: 2);

        (await run).ShouldBe(Done);
        waits.ShouldAllBe(w => w > TimeSpan.Zero && w <= ReconnectLoop.MaxBackoff);
        AttemptGaps().ShouldBe(waits, "each connection waits out exactly the wait its line names");
        var lines = Reconnections();
        lines.ShouldAllBe(l => l.Level == LogLevel.Warning && l.Exception == null);
        lines[0].Message.ShouldStartWith("Test connection ended (IOException: connection refused); reconnecting in ");
        lines[1].Message.ShouldStartWith("Test connection ended (closed with code 4000); reconnecting in ");
        _logs.Entries.Where(l => l.EventId == 7101).ShouldHaveSingleItem().Exception.ShouldBe(failure);
        _logs.Entries.ShouldAllBe(l => l.Level < LogLevel.Warning || l.Exception == null);
    }

    [Fact]
    public async Task ADayOfFailures_NeverWaitsMoreThanAMinute()
    {
        const int retries = 1_500;
        var ends = Enumerable.Repeat(new ConnectionEnd("unreachable"), retries).Append(Done).ToArray();
        var run = Loop().RunAsync(Script(ends), CancellationToken.None);

        var waits = await DriveAsync(run, retries);

        (await run).ShouldBe(Done);
        waits.ShouldAllBe(w => w > TimeSpan.Zero && w <= ReconnectLoop.MaxBackoff);
        waits.Skip(100).ShouldAllBe(w => w == ReconnectLoop.MaxBackoff, "long into an outage, every wait is the cap");
    }

    [Fact]
    public async Task AGreetedConnection_IsFollowedAtOnce_AndTheBackoffStartsOver()
    {
        var run = Loop().RunAsync(Script(
            new ConnectionEnd("unreachable"), new ConnectionEnd("unreachable"), new ConnectionEnd("dropped") { WasReady = true },
            new ConnectionEnd("unreachable"), Done), CancellationToken.None);

        var waits = await DriveAsync(run, retries: 4);

        (await run).ShouldBe(Done);
        waits[2].ShouldBe(TimeSpan.Zero, "a connection that was greeted is followed at once");
        waits[3].ShouldBe(waits[0], "the first failure after a greeted connection waits the first backoff again");
        waits[1].ShouldNotBe(waits[0]);
        Reconnections()[2].Message.ShouldBe("Test connection ended (dropped); reconnecting in 0 ms");
    }

    [Fact]
    public async Task APrescribedPause_ReplacesTheBackoff_BeforeOrAfterGreeting()
    {
        var pause = TimeSpan.FromSeconds(3);
        var run = Loop().RunAsync(Script(
            new ConnectionEnd("invalid session") { Pause = pause },
            new ConnectionEnd("invalid session") { Pause = pause, WasReady = true }, Done), CancellationToken.None);

        var waits = await DriveAsync(run, retries: 2);

        (await run).ShouldBe(Done);
        waits.ShouldBe([pause, pause]);
        AttemptGaps().ShouldBe([pause, pause]);
    }

    [Fact]
    public async Task AReconnectionThePlatformAskedFor_IsAnInformationLine()
    {
        var run = Loop().RunAsync(Script(new ConnectionEnd("asked to reconnect") { WasReady = true, Requested = true }, Done), CancellationToken.None);

        (await run).ShouldBe(Done);
        var line = Reconnections().ShouldHaveSingleItem();
        line.Level.ShouldBe(LogLevel.Information);
        line.Message.ShouldBe("Test connection ended (asked to reconnect); reconnecting in 0 ms");
    }

    [Fact]
    public async Task AFinalEnd_StopsTheLoopAtOnce_WithoutALine()
    {
        var final = ConnectionEnd.Final("token refused");

        (await Loop().RunAsync(Script(final, new ConnectionEnd("never reached")), CancellationToken.None)).ShouldBe(final);

        _attempts.Count.ShouldBe(1);
        Reconnections().ShouldBeEmpty();
    }

    [Fact]
    public async Task Stopping_WhileWaitingOutABackoff_EndsTheLoopWithNoEnd()
    {
        using var stopping = new CancellationTokenSource();
        var run = Loop().RunAsync(Script(new ConnectionEnd("unreachable"), Done), stopping.Token);
        await _clock.TimerArmedAsync(0);

        await stopping.CancelAsync();

        (await run).ShouldBeNull();
        _attempts.Count.ShouldBe(1);
    }

    [Fact]
    public async Task AnUnexpectedException_EndsTheLoopWithIt()
    {
        var bug = new InvalidOperationException("a bug");

        var thrown = await Should.ThrowAsync<InvalidOperationException>(
            Loop().RunAsync(_ => Task.FromException<ConnectionEnd>(bug), CancellationToken.None));

        thrown.ShouldBe(bug);
    }

    private static ConnectionEnd Done { get; } = ConnectionEnd.Final("done");

    private ReconnectLoop Loop() => new("Test", _clock, new FixedRandom(0.5), _logs.CreateLogger("Test"));

    /// <summary>A connection that ends as scripted, one end per call, noting when each was opened.</summary>
    private Func<CancellationToken, Task<ConnectionEnd>> Script(params ConnectionEnd[] ends)
    {
        var next = 0;
        return _ =>
        {
            _attempts.Add(_clock.GetUtcNow());
            return Task.FromResult(ends[Math.Min(next++, ends.Length - 1)]);
        };
    }

    /// <summary>
    /// Waits out <paramref name="retries"/> reconnections as the loop schedules them: each line read, the timer it
    /// names (to the millisecond) awaited, the clock moved on by exactly that timer's due time. Returns the waits.
    /// </summary>
    private async Task<List<TimeSpan>> DriveAsync(Task run, int retries)
    {
        var waits = new List<TimeSpan>();
        var timers = 0;
        for (var i = 0; i < retries; i++)
        {
            await _logs.WaitForAsync(l => l.EventId == 7100 && _logs.Count(7100) > i);
            var named = Reconnections()[i];
            if (WaitIn(named) == 0)
            {
                waits.Add(TimeSpan.Zero);
                continue;
            }
            var wait = TimeSpan.Zero;
            await _clock.TimerArmedAsync(timers, due =>
            {
                if ((long)due.TotalMilliseconds != WaitIn(named)) return false;
                wait = due;
                return true;
            });
            timers++;
            waits.Add(wait);
            _clock.Advance(wait);
        }
        await run.WaitAsync(TimeSpan.FromSeconds(10));
        return waits;
    }

    private List<LogLine> Reconnections() => _logs.Entries.Where(l => l.EventId == 7100).ToList();

    private List<TimeSpan> AttemptGaps() => _attempts.Zip(_attempts.Skip(1), (a, b) => b - a).ToList();

    private static long WaitIn(LogLine line) => long.Parse(Wait().Match(line.Message).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"reconnecting in (\d+) ms$")]
    private static partial Regex Wait();
}
