using TalentBot.Chat.Replies;
using TalentBot.Core;

namespace TalentBot.Chat.Tests;

/// <summary>Pages as every platform keeps them: no empty page, and "Page i of n" on each only when there are several.</summary>
public sealed class ChatPagerTests
{
    [Fact]
    public void OnePage_HasNoIndicator()
    {
        var pager = new LinePager(Language.English, pageSize: 3);
        pager.Add("a");
        pager.Add("b");

        pager.Finish().ShouldBe([["a", "b"]]);
    }

    [Fact]
    public void SeveralPages_EachEndWithItsIndicator_InTheReplysLanguage()
    {
        var pager = new LinePager(Language.French, pageSize: 2);
        foreach (var line in new[] { "a", "b", "c" }) pager.Add(line);

        pager.Finish().ShouldBe([["a", "b", "Page 1 sur 2"], ["c", "Page 2 sur 2"]]);
    }

    [Fact]
    public void StartingAPageWhileTheCurrentIsEmpty_StaysOnIt()
    {
        var pager = new LinePager(Language.English, pageSize: 2);

        pager.Break().ShouldBeFalse();
        pager.Add("a");
        pager.Break().ShouldBeTrue();
        pager.Break().ShouldBeFalse();

        pager.Finish().ShouldBe([["a"]]);
    }

    [Fact]
    public void APageFullOfText_MovesOn_AndTheNextPageHasItsWholeBudget()
    {
        var pager = new LinePager(Language.English, pageSize: 10, pageText: 5);
        foreach (var line in new[] { "abc", "de", "f", "ghij" }) pager.Add(line);

        pager.Finish().ShouldBe([["abc", "de", "Page 1 of 2"], ["f", "ghij", "Page 2 of 2"]]);
    }

    [Fact]
    public void NothingPlaced_IsNoPages()
    {
        new LinePager(Language.Japanese, pageSize: 2).Finish().ShouldBeEmpty();
    }

    /// <summary>The simplest platform: a page holds <paramref name="pageSize"/> lines and <paramref name="pageText"/> characters, its indicator last.</summary>
    private sealed class LinePager(Language language, int pageSize, int pageText = 1000) : ChatPager<string>(language, pageSize, pageText)
    {
        public void Add(string line)
        {
            if (!Fits(1, line.Length)) StartPage();
            AddToPage(line, line.Length);
        }

        public bool Break() => StartPage();

        public IReadOnlyList<IReadOnlyList<string>> Finish() => Pages();

        protected override void MarkPage(List<string> page, string indicator) => page.Add(indicator);
    }
}
