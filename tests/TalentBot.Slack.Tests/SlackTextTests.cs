using TalentBot.Slack.Messages;

namespace TalentBot.Slack.Tests;

/// <summary>Escaping for mrkdwn (exactly three characters) and shortening that never splits a character or an entity.</summary>
public sealed class SlackTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<!channel>", "&lt;!channel&gt;")]
    [InlineData("*bold* _it_ ~s~ `c`", "*bold* _it_ ~s~ `c`")]
    [InlineData("&amp;", "&amp;amp;")]
    public void Escape_TouchesExactlyThreeCharacters(string text, string escaped)
    {
        SlackText.Escape(text).ShouldBe(escaped);
    }

    [Fact]
    public void EscapeWithin_NeverCutsAnEntity()
    {
        var escaped = SlackText.EscapeWithin("ab&&&&&&", 10);

        escaped.ShouldBe("ab&amp;…");
        escaped.Length.ShouldBeLessThanOrEqualTo(10);
    }

    [Fact]
    public void EscapeWithin_NeverSplitsAnEmojiOrACharacterWithItsMarks()
    {
        var text = string.Concat(Enumerable.Repeat("👩‍💻e\u0301", 10));

        var shortened = SlackText.EscapeWithin(text, 12);

        shortened.ShouldBe("👩‍💻e\u0301…");
    }

    [Fact]
    public void Truncate_KeepsWhatFits()
    {
        SlackText.Truncate("Subscribe", 9).ShouldBe("Subscribe");
        SlackText.Truncate("Subscribe", 8).ShouldBe("Subscri…");
    }

    [Theory]
    [InlineData("https://example.com/a b", "https://example.com/a%20b")]
    [InlineData("http://example.com/x|y", "http://example.com/x%7Cy")]
    [InlineData("mailto:a@b.c", null)]
    [InlineData("/relative", null)]
    [InlineData(null, null)]
    public void SafeUrl_KeepsHttpLinksWhole_AndEncodesWhatWouldEndThem(string? url, string? safe)
    {
        SlackText.SafeUrl(url).ShouldBe(safe);
    }
}
