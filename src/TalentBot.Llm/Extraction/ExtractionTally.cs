namespace TalentBot.Llm.Extraction;

/// <summary>Why an article's moves came from the rules alone although a model is configured.</summary>
public enum ModelFailure
{
    /// <summary>No reply within <see cref="LlmOptions.TimeoutSeconds"/>.</summary>
    Timeout,
    /// <summary>429, after the retries the HTTP client allows.</summary>
    RateLimited,
    /// <summary>5xx, after the retries the HTTP client allows.</summary>
    ServerError,
    /// <summary>Another HTTP error: a wrong key, model name or request (401, 404, 400).</summary>
    Refused,
    /// <summary>No connection: the endpoint is down or unreachable.</summary>
    Unreachable,
    /// <summary>A reply that is not a chat completion, or whose text is not the JSON object asked for.</summary>
    Malformed,
}

/// <summary>
/// What model extraction did over a run. <see cref="Proposed"/> counts every item the model returned;
/// each is either <see cref="Accepted"/> or counted in <see cref="Rejected"/>. Of the accepted,
/// <see cref="ModelOnly"/> were moves the rules had not found in the same article.
/// </summary>
public sealed record ModelExtractionSummary(
    int Articles,
    IReadOnlyDictionary<ModelFailure, int> Failures,
    int Proposed,
    int Accepted,
    int ModelOnly,
    IReadOnlyDictionary<ProposalRejection, int> Rejected)
{
    /// <summary>Articles for which the model gave nothing usable, so their moves come from the rules alone.</summary>
    public int Unavailable => Failures.Values.Sum();

    public int RejectedTotal => Rejected.Values.Sum();
}

/// <summary>Counters behind <see cref="ModelExtractionSummary"/>. Thread-safe: articles are enriched concurrently.</summary>
internal sealed class ExtractionTally
{
    private readonly int[] _failures = new int[Enum.GetValues<ModelFailure>().Length];
    private readonly int[] _rejected = new int[Enum.GetValues<ProposalRejection>().Length];
    private int _articles;
    private int _proposed;
    private int _accepted;
    private int _modelOnly;

    public void Asked() => Interlocked.Increment(ref _articles);

    public void Failed(ModelFailure failure) => Interlocked.Increment(ref _failures[(int)failure]);

    public void Rejected(ProposalRejection reason)
    {
        Interlocked.Increment(ref _proposed);
        Interlocked.Increment(ref _rejected[(int)reason]);
    }

    public void Accepted(int accepted, int modelOnly)
    {
        Interlocked.Add(ref _proposed, accepted);
        Interlocked.Add(ref _accepted, accepted);
        Interlocked.Add(ref _modelOnly, modelOnly);
    }

    public ModelExtractionSummary Snapshot() => new(
        Volatile.Read(ref _articles),
        Enum.GetValues<ModelFailure>().ToDictionary(f => f, f => Volatile.Read(ref _failures[(int)f])),
        Volatile.Read(ref _proposed),
        Volatile.Read(ref _accepted),
        Volatile.Read(ref _modelOnly),
        Enum.GetValues<ProposalRejection>().ToDictionary(r => r, r => Volatile.Read(ref _rejected[(int)r])));
}
