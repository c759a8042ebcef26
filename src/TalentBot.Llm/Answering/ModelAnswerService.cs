using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Knowledge;
using TalentBot.Core.Replies;

namespace TalentBot.Llm.Answering;

/// <summary>
/// Answers free questions with a model that calls the store's tools, and keeps only what it can verify: every
/// sentence must cite evidence the tools returned in this conversation. Commands (/who-left and the rest) are
/// answered offline, as without a model. Whatever goes wrong (time budget, 429, 5xx, malformed replies, tool
/// loops, an ungrounded answer) ends in the offline answer with a note saying so. Thread-safe.
/// </summary>
public sealed partial class ModelAnswerService : IAnswerService
{
    /// <summary>The meter behind <c>talentbot.llm.answers</c> (tagged <c>outcome</c>) and <c>talentbot.llm.sentences.dropped</c>.</summary>
    public const string MeterName = "TalentBot.Llm";

    private static readonly Meter SharedMeter = new(MeterName);

    private readonly Counter<long> _answers;
    private readonly Counter<long> _dropped;

    private readonly QuestionAnswerer _answerer;
    private readonly EntityRegistry _registry;
    private readonly ModelConnection _model;
    private readonly TimeProvider _time;
    private readonly ILogger<ModelAnswerService> _logger;
    private readonly OpenAIPromptExecutionSettings _settings = new()
    {
        FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(),
        Temperature = 0,
        MaxTokens = 800,
    };

    /// <param name="meters">The host's meter factory, so metrics reach its exporters; a process-wide meter otherwise.</param>
    public ModelAnswerService(QuestionAnswerer answerer, EntityRegistry registry, ModelConnection model, TimeProvider time,
        ILogger<ModelAnswerService> logger, IMeterFactory? meters = null)
    {
        var meter = meters?.Create(MeterName) ?? SharedMeter;
        _answers = meter.CreateCounter<long>("talentbot.llm.answers", description: "Free questions sent to the model, by outcome.");
        _dropped = meter.CreateCounter<long>("talentbot.llm.sentences.dropped", description: "Sentences of model answers removed for lack of a valid citation.");
        _answerer = answerer ?? throw new ArgumentNullException(nameof(answerer));
        _registry = registry ?? throw new ArgumentNullException(nameof(registry));
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public Task<Reply> AnswerAsync(BotRequest request, Language fallback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request is AskRequest { Page: 1 } ask
            ? AnswerFreeQuestionAsync(ask, fallback, cancellationToken)
            : Task.FromResult(_answerer.Answer(request, fallback));
    }

    public Task<Reply> AnswerAsync(string input, Language fallback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CommandParser.FreeQuestion(input) is { } question
            ? AnswerFreeQuestionAsync(new AskRequest(question), fallback, cancellationToken)
            : Task.FromResult(_answerer.Answer(input, fallback));
    }

    /// <summary>A model's answer is one page, so any later page, of a question or a command, is the offline answerer's.</summary>
    public Task<Reply> AnswerAsync(string input, Language fallback, int page, CancellationToken cancellationToken) =>
        page == 1 ? AnswerAsync(input, fallback, cancellationToken) : Task.FromResult(_answerer.Answer(input, fallback, page));

    private async Task<Reply> AnswerFreeQuestionAsync(AskRequest ask, Language fallback, CancellationToken cancellationToken)
    {
        using var budget = new CancellationTokenSource(_model.Options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        QueryEmbedding? embedding;
        try
        {
            embedding = await SentenceEmbedding.EmbedQuestionAsync(_model, ask.Question, _logger, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            embedding = null;
        }
        // The offline answer comes first: it is the fallback, and it settles the reply's language.
        var offline = _answerer.Answer(ask with { Embedding = embedding }, fallback);
        if (offline.Outcome == ReplyOutcome.InvalidRequest) return offline;
        cancellationToken.ThrowIfCancellationRequested();
        if (linked.IsCancellationRequested) return Fallback(offline, FallbackReason.Timeout, null);
        return await AnswerWithModelAsync(ask.Question.Trim(), offline, linked.Token, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Reply> AnswerWithModelAsync(string question, Reply offline, CancellationToken budget, CancellationToken cancellationToken)
    {
        var language = offline.Language;

        var ledger = new EvidenceLedger();
        var kernel = _model.CreateKernel();
        kernel.Plugins.AddFromObject(new KnowledgePlugin(_answerer, _registry, ledger, language, _model, _logger), KnowledgePlugin.Name);
        var rounds = new ToolRoundLimit(_model.Options.MaxToolRounds);
        kernel.AutoFunctionInvocationFilters.Add(rounds);

        var history = new ChatHistory(SystemPrompt.For(language));
        history.AddUserMessage(question);
        string? text;
        try
        {
            var chat = kernel.GetRequiredService<IChatCompletionService>();
            var message = await chat.GetChatMessageContentAsync(history, _settings, kernel, budget).ConfigureAwait(false);
            text = message.Role == AuthorRole.Assistant ? message.Content : null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fallback(offline, FallbackReason.Timeout, null);
        }
        catch (Exception e) when (ModelFallback.Classify(e) is { } reason)
        {
            return Fallback(offline, reason, e);
        }

        if (rounds.Reached) return Fallback(offline, FallbackReason.ToolLoop, null);
        if (string.IsNullOrWhiteSpace(text)) return Fallback(offline, FallbackReason.Malformed, null);

        var grounded = GroundingCheck.Check(text, ledger, _registry);
        if (grounded.Dropped.Count > 0) _dropped.Add(grounded.Dropped.Count);
        if (grounded.IsTooThin)
        {
            LogUngrounded(_logger, grounded.KeptSentences, grounded.Dropped.Count);
            return Fallback(offline, FallbackReason.Ungrounded, null);
        }

        _answers.Add(1, new KeyValuePair<string, object?>("outcome", grounded.Dropped.Count == 0 ? "whole" : "trimmed"));
        var notes = new List<ReplyNote> { new(ReplyNoteKind.Model, Phrases.Format(language, Phrase.ModelWrote, _model.Model)) };
        if (grounded.Dropped.Count > 0)
            notes.Add(new ReplyNote(ReplyNoteKind.Model, Phrases.Format(language,
                Phrases.ForCount(language, grounded.Dropped.Count, Phrase.ModelDroppedOne, Phrase.ModelDropped), grounded.Dropped.Count)));
        return ReplyBuilder.FromModel(language, grounded.Text, grounded.Citations, notes);
    }

    private Reply Fallback(Reply offline, FallbackReason reason, Exception? error)
    {
        _answers.Add(1, new KeyValuePair<string, object?>("outcome", "fallback"), new KeyValuePair<string, object?>("reason", reason.ToString()));
        // The exception's type and message, never the request: requests carry the key in their headers.
        LogFallback(_logger, reason, error?.GetType().Name, error?.Message);
        return ReplyBuilder.WithNote(offline, new ReplyNote(ReplyNoteKind.Model, Phrases.Get(offline.Language, ModelFallback.Phrase(reason))));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model answer not used ({Reason}): {ErrorType} {ErrorMessage}")]
    private static partial void LogFallback(ILogger logger, FallbackReason reason, string? errorType, string? errorMessage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Model answer too thin to keep: {Kept} sentences cited evidence, {Dropped} did not")]
    private static partial void LogUngrounded(ILogger logger, int kept, int dropped);
}
