using System.Text;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Discord.Commands;

namespace TalentBot.Discord.Messages;

/// <summary>
/// <c>/help</c> on Discord, built from the registration itself (<see cref="CommandCatalogue"/>), so it lists exactly
/// the commands a user can pick, under the names their client shows in their language, each with its options
/// (optional ones in brackets), what it answers, and where it works: a server only, or with Manage Channels. It offers
/// no free text: the Gateway asks for no intent and the endpoint receives interactions only, so TalentBot never reads
/// a message, mentions and direct messages included; free questions go through <c>/ask</c>. Stateless.
/// </summary>
public static class CommandHelp
{
    private const string Dash = " — ";
    private const string Separator = " · ";

    /// <summary>Only the asker sees it: the list helps them, not the channel.</summary>
    public static MessageData For(Language language)
    {
        var lines = new StringBuilder();
        foreach (var command in CommandCatalogue.All)
        {
            if (lines.Length > 0) lines.Append('\n');
            lines.Append(Line(command, language));
        }
        var ask = CommandCatalogue.Find(CommandNames.Ask)!.NameIn(language);
        var embed = new Embed
        {
            Title = DiscordText.Truncate(Phrases.Get(language, Phrase.TitleHelp), DiscordLimits.EmbedTitle),
            Description = DiscordText.Truncate(lines.ToString(), DiscordLimits.EmbedDescription),
            Color = ReplyRenderer.AnsweredColor,
            Footer = new EmbedFooter(DiscordText.Truncate(DiscordPhrases.Table.Format(language, DiscordPhrase.HelpSlashCommandsOnly, ask), DiscordLimits.FooterText)),
        };
        return new MessageData { Embeds = [embed], Flags = MessageData.EphemeralFlag };
    }

    /// <summary>"**/qui-est-parti** `organisation` — Qui a quitté une organisation, avec sources", then where it works.</summary>
    private static string Line(CommandDefinition command, Language language)
    {
        var line = new StringBuilder("**/").Append(command.NameIn(language)).Append("**");
        foreach (var option in command.Options)
            line.Append(' ').Append(option.Required ? $"`{option.NameIn(language)}`" : $"`[{option.NameIn(language)}]`");
        line.Append(Dash).Append(DiscordText.Escape(command.DescriptionIn(language)));
        if (!command.Contexts.Contains(CommandCatalogue.BotDirectMessages))
            line.Append(Separator).Append(DiscordPhrases.Table.Get(language, DiscordPhrase.HelpServersOnly));
        if (command.DefaultMemberPermissions == CommandCatalogue.ManageChannels)
            line.Append(Separator).Append(DiscordPhrases.Table.Get(language, DiscordPhrase.HelpNeedsManageChannels));
        return line.ToString();
    }
}
