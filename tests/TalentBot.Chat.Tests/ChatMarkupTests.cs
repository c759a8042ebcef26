using TalentBot.Chat.Replies;
using TalentBot.Chat.Tests.Support;

namespace TalentBot.Chat.Tests;

/// <summary>Shortening shared by every platform: whole text elements only, escapes never cut, links kept whole or left out.</summary>
public sealed class ChatMarkupTests
{
    private static readonly StarMarkup Markup = StarMarkup.Instance;

    [Fact]
    public void EscapeWithin_KeepsTextThatFits_Escaped()
    {
        Markup.EscapeWithin("a*b", 4).ShouldBe("a\\*b");
    }

    [Fact]
    public void EscapeWithin_NeverCutsAnEscapeFromItsCharacter()
    {
        var shortened = Markup.EscapeWithin("ab*****", 6);

        shortened.ShouldBe("ab\\*…");
        shortened.Length.ShouldBeLessThanOrEqualTo(6);
    }

    [Fact]
    public void EscapeWithin_NeverSplitsAnEmojiOrACharacterWithItsMarks()
    {
        var text = string.Concat(Enumerable.Repeat("👩‍💻e\u0301", 10));

        Markup.EscapeWithin(text, 12).ShouldBe("👩‍💻e\u0301…");
    }

    [Fact]
    public void EscapeWithin_NoRoomEvenForTheEllipsis_IsEmpty()
    {
        Markup.EscapeWithin("abc", 0).ShouldBe("");
    }

    [Fact]
    public void Truncate_KeepsWhatFits_AndEndsWithAnEllipsisWhenShortened()
    {
        ChatMarkup.Truncate("Subscribe", 9).ShouldBe("Subscribe");
        ChatMarkup.Truncate("Subscribe", 8).ShouldBe("Subscri…");
        ChatMarkup.Truncate("日本語の見出し", 4).ShouldBe("日本語…");
    }

    [Fact]
    public void Truncate_ReplacesALoneSurrogate_SoTheTextStaysValidUnicode()
    {
        ChatMarkup.Truncate("a\uD800b", 10).ShouldBe("a\uFFFDb");
    }

    [Theory]
    [InlineData("https://example.com/a b", "https://example.com/a%20b")]
    [InlineData("http://example.com/x|y", "http://example.com/x%7Cy")]
    [InlineData("mailto:a@b.c", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("/relative", null)]
    [InlineData(null, null)]
    public void SafeUrl_KeepsHttpLinks_EncodedForTheMarkup(string? url, string? safe)
    {
        Markup.SafeUrl(url).ShouldBe(safe);
    }

    [Fact]
    public void SafeUrl_LongerThanThePlatformKeeps_IsLeftOutRatherThanCut()
    {
        Markup.SafeUrl("https://example.com/" + new string('x', 40)).ShouldBe("https://example.com/" + new string('x', 40));
        Markup.SafeUrl("https://example.com/" + new string('x', 41)).ShouldBeNull();
    }
}
