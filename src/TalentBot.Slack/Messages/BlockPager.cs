using TalentBot.Chat.Replies;
using TalentBot.Core;

namespace TalentBot.Slack.Messages;

/// <summary>
/// Lays blocks out on pages, one message each, inside Block Kit's limits: a block is placed whole or moved to the
/// next page, never cut, and a citation moved to a new page takes its article's heading with it, so it is never
/// separated from its source. A page that continues a section opens with "Title (continued)"; with several pages,
/// each ends with "Page 2 of 3". Room for those and for a row of buttons is kept on every page. Single use; not
/// thread-safe.
/// </summary>
internal sealed class BlockPager(Language language)
    : ChatPager<Block>(language, SlackLimits.BlocksPerMessage - ReservedBlocks, SlackLimits.MessageTextBudget - ReservedText)
{
    /// <summary>Blocks kept free on every page: the continuation header, the page indicator and the buttons.</summary>
    public const int ReservedBlocks = 3;

    /// <summary>Text kept free on every page for those three (a header is at most 150; a few short button labels).</summary>
    public const int ReservedText = 1000;

    private string? _sectionTitle;

    /// <summary>Starts a section; pages it continues onto open with <paramref name="title"/> (plain text) marked as continued.</summary>
    public void BeginSection(string? title) => _sectionTitle = title;

    /// <summary>Places a block on this page, or on the next when this one cannot take it.</summary>
    public void Add(Block block) => Place([block]);

    /// <summary>Places blocks on one page together: an article's heading with its first citation.</summary>
    public void AddTogether(Block first, Block second) => Place([first, second]);

    /// <summary>Places a block that belongs under <paramref name="heading"/>; on a new page the heading is repeated first.</summary>
    public void AddUnder(Block heading, Block block)
    {
        if (Fits(1, block.TextLength))
        {
            Append(block);
            return;
        }
        NewPage();
        Append(heading);
        Append(block);
    }

    public IReadOnlyList<IReadOnlyList<Block>> Finish() => Pages();

    /// <summary>The indicator ends the page, in a context block of its own (room for it is reserved).</summary>
    protected override void MarkPage(List<Block> page, string indicator) =>
        page.Add(new ContextBlock([TextObject.Markdown(SlackText.Escape(indicator))]));

    private void Place(IReadOnlyList<Block> blocks)
    {
        if (!Fits(blocks.Count, blocks.Sum(b => b.TextLength))) NewPage();
        foreach (var block in blocks) Append(block);
    }

    private void Append(Block block)
    {
        CheckLimits(block);
        AddToPage(block, block.TextLength);
    }

    /// <summary>A block over a limit is a bug in the renderer: Slack would refuse the whole message.</summary>
    private static void CheckLimits(Block block)
    {
        var within = block switch
        {
            HeaderBlock header => header.Text.Text.Length is > 0 and <= SlackLimits.HeaderText,
            SectionBlock section => section.Text.Text.Length is > 0 and <= SlackLimits.SectionText,
            ContextBlock context => context.Elements.Count is > 0 and <= SlackLimits.ContextElements
                                    && context.Elements.All(e => e.Text.Length is > 0 and <= SlackLimits.ContextElementText),
            _ => true,
        };
        if (!within) throw new ArgumentException($"A {block.GetType().Name} is outside Block Kit's limits.", nameof(block));
    }

    private void NewPage()
    {
        if (!StartPage()) return;
        if (_sectionTitle is not null)
            Append(new HeaderBlock(TextObject.Plain(ChatMarkup.Truncate(ReplyPage.Continued(Language, _sectionTitle), SlackLimits.HeaderText))));
    }
}
