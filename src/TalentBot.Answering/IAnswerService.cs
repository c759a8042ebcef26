using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Answering;

/// <summary>
/// What chat adapters and the CLI ask for an answer. The offline answerer completes at once; a model-backed one
/// may take seconds, which is why adapters that have a deadline (Discord's three seconds) defer when it is slow.
/// Implementations never throw for user input or for a failing model: those end in a reply.
/// </summary>
public interface IAnswerService
{
    Task<Reply> AnswerAsync(BotRequest request, Language fallback, CancellationToken cancellationToken);

    /// <summary>Parses what the user typed (a slash command or a question) and answers it.</summary>
    Task<Reply> AnswerAsync(string input, Language fallback, CancellationToken cancellationToken);

    /// <summary>
    /// Parses what the user typed and answers page <paramref name="page"/> (from 1) of it: the "More" button that
    /// goes past a reply's moves, and <c>ask --page</c>. A page past the last is answered, saying how many there are.
    /// </summary>
    Task<Reply> AnswerAsync(string input, Language fallback, int page, CancellationToken cancellationToken);
}

/// <summary>Answers from the store alone: deterministic, no network, milliseconds.</summary>
public sealed class OfflineAnswerService(QuestionAnswerer answerer) : IAnswerService
{
    public Task<Reply> AnswerAsync(BotRequest request, Language fallback, CancellationToken cancellationToken) =>
        Task.FromResult(answerer.Answer(request, fallback));

    public Task<Reply> AnswerAsync(string input, Language fallback, CancellationToken cancellationToken) =>
        Task.FromResult(answerer.Answer(input, fallback));

    public Task<Reply> AnswerAsync(string input, Language fallback, int page, CancellationToken cancellationToken) =>
        Task.FromResult(answerer.Answer(input, fallback, page));
}
