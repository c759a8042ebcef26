using Microsoft.Extensions.Logging;
using TalentBot.Alerts.Subscriptions;
using TalentBot.Answering;
using TalentBot.Chat.Subscriptions;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Discord.Commands;
using TalentBot.Discord.Messages;
using TalentBot.Discord.Rest;

namespace TalentBot.Discord.Interactions;

/// <summary>
/// Routes the subscription commands and the Subscribe button to the alerts layer (<see cref="IChannelCommands"/>), as
/// commands for the channel as a <see cref="DeliveryTarget.DiscordChannel"/> target with the options as typed, after
/// the checks that belong to Discord: a server channel, and Manage Channels (or Administrator) to change what a
/// channel receives. With alerts not enabled (none registered), says so politely. An answer is a short
/// text, private when it says so; a digest is rendered like any answer and posted for the channel, its first page as
/// the response and any further pages as follow-ups. Thread-safe.
/// </summary>
public sealed class SubscriptionCommandRouter(
    InteractionResponder responder,
    ReplyRenderer renderer,
    DiscordRestClient rest,
    EntityRegistry registry,
    ILogger<SubscriptionCommandRouter> logger,
    IChannelCommands? commands = null)
{
    /// <summary>The subscription command a command name is (Discord's names are the shared ones), or null.</summary>
    public static ChannelAction? ActionOf(string? commandName) => SubscriptionCommands.ActionOf(commandName);

    public ValueTask<InteractionReply> HandleCommandAsync(Interaction interaction, ChannelAction action, CancellationToken cancellationToken) =>
        HandleAsync(interaction, action, interaction.Text(CommandNames.OrganisationOption), interaction.Text(CommandNames.PersonOption),
            interaction.Flag(CommandNames.InferredOption), cancellationToken);

    /// <summary>"Subscribe to alerts for ORG": a subscribe command for the organisation the button names.</summary>
    public ValueTask<InteractionReply> HandleSubscribeButtonAsync(Interaction interaction, string organisationId, CancellationToken cancellationToken) =>
        registry.Find(organisationId) is { Kind: EntityKind.Organisation } organisation
            ? HandleAsync(interaction, ChannelAction.Subscribe, organisation.Name, null, inferred: false, cancellationToken)
            : ValueTask.FromResult(Notice(interaction, Phrase.ChatExpired));

    private ValueTask<InteractionReply> HandleAsync(
        Interaction interaction, ChannelAction action, string? organisation, string? person, bool inferred, CancellationToken cancellationToken)
    {
        if (interaction.GuildId is null || interaction.ChannelId is not { } channel)
            return ValueTask.FromResult(Notice(interaction, DiscordPhrase.NeedsServer));
        if (action is ChannelAction.Subscribe or ChannelAction.Unsubscribe && !MemberPermissions.CanManageChannels(interaction))
        {
            DiscordLog.PermissionDenied(logger, interaction.Id, action.ToString());
            return ValueTask.FromResult(Notice(interaction, DiscordPhrase.NeedsManageChannels));
        }
        if (commands is null)
        {
            var language = Locales.LanguageOf(interaction);
            return ValueTask.FromResult(InteractionReply.Now(ReplyMessages.Notice(language, DiscordPhrase.AlertsNotEnabled,
                CommandCatalogue.Find(CommandNames.Help)!.NameIn(language))));
        }

        var command = new ChannelCommand(action, DeliveryTarget.DiscordChannel(channel), interaction.UserId ?? "", Locales.LanguageOf(interaction),
            Organisation: organisation, Person: person, Inferred: inferred);
        return RespondAsync(interaction, SubscriptionCommands.MessagesAsync(commands, command, renderer.Messages, Text, cancellationToken));
    }

    private static MessageData Text(ChannelAnswer answer) => new()
    {
        Embeds = [new Embed { Description = DiscordText.Truncate(answer.Text, DiscordLimits.EmbedDescription), Color = ReplyRenderer.AnsweredColor }],
        Flags = answer.IsPrivate ? MessageData.EphemeralFlag : null,
    };

    /// <summary>The first message as the response (at once or deferred); the rest as follow-ups once it is in place.</summary>
    private async ValueTask<InteractionReply> RespondAsync(Interaction interaction, Task<IReadOnlyList<MessageData>> messages)
    {
        var reply = await responder.RespondAsync(interaction, FirstAsync(messages), deferPrivately: false).ConfigureAwait(false);
        if (reply.FollowUp is null && messages is not { IsCompletedSuccessfully: true, Result.Count: > 1 }) return reply;
        return reply with { FollowUp = token => FollowUpAsync(interaction, reply.FollowUp, messages, token) };
    }

    private static async Task<MessageData> FirstAsync(Task<IReadOnlyList<MessageData>> messages) =>
        (await messages.ConfigureAwait(false))[0];

    private async Task FollowUpAsync(
        Interaction interaction, Func<CancellationToken, Task>? completeFirst, Task<IReadOnlyList<MessageData>> messages, CancellationToken cancellationToken)
    {
        if (completeFirst is not null) await completeFirst(cancellationToken).ConfigureAwait(false);
        // A failed answer was already replaced by an apology in the first message.
        if (!messages.IsCompletedSuccessfully) return;
        foreach (var message in messages.Result.Skip(1))
            await rest.CreateFollowUpAsync(interaction.ApplicationId, interaction.Token, message, cancellationToken).ConfigureAwait(false);
    }

    private static InteractionReply Notice(Interaction interaction, DiscordPhrase phrase) =>
        InteractionReply.Now(ReplyMessages.Notice(Locales.LanguageOf(interaction), phrase));

    private static InteractionReply Notice(Interaction interaction, Phrase phrase) =>
        InteractionReply.Now(ReplyMessages.Notice(Locales.LanguageOf(interaction), phrase));
}
