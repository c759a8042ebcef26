using System.Collections.Frozen;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using TalentBot.Answering;
using TalentBot.Chat.Replies;
using TalentBot.Slack.Messages;
using TalentBot.Slack.Requests;

namespace TalentBot.Slack.Conversations;

/// <summary>
/// The answering commands (<c>/who-left</c>, <c>/who-joined</c>, <c>/moves</c>, <c>/ask</c>, <c>/help</c>) and the
/// buttons that show more of an answer: each asks <see cref="IAnswerService"/>, renders the page wanted, and goes out
/// through <see cref="SlackResponder"/>. Thread-safe.
/// </summary>
public sealed class AnswerCommands(
    IAnswerService answers,
    ReplyMessages messages,
    SlackResponder responder,
    ILogger<AnswerCommands> logger)
{
    private static readonly FrozenSet<string> Names =
        new[] { CommandNames.WhoLeft, CommandNames.WhoJoined, CommandNames.Moves, CommandNames.Flows, CommandNames.Ask, "/help" }
            .Select(CommandNames.Normalise).ToFrozenSet(StringComparer.Ordinal);

    public static bool Handles(string command) => Names.Contains(CommandNames.Normalise(command));

    /// <param name="cancellationToken">Ends work that outlives the request: the host stopping, not the HTTP request.</param>
    public ValueTask<SlackAck> CommandAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        var asked = AskedInput.Of(command.Input, command.Text);
        var id = command.TriggerId ?? command.Command;
        // /flows shares its picture in the channel first and then answers, so it is always acknowledged first.
        var sharesPicture = CommandNames.Normalise(command.Command) == CommandNames.Normalise(CommandNames.Flows);
        return responder.RespondAsync(command, asked.Fallback, RenderAsync(id, asked, ReplyView.Answer, 0, privately: false, command.ChannelId, cancellationToken),
            deferAlways: sharesPicture);
    }

    /// <param name="privately">Only the clicker sees the result (Sources and More); a did-you-mean answer is for everyone.</param>
    public SlackAck Click(Click click, AskedInput asked, ReplyView view, int page, bool privately) =>
        responder.RespondLater(click, asked.Fallback, token => RenderAsync(click.Id, asked, view, page, privately, click.ChannelId, token));

    private async Task<SlackMessage> RenderAsync(
        string id, AskedInput asked, ReplyView view, int page, bool privately, string channelId, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var reply = await answers.AnswerAsync(asked.Input, asked.Fallback, asked.Page, cancellationToken).ConfigureAwait(false);
        var message = messages.Page(reply, asked, view, page, privately, inChannel: !Conversation.IsDirectMessage(channelId));
        SlackLog.Answered(logger, id, reply.Intent.ToString(), reply.Outcome.ToString(), reply.Moves.Count,
            (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return message;
    }
}
