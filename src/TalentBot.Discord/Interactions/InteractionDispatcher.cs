using Microsoft.Extensions.Logging;
using TalentBot.Discord.Messages;
using TalentBot.Answering;
using TalentBot.Chat.Replies;
using TalentBot.Core;
using TalentBot.Discord.Commands;

namespace TalentBot.Discord.Interactions;

/// <summary>
/// Routes a verified interaction, from HTTP or the Gateway alike: PING, slash commands, autocomplete and button
/// clicks. Commands are routed by their default names, which Discord sends whatever localised name the user's client
/// showed. Every path ends in exactly one initial response; an unknown command or button gets a polite private
/// message. Thread-safe.
/// </summary>
public sealed class InteractionDispatcher(
    AnswerCommands answers,
    SubscriptionCommandRouter subscriptions,
    NameAutocomplete autocomplete,
    ButtonIds buttonIds,
    ILogger<InteractionDispatcher> logger)
{
    /// <param name="cancellationToken">Ends work that outlives the request (<see cref="FollowUps.Abandoned"/>), not the HTTP request.</param>
    public ValueTask<InteractionReply> DispatchAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        DiscordLog.Received(logger, interaction.Id, interaction.Type.ToString(), interaction.Data?.Name ?? "", interaction.GuildId ?? "");
        return interaction.Type switch
        {
            InteractionType.Ping => ValueTask.FromResult(new InteractionReply(InteractionCallback.Pong)),
            InteractionType.ApplicationCommand => CommandAsync(interaction, cancellationToken),
            InteractionType.ApplicationCommandAutocomplete => ValueTask.FromResult(autocomplete.Handle(interaction)),
            InteractionType.MessageComponent => ButtonAsync(interaction, cancellationToken),
            _ => Notice(interaction, DiscordPhrase.Unsupported),
        };
    }

    private ValueTask<InteractionReply> CommandAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var language = Locales.LanguageOf(interaction);
        if (interaction.Data?.Name == CommandNames.Help) return ValueTask.FromResult(InteractionReply.Now(CommandHelp.For(language)));
        if (AnswerCommands.RequestOf(interaction) is { } request)
            return answers.AnswerAsync(interaction, new AskedRequest(request, language), ReplyView.Answer, 0, privately: false, cancellationToken);
        if (SubscriptionCommandRouter.ActionOf(interaction.Data?.Name) is { } action)
            return subscriptions.HandleCommandAsync(interaction, action, cancellationToken);

        var name = interaction.Data?.Name ?? "";
        DiscordLog.UnknownCommand(logger, interaction.Id, name);
        return ValueTask.FromResult(InteractionReply.Now(
            ReplyMessages.Notice(language, DiscordPhrase.UnknownCommand, DiscordText.EscapeWithin(name, 64), HelpName(language))));
    }

    private ValueTask<InteractionReply> ButtonAsync(Interaction interaction, CancellationToken cancellationToken) =>
        buttonIds.Decode(interaction.Data?.CustomId) switch
        {
            ShowPage show => answers.AnswerAsync(interaction, show.Request, show.View, show.Page, privately: true, cancellationToken),
            AskAgain again => answers.AnswerAsync(interaction, again.Request, ReplyView.Answer, 0, privately: false, cancellationToken),
            SubscribeTo subscribe => subscriptions.HandleSubscribeButtonAsync(interaction, subscribe.OrganisationId, cancellationToken),
            ExpiredButton => Notice(interaction, Phrase.ChatExpired),
            _ => Notice(interaction, DiscordPhrase.Unsupported),
        };

    private static string HelpName(Language language) => CommandCatalogue.Find(CommandNames.Help)!.NameIn(language);

    private static ValueTask<InteractionReply> Notice(Interaction interaction, DiscordPhrase phrase) =>
        ValueTask.FromResult(InteractionReply.Now(ReplyMessages.Notice(Locales.LanguageOf(interaction), phrase)));

    private static ValueTask<InteractionReply> Notice(Interaction interaction, Phrase phrase) =>
        ValueTask.FromResult(InteractionReply.Now(ReplyMessages.Notice(Locales.LanguageOf(interaction), phrase)));
}
