using TalentBot.Core;
using TalentBot.Slack.Messages;
using TalentBot.Slack.Requests;
using TalentBot.Slack.Subscriptions;
using TalentBot.Slack.WebApi;
using TalentBot.Answering;

namespace TalentBot.Slack.Conversations;

/// <summary>
/// Routes <c>/subscribe</c>, <c>/unsubscribe</c>, <c>/subscriptions</c>, <c>/digest</c> and the Subscribe button to
/// <see cref="ISubscriptionCommands"/>. Slack sends no permissions with a command, so none are checked here. With no
/// implementation registered, says privately that alerts are not enabled yet. An answer is a short text, private when
/// it says so; a digest is rendered like any answer and posted in the channel, its first page as the response and any
/// further pages through the command's <c>response_url</c>. Thread-safe.
/// </summary>
public sealed class SubscriptionCommandRouter(
    SlackResponder responder,
    ReplyRenderer renderer,
    SlackWebApiClient web,
    EntityRegistry registry,
    ISubscriptionCommands? commands = null)
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
        return RespondAsync(command, language, RunAsync(commands, request, cancellationToken));
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
        // A click only subscribes, which is answered in one message: only /digest brings a digest.
        return responder.RespondLater(click, language, token => FirstAsync(RunAsync(handler, request, token)));
    }

    private async Task<IReadOnlyList<SlackMessage>> RunAsync(ISubscriptionCommands commands, SubscriptionRequest request, CancellationToken cancellationToken)
    {
        var reply = await commands.HandleAsync(request, cancellationToken).ConfigureAwait(false);
        return reply.Digest is { } digest ? renderer.Messages(digest) : [ReplyMessages.Text(reply.Text, reply.IsPrivate)];
    }

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
