using System.Collections.Concurrent;
using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Testing;

/// <summary>
/// The rule-based extractor, with every move of the articles a test names marked inferred, as a reading that had to
/// infer part of them would mark them. Thread-safe: ingestion extracts a batch in parallel.
/// </summary>
public sealed class InferringExtractor(IFactExtractor rules) : IFactExtractor
{
    private readonly ConcurrentDictionary<string, MoveConfidence> _inferred = new(StringComparer.Ordinal);

    /// <summary>Marks the moves of the article whose text is <paramref name="text"/> inferred for <paramref name="reasons"/>.</summary>
    public void Infer(string text, params InferenceReason[] reasons) => _inferred[text] = MoveConfidence.InferredBy(reasons);

    public ArticleFacts Extract(ArticleText article)
    {
        var facts = rules.Extract(article);
        if (!_inferred.TryGetValue(article.Text, out var confidence)) return facts;
        return facts with { Moves = facts.Moves.Select(m => m with { Confidence = confidence }).ToList() };
    }
}
