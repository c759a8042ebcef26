using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Testing;

/// <summary>The real answers, held until the test releases them: a model-backed answer that takes its time.</summary>
public sealed class HeldAnswers(IAnswerService inner) : IAnswerService
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _release.TrySetResult();

    public void Fail(Exception exception) => _release.TrySetException(exception);

    public async Task<Reply> AnswerAsync(BotRequest request, Language fallback, CancellationToken cancellationToken)
    {
        await _release.Task.WaitAsync(cancellationToken);
        return await inner.AnswerAsync(request, fallback, cancellationToken);
    }

    public async Task<Reply> AnswerAsync(string input, Language fallback, CancellationToken cancellationToken)
    {
        await _release.Task.WaitAsync(cancellationToken);
        return await inner.AnswerAsync(input, fallback, cancellationToken);
    }

    public async Task<Reply> AnswerAsync(string input, Language fallback, int page, CancellationToken cancellationToken)
    {
        await _release.Task.WaitAsync(cancellationToken);
        return await inner.AnswerAsync(input, fallback, page, cancellationToken);
    }
}

/// <summary>The real answers after a delay on the given clock.</summary>
public sealed class DelayedAnswers(IAnswerService inner, TimeSpan delay, Func<TimeProvider> time) : IAnswerService
{
    public async Task<Reply> AnswerAsync(BotRequest request, Language fallback, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, time(), cancellationToken);
        return await inner.AnswerAsync(request, fallback, cancellationToken);
    }

    public async Task<Reply> AnswerAsync(string input, Language fallback, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, time(), cancellationToken);
        return await inner.AnswerAsync(input, fallback, cancellationToken);
    }

    public async Task<Reply> AnswerAsync(string input, Language fallback, int page, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, time(), cancellationToken);
        return await inner.AnswerAsync(input, fallback, page, cancellationToken);
    }
}

/// <summary>An answer service with a bug: it throws.</summary>
public sealed class BrokenAnswers : IAnswerService
{
    public Task<Reply> AnswerAsync(BotRequest request, Language fallback, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("the answerer is broken");

    public Task<Reply> AnswerAsync(string input, Language fallback, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("the answerer is broken");

    public Task<Reply> AnswerAsync(string input, Language fallback, int page, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("the answerer is broken");
}
