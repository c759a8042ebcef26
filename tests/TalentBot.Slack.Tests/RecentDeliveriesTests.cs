using Microsoft.Extensions.Time.Testing;
using TalentBot.Slack.Conversations;

namespace TalentBot.Slack.Tests;

/// <summary>A delivery is taken once within the window, on the injected clock, and forgotten after it.</summary>
public sealed class RecentDeliveriesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void SecondClaimWithinTheWindow_IsRefused()
    {
        var recent = new RecentDeliveries(_time);

        recent.TryClaim("event:Ev1").ShouldBeTrue();
        _time.Advance(RecentDeliveries.Window - TimeSpan.FromSeconds(1));

        recent.TryClaim("event:Ev1").ShouldBeFalse();
        recent.TryClaim("event:Ev2").ShouldBeTrue();
    }

    [Fact]
    public void ClaimAfterTheWindow_IsTakenAgain()
    {
        var recent = new RecentDeliveries(_time);
        recent.TryClaim("event:Ev1").ShouldBeTrue();

        _time.Advance(RecentDeliveries.Window);

        recent.TryClaim("event:Ev1").ShouldBeTrue();
        recent.TryClaim("event:Ev1").ShouldBeFalse();
    }

    [Fact]
    public void ManyThreadsClaimingOneDelivery_OnlyOneWins()
    {
        var recent = new RecentDeliveries(_time);

        var wins = Enumerable.Range(0, 64).AsParallel().Count(_ => recent.TryClaim("trigger:T1"));

        wins.ShouldBe(1);
    }
}
