using System.Text;
using TalentBot.Chat.Replies;
using TalentBot.Core;

namespace TalentBot.Discord.Messages;

/// <summary>
/// Lays out sections of embeds on pages (one message each) inside every limit: a description block or a field is
/// placed whole or moved to the next embed or page, never cut, so a citation and its link stay together. Sections
/// continue across embeds and pages; each page after the first restates the section title. Single use; not
/// thread-safe.
/// </summary>
internal sealed class EmbedPager(Language language)
    : ChatPager<Embed>(language, DiscordLimits.EmbedsPerMessage, DiscordLimits.MessageEmbedTotal - PageIndicatorReserve)
{
    /// <summary>Room kept on every page for the "Page 2 of 3" footer, added once the page count is known.</summary>
    public const int PageIndicatorReserve = 40;

    /// <summary>
    /// The longest section footer: with a full title and a full description block it still fits a fresh page.
    /// </summary>
    public const int MaxSectionFooter = 1024;

    private Draft? _draft;
    private Section? _section;
    private bool _sectionStarted;

    /// <summary>
    /// Starts a section: its first embed carries <paramref name="title"/>, <paramref name="footer"/> and
    /// <paramref name="head"/> (link, time and author); a continuation carries none of them, so no two embeds of a
    /// message share a link.
    /// </summary>
    public void BeginSection(string? title, int color, string? footer, SectionHead? head = null)
    {
        if (title?.Length > DiscordLimits.EmbedTitle) throw new ArgumentException("The title is over Discord's limit.", nameof(title));
        if (footer?.Length > MaxSectionFooter) throw new ArgumentException("The footer is over the section limit.", nameof(footer));
        if (head?.Author?.Length > DiscordLimits.AuthorName) throw new ArgumentException("The author is over Discord's limit.", nameof(head));
        EndSection();
        _section = new Section(title, color, footer, head);
        _sectionStarted = false;
    }

    /// <summary>
    /// Adds a block to the description. When it starts a new embed, <paramref name="header"/> (the article the
    /// block belongs to) is repeated first, so a citation is never separated from its source.
    /// </summary>
    public void AddBlock(string block, string? header = null)
    {
        var section = _section ?? throw new InvalidOperationException("Begin a section first.");
        if (LengthOf(header, block) > DiscordLimits.EmbedDescription)
            throw new ArgumentException("A block with its header must fit one description.", nameof(block));
        if (!_sectionStarted)
        {
            Open(section, FirstEmbed(section), LengthOf(header, block));
            if (header is not null) Append(header);
            Append(block);
            return;
        }
        var draft = _draft!;
        var separator = draft.Description.Length == 0 ? 0 : 1;
        var fits = draft.Fields.Count == 0
                   && draft.Description.Length + separator + block.Length <= DiscordLimits.EmbedDescription
                   && Room(draft) >= separator + block.Length;
        if (!fits)
        {
            Continue(section, LengthOf(header, block));
            if (header is not null) Append(header);
        }
        Append(block);
    }

    public void AddField(string name, string value)
    {
        var section = _section ?? throw new InvalidOperationException("Begin a section first.");
        if (name.Length is 0 or > DiscordLimits.FieldName) throw new ArgumentException("A field name is 1 to 256 characters.", nameof(name));
        if (value.Length is 0 or > DiscordLimits.FieldValue) throw new ArgumentException("A field value is 1 to 1024 characters.", nameof(value));
        if (!_sectionStarted) Open(section, FirstEmbed(section), name.Length + value.Length);
        else if (_draft!.Fields.Count >= DiscordLimits.FieldsPerEmbed || Room(_draft) < name.Length + value.Length)
            Continue(section, name.Length + value.Length);
        _draft!.Fields.Add(new EmbedField(name, value));
    }

    /// <summary>The pages, each with a page indicator when there is more than one.</summary>
    public IReadOnlyList<IReadOnlyList<Embed>> Finish()
    {
        EndSection();
        return Pages();
    }

    /// <summary>The indicator goes in the page's first footer, under the section's own footer when it has one.</summary>
    protected override void MarkPage(List<Embed> page, string indicator)
    {
        var first = page[0];
        var footer = first.Footer is { } f ? f.Text + "\n" + indicator : indicator;
        page[0] = first with { Footer = new EmbedFooter(footer) };
    }

    private void EndSection()
    {
        // A section with a title but no content (a reply that is only its headline) is still shown.
        if (_section is { } section && !_sectionStarted && (section.Title ?? section.Footer) is not null)
            Open(section, FirstEmbed(section), 0);
        FinishDraft();
        _section = null;
    }

    private static Draft FirstEmbed(Section section) => new(section.Title, section.Color, section.Footer, section.Head);

    /// <summary>Places the section's first embed on this page if it fits with its first content, else on a new one.</summary>
    private void Open(Section section, Draft draft, int contentLength)
    {
        FinishDraft();
        if (!Fits(1, draft.Length + contentLength)) StartPage();
        _draft = draft;
        _sectionStarted = true;
    }

    /// <summary>Moves the section on to a new embed: on this page without a title, or on the next page with one.</summary>
    private void Continue(Section section, int contentLength)
    {
        FinishDraft();
        if (Fits(1, contentLength))
        {
            _draft = new Draft(null, section.Color, null);
            return;
        }
        StartPage();
        var title = section.Title is null
            ? null
            : ChatMarkup.Truncate(ReplyPage.Continued(Language, section.Title), DiscordLimits.EmbedTitle);
        _draft = new Draft(title, section.Color, null);
    }

    private void Append(string block)
    {
        var description = _draft!.Description;
        if (description.Length > 0) description.Append('\n');
        description.Append(block);
    }

    private int Room(Draft draft) => TextLeft - draft.Length;

    private static int LengthOf(string? header, string block) => block.Length + (header?.Length + 1 ?? 0);

    private void FinishDraft()
    {
        if (_draft is null) return;
        var embed = _draft.ToEmbed();
        AddToPage(embed, embed.Length);
        _draft = null;
    }

    private sealed record Section(string? Title, int Color, string? Footer, SectionHead? Head);

    private sealed class Draft(string? title, int color, string? footer, SectionHead? head = null)
    {
        public StringBuilder Description { get; } = new();

        public List<EmbedField> Fields { get; } = [];

        public int Length =>
            (title?.Length ?? 0) + (footer?.Length ?? 0) + (head?.Author?.Length ?? 0) + Description.Length
            + Fields.Sum(f => f.Name.Length + f.Value.Length);

        public Embed ToEmbed() => new()
        {
            Title = string.IsNullOrEmpty(title) ? null : title,
            Url = head?.Url,
            Timestamp = head?.Timestamp,
            Author = head?.Author is { Length: > 0 } author ? new EmbedAuthor(author) : null,
            Description = Description.Length == 0 ? null : Description.ToString(),
            Color = color,
            Fields = Fields.Count == 0 ? null : Fields.ToList(),
            Footer = string.IsNullOrEmpty(footer) ? null : new EmbedFooter(footer),
        };
    }
}

/// <summary>What a section's first embed carries besides its title: a link for the title, a time, an author line.</summary>
internal sealed record SectionHead(string? Url, DateTimeOffset? Timestamp, string? Author);
