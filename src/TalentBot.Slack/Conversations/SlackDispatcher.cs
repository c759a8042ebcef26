using Microsoft.Extensions.Logging;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Slack.Home;
using TalentBot.Slack.Messages;
using TalentBot.Slack.Requests;
using TalentBot.Answering;
using TalentBot.Chat.Replies;

namespace TalentBot.Slack.Conversations;

/// <summary>
/// Routes a verified delivery, from HTTP or Socket Mode alike: slash commands (by their unprefixed names, see
/// <see cref="CommandPrefix"/>), <c>app_mention</c> events, direct messages, the opened Home tab and clicks on
/// TalentBot's buttons. A repeat of a delivery already taken (same <c>event_id</c> or <c>trigger_id</c>) is
/// acknowledged and nothing more; every other path ends in exactly one acknowledgement, an unknown command in a
/// polite private message. Thread-safe.
/// </summary>
public sealed class SlackDispatcher(
    AnswerCommands answers,
    SubscriptionCommandRouter subscriptions,
    MentionAnswers mentions,
    AppHome home,
    SlackResponder responder,
    RecentDeliveries recent,
    CommandPrefix prefix,
    ILogger<SlackDispatcher> logger)
{
    /// <param name="cancellationToken">Ends work that outlives the request: the host stopping, not the HTTP request.</param>
    public ValueTask<SlackAck> CommandAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        SlackLog.CommandReceived(logger, command.TriggerId ?? "", command.Command, command.TeamId ?? "");
        if (command.TriggerId is { } trigger && !recent.TryClaim("trigger:" + trigger))
        {
            SlackLog.Duplicate(logger, "trigger", trigger);
            return ValueTask.FromResult(SlackAck.Empty);
        }
        // Handlers see the unprefixed name (/tb-ask is /ask), which is also how the answerer reads the command.
        if (prefix.Route(command.Command) is { } routed)
        {
            var ours = command with { Command = routed };
            if (AnswerCommands.Handles(routed)) return answers.CommandAsync(ours, cancellationToken);
            if (SubscriptionCommandRouter.ActionOf(routed) is { } action) return subscriptions.CommandAsync(ours, action, cancellationToken);
        }

        SlackLog.UnknownCommand(logger, command.TriggerId ?? "", command.Command);
        var language = AskedInput.Of(command.Input, command.Text).Fallback;
        return ValueTask.FromResult(SlackAck.Now(ReplyMessages.Notice(language, SlackPhrase.UnknownCommand, command.Command, prefix.AskingCommands)));
    }

    /// <summary>
    /// Takes an <c>event_callback</c>: a mention or a direct message is answered after the acknowledgement, an opened
    /// Home tab is published afresh; other events are ignored.
    /// </summary>
    public SlackAck Event(EventEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var received = envelope.Event;
        var kind = envelope.Type != EventEnvelope.EventCallback ? null
            : received?.Type == SlackEvent.AppMention ? "an app_mention"
            : received is { IsDirectMessage: true } ? "a direct message"
            : received is { Type: SlackEvent.AppHomeOpened, Tab: SlackEvent.HomeTab } ? "an app_home_opened"
            : null;
        if (kind is null || received is null)
        {
            SlackLog.EventIgnored(logger, envelope.Type ?? "", received?.Type ?? "");
            return SlackAck.Empty;
        }
        if (envelope.EventId is not { Length: > 0 and <= 100 } eventId || !ChannelIds.IsSlackUser(received.User)
            || (received.Type != SlackEvent.AppHomeOpened && !IsWellFormedMessage(received)))
        {
            SlackLog.PayloadRejected(logger, $"{kind} without a well-formed event id, channel, user or timestamp");
            return SlackAck.Empty;
        }
        if (!recent.TryClaim("event:" + eventId))
        {
            SlackLog.Duplicate(logger, "event", eventId);
            return SlackAck.Empty;
        }
        if (received.Type == SlackEvent.AppHomeOpened)
            return new SlackAck(null, new FollowUp(eventId, token => home.PublishAsync(eventId, received.User!, token)));
        // Two bots that answer each other would never stop; an edit, a join or our own reply is not a question.
        if (received.BotId is not null || received.Subtype is not null || received.User == envelope.BotUserId)
        {
            SlackLog.EventIgnored(logger, EventEnvelope.EventCallback, $"{kind} by a bot, or not a new message");
            return SlackAck.Empty;
        }
        SlackLog.MentionReceived(logger, eventId, envelope.TeamId ?? "");
        return new SlackAck(null, new FollowUp(eventId, token => mentions.AnswerAsync(eventId, received, envelope.BotUserId, token)));
    }

    private static bool IsWellFormedMessage(SlackEvent message) =>
        message is { Ts.Length: > 0 and <= 40 } && ChannelIds.IsSlackConversation(message.Channel) && message.ThreadTs is not { Length: > 40 };

    /// <summary>Takes a <c>block_actions</c> payload: a click on Sources, More, Subscribe or a suggestion.</summary>
    public SlackAck Interaction(InteractionPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.Type != InteractionPayload.BlockActions)
        {
            SlackLog.EventIgnored(logger, payload.Type ?? "", "interaction");
            return SlackAck.Empty;
        }
        if (Click.From(payload) is not { } click)
        {
            SlackLog.PayloadRejected(logger, "a click without its trigger, user, channel, action or response_url");
            return SlackAck.Empty;
        }
        if (!recent.TryClaim("trigger:" + click.Id))
        {
            SlackLog.Duplicate(logger, "trigger", click.Id);
            return SlackAck.Empty;
        }
        SlackLog.ClickReceived(logger, click.Id, click.Action.ActionId ?? "");
        return ButtonActions.Decode(click.Action.ActionId, click.Action.Value) switch
        {
            ShowPage show => answers.Click(click, show.Asked, show.View, show.Page, privately: true),
            AskAgain again => answers.Click(click, again.Asked, ReplyView.Answer, 0, privately: false),
            SubscribeTo subscribe => subscriptions.SubscribeClick(click, subscribe),
            _ => NotOurs(click),
        };
    }

    /// <summary>A button whose value TalentBot cannot read (an older form, or altered): the clicker is asked to ask again.</summary>
    private SlackAck NotOurs(Click click)
    {
        SlackLog.PayloadRejected(logger, "a click on a button TalentBot cannot read");
        var notice = ReplyMessages.Notice(Language.English, Phrase.ChatExpired);
        return responder.RespondLater(click, Language.English, _ => Task.FromResult(notice));
    }
}
