namespace TalentBot.Discord.Messages;

/// <summary>
/// Discord's message limits, inclusive. Discord does not say whether it counts UTF-16 units or code points; we
/// count UTF-16 units, which are never fewer, so staying under in our count stays under in theirs.
/// </summary>
public static class DiscordLimits
{
    public const int Content = 2000;
    public const int EmbedsPerMessage = 10;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int FieldsPerEmbed = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FooterText = 2048;
    public const int AuthorName = 256;

    /// <summary>Title, description, field names and values, footer and author, summed over every embed of a message.</summary>
    public const int MessageEmbedTotal = 6000;

    public const int ButtonLabel = 80;
    public const int CustomId = 100;
    public const int ButtonsPerRow = 5;
    public const int RowsPerMessage = 5;

    public const int AutocompleteChoices = 25;
    public const int ChoiceName = 100;
    public const int ChoiceValue = 100;

    /// <summary>A link button's URL; a longer link would not survive in a masked link either.</summary>
    public const int Url = 512;

    /// <summary>An attachment's description (its alt text).</summary>
    public const int AttachmentDescription = 1024;

    /// <summary>The default upload limit per file (servers may allow more, never less).</summary>
    public const int AttachmentBytes = 10 * 1024 * 1024;
}
