using Microsoft.Extensions.Logging;
using TalentBot.Core;
using TalentBot.Discord.Commands;
using TalentBot.Discord.Messages;
using TalentBot.Discord.Subscriptions;
using TalentBot.Answering;

namespace TalentBot.Discord.Interactions;

/// <summary>
/// Routes the subscription commands and the Subscribe button to <see cref="ISubscriptionCommands"/>, after the
/// checks that belong to Discord: a server channel, and Manage Channels (or Administrator) to change what a channel
/// receives. With no implementation registered, says politely that alerts are not enabled yet. Thread-safe.
/// </summary>
public sealed class SubscriptionCommandRouter(
    InteractionResponder responder,
    EntityRegistry registry,
    ILogger<SubscriptionCommandRouter> logger,
    ISubscriptionCommands? commands = null)
{
    public static SubscriptionAction? ActionOf(string? commandName) => commandName switch
    {
        CommandNames.Subscribe => SubscriptionAction.Subscribe,
        CommandNames.Unsubscribe => SubscriptionAction.Unsubscribe,
        CommandNames.Subscriptions => SubscriptionAction.List,
        CommandNames.Digest => SubscriptionAction.Digest,
        _ => null,
    };

    public ValueTask<InteractionReply> HandleCommandAsync(Interaction interaction, SubscriptionAction action, CancellationToken cancellationToken) =>
        HandleAsync(interaction, action, interaction.Text(CommandNames.OrganisationOption), interaction.Text(CommandNames.PersonOption), cancellationToken);

    /// <summary>"Subscribe to alerts for ORG": a subscribe command for the organisation the button names.</summary>
    public ValueTask<InteractionReply> HandleSubscribeButtonAsync(Interaction interaction, string organisationId, CancellationToken cancellationToken) =>
        registry.Find(organisationId) is { Kind: EntityKind.Organisation } organisation
            ? HandleAsync(interaction, SubscriptionAction.Subscribe, organisation.Name, null, cancellationToken)
            : ValueTask.FromResult(Notice(interaction, Phrase.ChatExpired));

    private ValueTask<InteractionReply> HandleAsync(
        Interaction interaction, SubscriptionAction action, string? organisation, string? person, CancellationToken cancellationToken)
    {
        if (interaction.GuildId is not { } guild || interaction.ChannelId is not { } channel)
            return ValueTask.FromResult(Notice(interaction, DiscordPhrase.NeedsServer));
        if (action is SubscriptionAction.Subscribe or SubscriptionAction.Unsubscribe && !MemberPermissions.CanManageChannels(interaction))
        {
            DiscordLog.PermissionDenied(logger, interaction.Id, action.ToString());
            return ValueTask.FromResult(Notice(interaction, DiscordPhrase.NeedsManageChannels));
        }
        if (commands is null) return ValueTask.FromResult(Notice(interaction, DiscordPhrase.AlertsNotEnabled));

        var request = new SubscriptionRequest(action, guild, channel, interaction.UserId ?? "", organisation, person, Locales.LanguageOf(interaction));
        return responder.RespondAsync(interaction, RunAsync(commands, request, cancellationToken), deferPrivately: false);
    }

    private static async Task<MessageData> RunAsync(ISubscriptionCommands commands, SubscriptionRequest request, CancellationToken cancellationToken)
    {
        var reply = await commands.HandleAsync(request, cancellationToken).ConfigureAwait(false);
        return new MessageData
        {
            Embeds = [new Embed { Description = DiscordText.Truncate(reply.Text, DiscordLimits.EmbedDescription), Color = ReplyRenderer.AnsweredColor }],
            Flags = reply.IsPrivate ? MessageData.EphemeralFlag : null,
        };
    }

    private static InteractionReply Notice(Interaction interaction, DiscordPhrase phrase) =>
        InteractionReply.Now(ReplyMessages.Notice(Locales.LanguageOf(interaction), phrase));

    private static InteractionReply Notice(Interaction interaction, Phrase phrase) =>
        InteractionReply.Now(ReplyMessages.Notice(Locales.LanguageOf(interaction), phrase));
}
