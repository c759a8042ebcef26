using TalentBot.Alerts.Subscriptions;
using TalentBot.Answering;
using TalentBot.Chat.Subscriptions;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Slack.Messages;
using TalentBot.Slack.Requests;
using TalentBot.Slack.WebApi;

namespace TalentBot.Slack.Conversations;

/// <summary>
/// Routes <c>/subscribe</c>, <c>/unsubscribe</c>, <c>/subscriptions</c>, <c>/digest</c> and the Subscribe button to the
/// alerts layer (<see cref="IChannelCommands"/>), as commands for the channel as a <see cref="DeliveryTarget.SlackChannel"/>
/// target with what followed the command as their subject. Slack sends no permissions with a command, so none are
/// checked here. With alerts not enabled (none registered), says so privately. An answer is a short text, private when
/// it says so; a digest is rendered like any answer and posted in the channel, its first page as the response and any
/// further pages through the command's <c>response_url</c>. Thread-safe.
/// </summary>
public sealed class SubscriptionCommandRouter(
    SlackResponder responder,
    ReplyRenderer renderer,
    SlackWebApiClient web,
    EntityRegistry registry,
    CommandPrefix prefix,
    IChannelCommands? commands = null)
{
    /// <summary>The subscription command a typed command is, in whichever spelling the workspace declared it, or null.</summary>
    public static ChannelAction? ActionOf(string command) => SubscriptionCommands.ActionOf(CommandNames.Normalise(command));

    public ValueTask<SlackAck> CommandAsync(SlashCommand command, ChannelAction action, CancellationToken cancellationToken)
    {
        var language = AskedInput.Of(command.Input, command.Text).Fallback;
        if (commands is null) return ValueTask.FromResult(SlackAck.Now(ReplyMessages.Notice(language, SlackPhrase.AlertsNotEnabled, prefix.AskingCommands)));
        var request = new ChannelCommand(action, DeliveryTarget.SlackChannel(command.ChannelId), command.UserId, language,
            Subject: command.Text.Length == 0 ? null : command.Text);
        return RespondAsync(command, language, MessagesAsync(commands, request, cancellationToken));
    }

    /// <summary>"Subscribe to alerts for ORG": a subscribe command for the organisation the button names.</summary>
    public SlackAck SubscribeClick(Click click, SubscribeTo subscribe)
    {
        var language = subscribe.Language;
        if (registry.Find(subscribe.OrganisationId) is not { Kind: EntityKind.Organisation } organisation)
            return responder.RespondLater(click, language, _ => Task.FromResult(ReplyMessages.Notice(language, Phrase.ChatExpired)));
        if (commands is not { } handler)
            return responder.RespondLater(click, language, _ => Task.FromResult(ReplyMessages.Notice(language, SlackPhrase.AlertsNotEnabled, prefix.AskingCommands)));
        var request = new ChannelCommand(ChannelAction.Subscribe, DeliveryTarget.SlackChannel(click.ChannelId), click.UserId, language,
            Subject: organisation.Name);
        // A click only subscribes, which is answered in one message: only /digest brings a digest.
        return responder.RespondLater(click, language, token => FirstAsync(MessagesAsync(handler, request, token)));
    }

    private Task<IReadOnlyList<SlackMessage>> MessagesAsync(IChannelCommands commands, ChannelCommand command, CancellationToken cancellationToken) =>
        SubscriptionCommands.MessagesAsync(commands, command, renderer.Messages, answer => ReplyMessages.Text(answer.Text, answer.IsPrivate),
            cancellationToken);

    /// <summary>The first message as the acknowledgement or its follow-up; the rest through the <c>response_url</c> once it is in place.</summary>
    private async ValueTask<SlackAck> RespondAsync(SlashCommand command, Language language, Task<IReadOnlyList<SlackMessage>> messages)
    {
        var ack = await responder.RespondAsync(command, language, FirstAsync(messages)).ConfigureAwait(false);
        if (ack.Then is null && messages is not { IsCompletedSuccessfully: true, Result.Count: > 1 }) return ack;
        var id = command.TriggerId ?? command.Command;
        return ack with { Then = new FollowUp(id, token => FollowUpAsync(command.ResponseUrl, ack.Then, messages, token)) };
    }

    private static async Task<SlackMessage> FirstAsync(Task<IReadOnlyList<SlackMessage>> messages) =>
        (await messages.ConfigureAwait(false))[0];

    private async Task FollowUpAsync(Uri responseUrl, FollowUp? completeFirst, Task<IReadOnlyList<SlackMessage>> messages, CancellationToken cancellationToken)
    {
        if (completeFirst is not null) await completeFirst.Work(cancellationToken).ConfigureAwait(false);
        // A failed answer was already replaced by an apology in the first message.
        if (!messages.IsCompletedSuccessfully) return;
        // A response_url takes five posts: a digest longer than that fails here, in the log, rather than in silence.
        foreach (var message in messages.Result.Skip(1))
            await web.RespondAsync(responseUrl, CommandResponse.Of(message), cancellationToken).ConfigureAwait(false);
    }
}
