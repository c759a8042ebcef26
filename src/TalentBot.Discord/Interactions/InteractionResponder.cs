using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentBot.Discord.Messages;
using TalentBot.Discord.Rest;
using TalentBot.Answering;

namespace TalentBot.Discord.Interactions;

/// <summary>
/// How an interaction is answered: exactly one initial response, and, when that response was a deferral, the work
/// that completes it. Being one value, an interaction cannot be answered twice or not at all.
/// </summary>
public sealed record InteractionReply(InteractionCallback Initial, Func<CancellationToken, Task>? FollowUp = null)
{
    public static InteractionReply Now(MessageData message) => new(InteractionCallback.Message(message));
}

/// <summary>
/// Decides, in one place, whether a reply goes out in the initial response or is deferred: an answer ready within
/// the budget (<see cref="DiscordOptions.AnswerBudget"/>) is sent at once; a slower one is acknowledged with
/// "thinking…" and written into the original response when ready. A failure becomes a polite private message and
/// a log entry, never a stack trace in chat. Thread-safe.
/// </summary>
public sealed class InteractionResponder(
    IOptions<DiscordOptions> options,
    TimeProvider time,
    DiscordRestClient rest,
    ILogger<InteractionResponder> logger)
{
    /// <param name="reply">The message being prepared; it keeps running if the response is deferred.</param>
    /// <param name="deferPrivately">Whether a deferral is ephemeral (for button clicks that answer only the clicker).</param>
    /// <param name="deferAlways">Defer whatever the time: a message with a file goes up through the REST API.</param>
    public async ValueTask<InteractionReply> RespondAsync(Interaction interaction, Task<MessageData> reply, bool deferPrivately, bool deferAlways = false)
    {
        if (deferAlways)
            return new InteractionReply(InteractionCallback.Deferred(deferPrivately),
                token => CompleteDeferredAsync(interaction, reply, deferPrivately, token));
        if (!reply.IsCompleted)
        {
            using var budgetOver = new CancellationTokenSource();
            var budget = Task.Delay(options.Value.AnswerBudget, time, budgetOver.Token);
            if (await Task.WhenAny(reply, budget).ConfigureAwait(false) == budget)
            {
                DiscordLog.Deferred(logger, interaction.Id, options.Value.AnswerBudgetMilliseconds);
                return new InteractionReply(InteractionCallback.Deferred(deferPrivately),
                    token => CompleteDeferredAsync(interaction, reply, deferPrivately, token));
            }
            await budgetOver.CancelAsync().ConfigureAwait(false);
        }
        return InteractionReply.Now(await SettleAsync(interaction, reply).ConfigureAwait(false));
    }

    private async Task CompleteDeferredAsync(Interaction interaction, Task<MessageData> reply, bool deferredPrivately, CancellationToken cancellationToken)
    {
        var message = await SettleAsync(interaction, reply.WaitAsync(cancellationToken)).ConfigureAwait(false);
        if (message.IsEphemeral && !deferredPrivately)
        {
            // A deferral's visibility is fixed when it is sent; a private answer replaces the public "thinking…".
            await rest.DeleteOriginalResponseAsync(interaction.ApplicationId, interaction.Token, cancellationToken).ConfigureAwait(false);
            await rest.CreateFollowUpAsync(interaction.ApplicationId, interaction.Token, message, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, message with { Flags = null }, cancellationToken)
                      .ConfigureAwait(false);
        }
    }

    private async Task<MessageData> SettleAsync(Interaction interaction, Task<MessageData> reply)
    {
        try
        {
            return await reply.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            DiscordLog.AnswerFailed(logger, e, interaction.Id, interaction.Data?.Name ?? interaction.Data?.CustomId ?? "");
            return ReplyMessages.Notice(Locales.LanguageOf(interaction), Phrase.ChatFailed);
        }
    }
}
