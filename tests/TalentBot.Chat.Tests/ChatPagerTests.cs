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
    public void NothingPlaced_IsNoPages()
    {
        new LinePager(Language.Japanese, pageSize: 2).Finish().ShouldBeEmpty();
    }

    /// <summary>The simplest platform: a page holds <paramref name="pageSize"/> lines, its indicator last.</summary>
    private sealed class LinePager(Language language, int pageSize) : ChatPager<string>(language)
    {
        public void Add(string line)
        {
            if (CurrentPage.Count == pageSize) StartPage();
            CurrentPage.Add(line);
        }

        public bool Break() => StartPage();

        public IReadOnlyList<IReadOnlyList<string>> Finish() => Pages();

        protected override void MarkPage(List<string> page, string indicator) => page.Add(indicator);
    }
}
