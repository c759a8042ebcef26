using TalentBot.Core.Knowledge;

namespace TalentBot.Core.Tests;

public sealed class MoveQueryTests
{
    // Moves newest first from the page's first, as (person, move): Ana's second move comes after Ben's.
    private static readonly (string Person, string Move)[] FromOffset =
        [("ana", "a1"), ("ben", "b1"), ("cy", "c1"), ("ana", "a2"), ("dee", "d1"), ("ben", "b2")];

    private static string PageOf(MoveQuery query) => string.Join(",", query.PageOf(FromOffset, m => m.Person).Select(m => m.Move));

    [Fact]
    public void PageOf_NoWindow_IsTheFirstLimitMoves()
    {
        PageOf(new MoveQuery(Limit: 2)).ShouldBe("a1,b1");
        PageOf(new MoveQuery(Limit: 10)).ShouldBe("a1,b1,c1,a2,d1,b2");
    }

    [Fact]
    public void PageOf_Window_AddsOnlyThePagePeoplesMovesWithinIt_InOrder()
    {
        PageOf(new MoveQuery(Limit: 2, SamePersonWithin: 2)).ShouldBe("a1,b1,a2");
        PageOf(new MoveQuery(Limit: 2, SamePersonWithin: 4)).ShouldBe("a1,b1,a2,b2");
        PageOf(new MoveQuery(Limit: 1, SamePersonWithin: 1)).ShouldBe("a1");
    }

    [Fact]
    public void PageOf_WindowPastTheEnd_StopsAtTheLastMove()
    {
        PageOf(new MoveQuery(Limit: 3, SamePersonWithin: int.MaxValue)).ShouldBe("a1,b1,c1,a2,b2");
    }

    [Fact]
    public void PageOf_NothingAskedOrNothingLeft_IsEmpty()
    {
        PageOf(new MoveQuery(Limit: 0, SamePersonWithin: 5)).ShouldBeEmpty();
        PageOf(new MoveQuery(Limit: -1, SamePersonWithin: -1)).ShouldBeEmpty();
        new MoveQuery(Limit: 10, SamePersonWithin: 40).PageOf(Array.Empty<string>(), m => m).ShouldBeEmpty();
    }
}
