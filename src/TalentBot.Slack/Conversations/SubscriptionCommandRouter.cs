using TalentBot.Core;
using TalentBot.Slack.Messages;
using TalentBot.Slack.Requests;
using TalentBot.Slack.Subscriptions;
using TalentBot.Answering;

namespace TalentBot.Slack.Conversations;

/// <summary>
/// Routes <c>/subscribe</c>, <c>/unsubscribe</c>, <c>/subscriptions</c>, <c>/digest</c> and the Subscribe button to
/// <see cref="ISubscriptionCommands"/>. Slack sends no permissions with a command, so none are checked here. With no
/// implementation registered, says privately that alerts are not enabled yet. Thread-safe.
/// </summary>
public sealed class SubscriptionCommandRouter(SlackResponder responder, EntityRegistry registry, ISubscriptionCommands? commands = null)
{
    public static SubscriptionAction? ActionOf(string command) => CommandNames.Normalise(command) switch
    {
        "subscribe" => SubscriptionAction.Subscribe,
        "unsubscribe" => SubscriptionAction.Unsubscribe,
        "subscriptions" => SubscriptionAction.List,
        "digest" => SubscriptionAction.Digest,
        _ => null,
    };

    public ValueTask<SlackAck> CommandAsync(SlashCommand command, SubscriptionAction action, CancellationToken cancellationToken)
    {
        var language = AskedInput.Of(command.Input, command.Text).Fallback;
        if (commands is null) return ValueTask.FromResult(SlackAck.Now(ReplyMessages.Notice(language, SlackPhrase.AlertsNotEnabled)));
        var request = new SubscriptionRequest(action, command.TeamId ?? "", command.ChannelId, command.UserId,
            command.Text.Length == 0 ? null : command.Text, language);
        return responder.RespondAsync(command, language, RunAsync(commands, request, cancellationToken));
    }

    /// <summary>"Subscribe to alerts for ORG": a subscribe command for the organisation the button names.</summary>
    public SlackAck SubscribeClick(Click click, SubscribeTo subscribe)
    {
        var language = subscribe.Language;
        if (registry.Find(subscribe.OrganisationId) is not { Kind: EntityKind.Organisation } organisation)
            return responder.RespondLater(click, language, _ => Task.FromResult(ReplyMessages.Notice(language, Phrase.ChatExpired)));
        if (commands is not { } handler)
            return responder.RespondLater(click, language, _ => Task.FromResult(ReplyMessages.Notice(language, SlackPhrase.AlertsNotEnabled)));
        var request = new SubscriptionRequest(SubscriptionAction.Subscribe, click.TeamId ?? "", click.ChannelId, click.UserId, organisation.Name, language);
        return responder.RespondLater(click, language, token => RunAsync(handler, request, token));
    }

    private static async Task<SlackMessage> RunAsync(ISubscriptionCommands commands, SubscriptionRequest request, CancellationToken cancellationToken)
    {
        var reply = await commands.HandleAsync(request, cancellationToken).ConfigureAwait(false);
        return ReplyMessages.Text(reply.Text, reply.IsPrivate);
    }
}
