using System.Diagnostics;
using Microsoft.Extensions.Logging;
using TalentBot.Answering;
using TalentBot.Chat.Replies;
using TalentBot.Discord.Commands;
using TalentBot.Discord.Messages;

namespace TalentBot.Discord.Interactions;

/// <summary>
/// The answering commands (<c>/who-left</c>, <c>/who-joined</c>, <c>/moves</c>, <c>/flows</c>, <c>/ask</c>) and the
/// buttons that show more of an answer: each asks <see cref="IAnswerService"/>, renders the page wanted, and goes
/// out through <see cref="InteractionResponder"/>, at once or deferred. Thread-safe.
/// </summary>
public sealed class AnswerCommands(
    IAnswerService answers,
    ReplyMessages messages,
    InteractionResponder responder,
    ILogger<AnswerCommands> logger)
{
    /// <summary>The request a command asks, or null when the command is not an answering one.</summary>
    public static BotRequest? RequestOf(Interaction interaction) => interaction.Data?.Name switch
    {
        CommandNames.WhoLeft => new WhoLeftRequest(interaction.Text(CommandNames.OrganisationOption) ?? ""),
        CommandNames.WhoJoined => new WhoJoinedRequest(interaction.Text(CommandNames.OrganisationOption) ?? ""),
        CommandNames.Moves => new MovesRequest(interaction.Text(CommandNames.PersonOption) ?? ""),
        CommandNames.Flows => new FlowsRequest(interaction.Text(CommandNames.OrganisationOption) ?? "",
            interaction.Text(CommandNames.SinceOption) is { Length: > 0 } since ? since : null),
        CommandNames.Ask => new AskRequest(interaction.Text(CommandNames.QuestionOption) ?? ""),
        _ => null,
    };

    /// <param name="privately">Only the asker sees the result (Sources and More); otherwise only errors and "nothing found" are private.</param>
    public ValueTask<InteractionReply> AnswerAsync(
        Interaction interaction, AskedRequest asked, ReplyView view, int page, bool privately, CancellationToken cancellationToken) =>
        responder.RespondAsync(interaction, RenderAsync(interaction, asked, view, page, privately, cancellationToken), deferPrivately: privately,
            deferAlways: CarriesPicture(asked, view, page));

    /// <summary>
    /// The first message of a flows answer carries its picture, which goes up as a multipart upload: not in an initial
    /// response (an HTTP interaction's response body is JSON, and a large one is refused), so it is always deferred and
    /// written into the original response.
    /// </summary>
    private static bool CarriesPicture(AskedRequest asked, ReplyView view, int page) =>
        asked.Request is FlowsRequest { Page: 1 } && view == ReplyView.Answer && page == 0;

    private async Task<MessageData> RenderAsync(
        Interaction interaction, AskedRequest asked, ReplyView view, int page, bool privately, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var reply = await answers.AnswerAsync(asked.Request, asked.Fallback, cancellationToken).ConfigureAwait(false);
        var message = messages.Page(reply, asked, view, page, privately, inServer: interaction.GuildId is not null);
        DiscordLog.Answered(logger, interaction.Id, interaction.Data?.Name ?? "button", reply.Outcome.ToString(), reply.Moves.Count,
            (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return message;
    }
}
