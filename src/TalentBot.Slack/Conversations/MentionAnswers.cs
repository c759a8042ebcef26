using System.Diagnostics;
using Microsoft.Extensions.Logging;
using TalentBot.Answering;
using TalentBot.Chat.Replies;
using TalentBot.Slack.Messages;
using TalentBot.Slack.Requests;
using TalentBot.Slack.WebApi;

namespace TalentBot.Slack.Conversations;

/// <summary>
/// Answers <c>@TalentBot who joined OpenAI?</c> in the thread it came from, and a direct message to the bot in that
/// conversation, through <c>chat.postMessage</c>; an error or "nothing found" goes to the asker alone
/// (<c>chat.postEphemeral</c>), in the same place. Thread-safe.
/// </summary>
public sealed class MentionAnswers(
    IAnswerService answers,
    ReplyMessages messages,
    SlackWebApiClient web,
    ILogger<MentionAnswers> logger)
{
    /// <param name="mention">An <c>app_mention</c> or a direct message, with its channel, user and timestamp.</param>
    public async Task AnswerAsync(string eventId, SlackEvent mention, string? botUserId, CancellationToken cancellationToken)
    {
        var channel = mention.Channel ?? throw new ArgumentException("A mention names its channel.", nameof(mention));
        var user = mention.User ?? throw new ArgumentException("A mention names its user.", nameof(mention));
        var input = IncomingText.Plain(mention.Text, botUserId);
        var asked = AskedInput.Of(input, input);

        SlackMessage message;
        try
        {
            var started = Stopwatch.GetTimestamp();
            var reply = await answers.AnswerAsync(asked.Input, asked.Fallback, cancellationToken).ConfigureAwait(false);
            message = messages.Page(reply, asked, ReplyView.Answer, 0, privately: false, inChannel: !mention.IsDirectMessage);
            SlackLog.Answered(logger, eventId, reply.Intent.ToString(), reply.Outcome.ToString(), reply.Moves.Count,
                (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            SlackLog.AnswerFailed(logger, e, eventId);
            message = ReplyMessages.Notice(asked.Fallback, Phrase.ChatFailed);
        }

        if (message.IsPrivate) await web.PostEphemeralAsync(channel, user, message, mention.ReplyThread, cancellationToken).ConfigureAwait(false);
        else await web.PostMessageAsync(channel, message, mention.ReplyThread, cancellationToken).ConfigureAwait(false);
    }
}
