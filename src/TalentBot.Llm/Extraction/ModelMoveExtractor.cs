using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Llm.Extraction;

/// <summary>
/// Adds a model's moves to the rules' at ingestion. The model proposes moves as JSON; each is kept only if
/// <see cref="ProposalVerifier"/> finds its quote verbatim in the article and its names in the registry or the quote,
/// and then only where the rules did not already find the same move. Whatever goes wrong with the model (time budget,
/// 429, 5xx, an endpoint that is down, a reply that is not the JSON asked for) leaves the rules' facts as they were,
/// logged as a warning and counted in <see cref="Summary"/>. Thread-safe: articles may be enriched concurrently.
/// </summary>
public sealed partial class ModelMoveExtractor : IFactEnricher
{
    private readonly IChatCompletionService _chat;
    private readonly ModelConnection _model;
    private readonly ProposalVerifier _verifier;
    private readonly EntityRegistry _registry;
    private readonly TimeProvider _time;
    private readonly ILogger<ModelMoveExtractor> _logger;
    private readonly ExtractionTally _tally = new();
    private readonly OpenAIPromptExecutionSettings _settings = new() { Temperature = 0 };

    public ModelMoveExtractor(ModelConnection model, EntityRegistry registry, TimeProvider time, ILogger<ModelMoveExtractor> logger)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _registry = registry ?? throw new ArgumentNullException(nameof(registry));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _chat = model.CreateKernel().GetRequiredService<IChatCompletionService>();
        _verifier = new ProposalVerifier(registry);
    }

    /// <summary>What the model proposed and what was kept, over every article enriched so far.</summary>
    public ModelExtractionSummary Summary => _tally.Snapshot();

    public async Task<ArticleFacts> EnrichAsync(ArticleText article, ArticleFacts facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(facts);
        _tally.Asked();
        var reply = await AskAsync(article, facts.Sentences, cancellationToken).ConfigureAwait(false);
        if (reply is null) return facts;
        if (ProposalParser.Parse(reply) is not { } parsed)
        {
            Fail(ModelFailure.Malformed, article, "the reply is not the JSON object asked for");
            return facts;
        }

        var evidence = new ArticleEvidence(article, facts.Sentences, _registry);
        var claims = new List<MoveClaim>();
        for (var i = 0; i < parsed.MalformedProposals; i++) _tally.Rejected(ProposalRejection.Malformed);
        foreach (var proposal in parsed.Proposals)
        {
            var verdict = _verifier.Verify(proposal, evidence);
            if (verdict.Claim is { } claim) claims.Add(claim);
            else _tally.Rejected(verdict.Rejection!.Value);
        }
        var (combined, modelOnly) = ClaimMerge.Combine(facts, claims);
        _tally.Accepted(claims.Count, modelOnly);
        LogChecked(_logger, parsed.Proposals.Count + parsed.MalformedProposals, claims.Count, modelOnly);
        return combined;
    }

    /// <summary>The model's reply text, or null (logged and counted) when the call failed; the caller's cancellation propagates.</summary>
    private async Task<string?> AskAsync(ArticleText article, IReadOnlyList<SentenceSpan> sentences, CancellationToken cancellationToken)
    {
        var history = ExtractionPrompt.For(article, sentences);
        using var budget = new CancellationTokenSource(_model.Options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            var message = await _chat.GetChatMessageContentAsync(history, _settings, kernel: null, linked.Token).ConfigureAwait(false);
            return message.Content;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Fail(ModelFailure.Timeout, article, $"no reply within {_model.Options.TimeoutSeconds} s");
        }
        // Only the call is guarded, and broadly: whatever the connector throws, the article keeps its rules' facts.
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            Fail(Classify(ex), article, Describe(ex));
        }
        return null;
    }

    /// <summary>Sorts a failed call by what the operator can do about it.</summary>
    private static ModelFailure Classify(Exception exception) => exception switch
    {
        HttpOperationException { StatusCode: HttpStatusCode.TooManyRequests } => ModelFailure.RateLimited,
        HttpOperationException { StatusCode: { } status } when (int)status >= 500 => ModelFailure.ServerError,
        HttpOperationException { StatusCode: { } status } when (int)status >= 400 => ModelFailure.Refused,
        // The connector wraps the transport's exception in its client's (HttpOperationException → ClientResultException → …).
        _ when Caused<HttpRequestException>(exception) => ModelFailure.Unreachable,
        // The client's own network timeout, when it fires before the budget does.
        _ when Caused<TimeoutException>(exception) => ModelFailure.Timeout,
        _ => ModelFailure.Malformed,
    };

    private static bool Caused<T>(Exception exception)
        where T : Exception
    {
        for (Exception? cause = exception; cause is not null; cause = cause.InnerException)
            if (cause is T) return true;
        return false;
    }

    /// <summary>The exception's type, status and root cause, never a message: a provider's error text may echo the request.</summary>
    private static string Describe(Exception exception)
    {
        if (exception is HttpOperationException { StatusCode: { } status }) return $"{exception.GetType().Name} (HTTP {(int)status})";
        var root = exception;
        while (root.InnerException is { } inner) root = inner;
        return root == exception ? exception.GetType().Name : $"{exception.GetType().Name} ({root.GetType().Name})";
    }

    private void Fail(ModelFailure failure, ArticleText article, string detail)
    {
        _tally.Failed(failure);
        LogFailed(_logger, failure, article.Language.ToCode(), article.Text.Length, detail);
    }

    [LoggerMessage(EventId = 4401, EventName = "ModelExtractionFailed", Level = LogLevel.Warning,
        Message = "Model move extraction failed ({Failure}) for an article ({Language}, {Characters} characters): {Detail}; its moves come from the rules alone")]
    private static partial void LogFailed(ILogger logger, ModelFailure failure, string language, int characters, string detail);

    [LoggerMessage(EventId = 4402, EventName = "ModelProposalsChecked", Level = LogLevel.Debug,
        Message = "Model proposed {Proposed} move(s) for an article: {Accepted} passed verification, {ModelOnly} of them new to the rules")]
    private static partial void LogChecked(ILogger logger, int proposed, int accepted, int modelOnly);
}
