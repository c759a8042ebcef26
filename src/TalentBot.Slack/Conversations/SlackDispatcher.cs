using Microsoft.Extensions.Logging;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Slack.Messages;
using TalentBot.Slack.Requests;
using TalentBot.Answering;
using TalentBot.Chat.Replies;

namespace TalentBot.Slack.Conversations;

/// <summary>
/// Routes a verified delivery, from HTTP or Socket Mode alike: slash commands, <c>app_mention</c> events and clicks
/// on TalentBot's buttons. A repeat of a delivery already taken (same <c>event_id</c> or <c>trigger_id</c>) is
/// acknowledged and nothing more; every other path ends in exactly one acknowledgement, an unknown command in a
/// polite private message. Thread-safe.
/// </summary>
public sealed class SlackDispatcher(
    AnswerCommands answers,
    SubscriptionCommandRouter subscriptions,
    MentionAnswers mentions,
    SlackResponder responder,
    RecentDeliveries recent,
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
        if (AnswerCommands.Handles(command.Command)) return answers.CommandAsync(command, cancellationToken);
        if (SubscriptionCommandRouter.ActionOf(command.Command) is { } action) return subscriptions.CommandAsync(command, action, cancellationToken);

        SlackLog.UnknownCommand(logger, command.TriggerId ?? "", command.Command);
        var language = AskedInput.Of(command.Input, command.Text).Fallback;
        return ValueTask.FromResult(SlackAck.Now(ReplyMessages.Notice(language, SlackPhrase.UnknownCommand, command.Command)));
    }

    /// <summary>Takes an <c>event_callback</c>: a mention is answered after the acknowledgement, other events are ignored.</summary>
    public SlackAck Event(EventEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (envelope.Type != EventEnvelope.EventCallback || envelope.Event?.Type != SlackEvent.AppMention)
        {
            SlackLog.EventIgnored(logger, envelope.Type ?? "", envelope.Event?.Type ?? "");
            return SlackAck.Empty;
        }
        var mention = envelope.Event;
        if (envelope.EventId is not { Length: > 0 and <= 100 } eventId || mention is not { Ts.Length: > 0 and <= 40 }
            || !ChannelIds.IsSlackConversation(mention.Channel) || !ChannelIds.IsSlackUser(mention.User)
            || mention.ThreadTs is { Length: > 40 })
        {
            SlackLog.PayloadRejected(logger, "an app_mention without a well-formed event id, channel, user or timestamp");
            return SlackAck.Empty;
        }
        if (!recent.TryClaim("event:" + eventId))
        {
            SlackLog.Duplicate(logger, "event", eventId);
            return SlackAck.Empty;
        }
        // Two bots that answer mentions could otherwise answer each other for ever.
        if (mention.BotId is not null)
        {
            SlackLog.EventIgnored(logger, envelope.Type, "app_mention by a bot");
            return SlackAck.Empty;
        }
        SlackLog.MentionReceived(logger, eventId, envelope.TeamId ?? "");
        return new SlackAck(null, new FollowUp(eventId, token => mentions.AnswerAsync(eventId, mention, envelope.BotUserId, token)));
    }

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
