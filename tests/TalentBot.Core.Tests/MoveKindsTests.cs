namespace TalentBot.Core.Tests;

public sealed class MoveKindsTests
{
    [Theory]
    [InlineData(MoveKind.Left, "meta", "openai", "meta")]
    [InlineData(MoveKind.Joined, "meta", "openai", "meta")]
    [InlineData(MoveKind.Returned, "meta", null, "meta")]
    [InlineData(MoveKind.ThreatenedToLeave, "meta", "openai", "meta")]
    [InlineData(MoveKind.NeverStarted, "apple", "meta", "meta")]
    [InlineData(MoveKind.NeverStarted, "apple", null, null)]
    [InlineData(MoveKind.Appointed, null, "meta", null)]
    [InlineData(MoveKind.DeclinedOffer, "apple", "meta", null)]
    public void OrganisationLeft_IsTheOneLeavesMatches(MoveKind kind, string? from, string? to, string? left)
    {
        MoveKinds.OrganisationLeft(kind, from, to).ShouldBe(left);
        foreach (var organisation in new[] { "meta", "apple", "openai" })
            MoveKinds.Leaves(kind, from, to, new HashSet<string> { organisation }).ShouldBe(organisation == left);
    }

    [Theory]
    [InlineData(MoveKind.Left, "openai", "openai")]
    [InlineData(MoveKind.Joined, "openai", "openai")]
    [InlineData(MoveKind.Appointed, "openai", "openai")]
    [InlineData(MoveKind.Returned, "openai", "openai")]
    [InlineData(MoveKind.Returned, null, null)]
    [InlineData(MoveKind.NeverStarted, "openai", null)]
    [InlineData(MoveKind.ThreatenedToLeave, "openai", null)]
    [InlineData(MoveKind.DeclinedOffer, "openai", null)]
    public void OrganisationReached_IsTheOneReachesMatches(MoveKind kind, string? to, string? reached)
    {
        MoveKinds.OrganisationReached(kind, to).ShouldBe(reached);
        MoveKinds.Reaches(kind, to, new HashSet<string> { "openai" }).ShouldBe(reached == "openai");
    }
}
