using TalentBot.Chat.Replies;
using TalentBot.Core;

namespace TalentBot.Chat.Tests;

/// <summary>An adapter's own strings: each language's text, English for a missing one, composite formatting.</summary>
public sealed class PhraseTableTests
{
    private enum Said
    {
        Hello,
        Count,
        Missing,
    }

    private static readonly PhraseTable<Said> Table = new(new Dictionary<Language, IReadOnlyDictionary<Said, string>>
    {
        [Language.English] = new Dictionary<Said, string> { [Said.Hello] = "Hello", [Said.Count] = "{0:N0} moves" },
        [Language.Japanese] = new Dictionary<Said, string> { [Said.Hello] = "こんにちは" },
    });

    [Fact]
    public void Get_GivesTheLanguagesText_OrEnglishWhenItHasNone()
    {
        Table.Get(Language.Japanese, Said.Hello).ShouldBe("こんにちは");
        Table.Get(Language.French, Said.Hello).ShouldBe("Hello");
        Table.Template(Language.French, Said.Hello).ShouldBeNull();
    }

    [Fact]
    public void Format_IsCultureInvariant()
    {
        Table.Format(Language.Italian, Said.Count, 12345).ShouldBe("12,345 moves");
    }

    [Fact]
    public void PhraseWithoutEnglish_IsABugThatSaysWhichPhrase()
    {
        Should.Throw<InvalidOperationException>(() => Table.Get(Language.English, Said.Missing)).Message.ShouldContain("Missing");
    }
}
