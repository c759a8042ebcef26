namespace TalentBot.Slack.Messages;

/// <summary>
/// Block Kit's limits for a message, inclusive, in UTF-16 units (never fewer than what Slack counts, so staying
/// under in ours stays under in theirs).
/// </summary>
public static class SlackLimits
{
    public const int BlocksPerMessage = 50;

    /// <summary>A file's alt text in files.getUploadURLExternal.</summary>
    public const int FileAltText = 1000;

    /// <summary>A file's title in files.completeUploadExternal (kept to a header's length).</summary>
    public const int FileTitle = 150;
    public const int SectionText = 3000;
    public const int HeaderText = 150;
    public const int ContextElements = 10;

    /// <summary>Slack documents no separate limit for a context element's text; a text object's 3000 holds.</summary>
    public const int ContextElementText = 3000;

    public const int ActionsElements = 25;
    public const int ButtonText = 75;
    public const int ActionId = 255;
    public const int ButtonValue = 2000;

    /// <summary>A message's <c>text</c>: Slack truncates above 40,000 and recommends at most 4,000.</summary>
    public const int MessageText = 4000;

    /// <summary>A link in mrkdwn; Slack states 3000 for a button's URL, and a longer link would not survive elsewhere either.</summary>
    public const int LinkUrl = 3000;

    /// <summary>
    /// Our cap on the text of all blocks in one message. Slack refuses messages whose blocks are too long in total
    /// (<c>msg_blocks_too_long</c>) without documenting the total (bolt-js #2867); 12,000 is the largest single text
    /// Slack documents (a markdown block), and stays well clear of it.
    /// </summary>
    public const int MessageTextBudget = 12_000;
}
