using TalentBot.Core;

namespace TalentBot.Chat.Replies;

/// <summary>
/// The pages of one reply on a chat platform, one message each: the page being filled, a new one when the platform's
/// pager finds it full, and, once everything is placed, "Page 2 of 3" on every page when there are several. The
/// platform's pager decides what fits and where a page shows its indicator. Single use; not thread-safe.
/// </summary>
public abstract class ChatPager<TItem>(Language language)
{
    private readonly List<List<TItem>> _pages = [[]];

    /// <summary>The reply's language, for the indicator and "(continued)".</summary>
    protected Language Language => language;

    /// <summary>The page being filled.</summary>
    protected List<TItem> CurrentPage => _pages[^1];

    /// <summary>Moves on to a new page, unless the current one is still empty; false when it stays on the current one.</summary>
    protected bool StartPage()
    {
        if (CurrentPage.Count == 0) return false;
        _pages.Add([]);
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
