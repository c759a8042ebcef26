using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentBot.Core;
using TalentBot.Slack.Messages;
using TalentBot.Slack.Requests;
using TalentBot.Slack.WebApi;
using TalentBot.Answering;
using TalentBot.Core.Replies;

namespace TalentBot.Slack.Conversations;

/// <summary>
/// Decides, in one place, how a reply reaches Slack. A slash command's answer ready within the budget
/// (<see cref="SlackOptions.AnswerBudget"/>) goes in the acknowledgement itself; a slower one is acknowledged at once
/// (showing the command in the channel) and delivered through the command's <c>response_url</c>. A click is always
/// acknowledged empty and answered through its <c>response_url</c>. A failure becomes a polite private message and
/// a log entry, never a stack trace in chat. Thread-safe.
/// </summary>
public sealed class SlackResponder(
    IOptions<SlackOptions> options,
    TimeProvider time,
    SlackWebApiClient web,
    ILogger<SlackResponder> logger)
{
    /// <param name="reply">The message being prepared; it keeps running if the acknowledgement goes first.</param>
    /// <param name="language">The language of the apology should <paramref name="reply"/> fail.</param>
    /// <param name="deferAlways">Acknowledge first whatever the time: a picture is shared before the answer is sent.</param>
    public async ValueTask<SlackAck> RespondAsync(SlashCommand command, Language language, Task<SlackMessage> reply, bool deferAlways = false)
    {
        var id = command.TriggerId ?? command.Command;
        if (deferAlways)
            return new SlackAck(CommandResponse.Acknowledged,
                new FollowUp(id, token => DeliverAsync(id, command.ResponseUrl, reply.WaitAsync(token), language, keepOriginal: false, token, command.ChannelId)));
        if (!reply.IsCompleted)
        {
            using var budgetOver = new CancellationTokenSource();
            var budget = Task.Delay(options.Value.AnswerBudget, time, budgetOver.Token);
            if (await Task.WhenAny(reply, budget).ConfigureAwait(false) == budget)
            {
                SlackLog.Deferred(logger, id, options.Value.AnswerBudgetMilliseconds);
                return new SlackAck(CommandResponse.Acknowledged,
                    new FollowUp(id, token => DeliverAsync(id, command.ResponseUrl, reply.WaitAsync(token), language, keepOriginal: false, token)));
            }
            await budgetOver.CancelAsync().ConfigureAwait(false);
        }
        return SlackAck.Now(await SettleAsync(id, reply, language).ConfigureAwait(false));
    }

    /// <summary>Acknowledges a click at once (Slack ignores a body there) and answers it through its <c>response_url</c>.</summary>
    public SlackAck RespondLater(Click click, Language language, Func<CancellationToken, Task<SlackMessage>> reply) =>
        new(null, new FollowUp(click.Id, token => DeliverAsync(click.Id, click.ResponseUrl, reply(token), language, keepOriginal: true, token)));

    /// <param name="channel">Where a picture the message carries is shared, before the message; null where none can be.</param>
    private async Task DeliverAsync(
        string id, Uri responseUrl, Task<SlackMessage> reply, Language language, bool keepOriginal, CancellationToken cancellationToken, string? channel = null)
    {
        var message = await SettleAsync(id, reply, language).ConfigureAwait(false);
        if (message.Picture is { } picture && channel is not null) message = await SharePictureAsync(id, channel, message, picture, language, cancellationToken).ConfigureAwait(false);
        await web.RespondAsync(responseUrl, CommandResponse.Of(message, keepOriginal), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Shares the picture in the channel, titled with the answer's title. A channel that refuses it (the bot not in it,
    /// no files:write) costs only the picture: the answer still goes out, saying why the picture is missing.
    /// </summary>
    private async Task<SlackMessage> SharePictureAsync(string id, string channel, SlackMessage message, ReplyPicture picture, Language language, CancellationToken cancellationToken)
    {
        try
        {
            await web.UploadFileAsync(channel, picture.FileName, picture.Png, message.Text, picture.AltText, threadTs: null, cancellationToken).ConfigureAwait(false);
            return message;
        }
        catch (SlackApiException e)
        {
            SlackLog.PictureNotShared(logger, id, e.Error);
            var note = new ContextBlock([TextObject.Markdown(SlackText.EscapeWithin(SlackPhrases.Table.Format(language, SlackPhrase.PictureNotShared, e.Error), SlackLimits.ContextElementText))]);
            var blocks = message.Blocks.Count < SlackLimits.BlocksPerMessage ? [.. message.Blocks, note] : message.Blocks;
            return message with { Blocks = blocks };
        }
    }

    private async Task<SlackMessage> SettleAsync(string id, Task<SlackMessage> reply, Language language)
    {
        try
        {
            return await reply.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            SlackLog.AnswerFailed(logger, e, id);
            return ReplyMessages.Notice(language, Phrase.ChatFailed);
        }
    }
}
