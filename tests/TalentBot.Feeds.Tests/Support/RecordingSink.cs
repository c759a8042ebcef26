using TalentBot.Knowledge;

namespace TalentBot.Feeds.Tests.Support;

/// <summary>An <see cref="IArticleSink"/> that records each batch and reports every article added, or throws when told to.</summary>
public sealed class RecordingSink : IArticleSink
{
    private readonly Lock _lock = new();
    private readonly List<IReadOnlyList<ArticleSource>> _batches = [];
    private readonly TaskCompletionSource _firstBatch = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When set, the next calls throw it instead of taking the articles.</summary>
    public Exception? Failure { get; set; }

    public IReadOnlyList<IReadOnlyList<ArticleSource>> Batches
    {
        get
        {
            lock (_lock) return _batches.ToList();
        }
    }

    public IReadOnlyList<ArticleSource> Articles => Batches.SelectMany(b => b).ToList();

    public Task FirstBatch => _firstBatch.Task;

    public Task<IReadOnlyList<IngestReport>> IngestAsync(IReadOnlyList<ArticleSource> articles, CancellationToken cancellationToken)
    {
        if (Failure is { } failure) throw failure;
        lock (_lock) _batches.Add(articles);
        _firstBatch.TrySetResult();
        IReadOnlyList<IngestReport> reports = articles.Select(a => new IngestReport(a.Url ?? a.Title ?? "article", IngestStatus.Added, [], [])).ToList();
        return Task.FromResult(reports);
    }
}
