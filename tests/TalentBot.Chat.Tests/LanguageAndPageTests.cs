using TalentBot.Chat.Replies;
using TalentBot.Core;

namespace TalentBot.Chat.Tests;

/// <summary>The language and page of moves a button carries, as both platforms write them.</summary>
public sealed class LanguageAndPageTests
{
    [Theory]
    [InlineData(Language.French, 1, "fr")]
    [InlineData(Language.Japanese, 3, "ja:3")]
    [InlineData(Language.Italian, 12, "it:12")]
    public void Encode_ThenDecode_GivesTheSame(Language language, int page, string text)
    {
        LanguageAndPage.Encode(language, page).ShouldBe(text);
        LanguageAndPage.TryDecode(text, out var decodedLanguage, out var decodedPage).ShouldBeTrue();
        (decodedLanguage, decodedPage).ShouldBe((language, page));
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("")]
    [InlineData("en:1")]
    [InlineData("en:0")]
    [InlineData("en:-2")]
    [InlineData("en:two")]
    [InlineData("en: 2")]
    [InlineData("en:99999999999")]
    public void TextNotWrittenByUs_IsRefused(string text)
    {
        LanguageAndPage.TryDecode(text, out _, out _).ShouldBeFalse();
    }
}
