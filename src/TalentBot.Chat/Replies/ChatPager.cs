using TalentBot.Core;

namespace TalentBot.Chat.Replies;

/// <summary>
/// The pages of one reply on a chat platform, one message each: the page being filled with what its item and text
/// budgets allow, a new one when the platform's pager finds it full, and, once everything is placed, "Page 2 of 3" on
/// every page when there are several. The platform's pager decides what to place and where a page shows its
/// indicator. Single use; not thread-safe.
/// </summary>
/// <param name="itemsPerPage">The most items (embeds, blocks) a page may hold, after the platform's own reserve.</param>
/// <param name="textPerPage">The most text a page may hold, after the platform's own reserve (the indicator's room).</param>
public abstract class ChatPager<TItem>(Language language, int itemsPerPage, int textPerPage)
{
    private readonly List<List<TItem>> _pages = [[]];
    private int _pageText;

    /// <summary>The reply's language, for the indicator and "(continued)".</summary>
    protected Language Language => language;

    /// <summary>The page being filled.</summary>
    protected List<TItem> CurrentPage => _pages[^1];

    /// <summary>The text the current page can still take.</summary>
    protected int TextLeft => textPerPage - _pageText;

    /// <summary>True when <paramref name="items"/> more items holding <paramref name="text"/> characters fit the current page.</summary>
    protected bool Fits(int items, int text) => CurrentPage.Count + items <= itemsPerPage && text <= TextLeft;

    /// <summary>Adds <paramref name="item"/>, holding <paramref name="text"/> characters, to the current page.</summary>
    protected void AddToPage(TItem item, int text)
    {
        CurrentPage.Add(item);
        _pageText += text;
    }

    /// <summary>Moves on to a new page, unless the current one is still empty; false when it stays on the current one.</summary>
    protected bool StartPage()
    {
        if (CurrentPage.Count == 0) return false;
        _pages.Add([]);
        _pageText = 0;
        return true;
    }

    /// <summary>The pages that hold anything, each marked by <see cref="MarkPage"/> when there are several.</summary>
    protected IReadOnlyList<IReadOnlyList<TItem>> Pages()
    {
        var pages = _pages.Where(p => p.Count > 0).ToList();
        if (pages.Count > 1)
        {
            for (var i = 0; i < pages.Count; i++) MarkPage(pages[i], ReplyPage.Indicator(language, i, pages.Count));
        }
        return pages;
    }

    /// <summary>Shows <paramref name="indicator"/> ("Page 2 of 3", in the reply's language) on <paramref name="page"/>.</summary>
    protected abstract void MarkPage(List<TItem> page, string indicator);
}
