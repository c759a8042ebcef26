using TalentBot.Core;

namespace TalentBot.Core.Tests;

public class PartialDateTests
{
    [Theory]
    [InlineData(2025, null, null, "2025")]
    [InlineData(2025, 7, null, "2025-07")]
    [InlineData(2025, 7, 15, "2025-07-15")]
    [InlineData(null, 7, 15, "--07-15")]
    public void ToString_AsPreciseAsKnown_RoundTrips(int? year, int? month, int? day, string expected)
    {
        var date = new PartialDate(year, month, day);

        date.ToString().ShouldBe(expected);
        PartialDate.TryParse(expected, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(date);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("2025-13")]
    [InlineData("July")]
    [InlineData("")]
    public void TryParse_NotADate_ReturnsFalse(string text)
    {
        PartialDate.TryParse(text, out _).ShouldBeFalse();
    }

    [Fact]
    public void Constructor_DayWithoutMonth_Throws()
    {
        Should.Throw<ArgumentException>(() => new PartialDate(2025, null, 3));
    }
}
