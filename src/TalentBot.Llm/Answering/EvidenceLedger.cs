using System.Collections.Concurrent;
using TalentBot.Core;

namespace TalentBot.Llm.Answering;

/// <summary>A sentence handed to the model, with the entities it is about (named in it, or the move it reports).</summary>
internal sealed record LedgerEntry(int Number, Citation Citation, IReadOnlySet<string> EntityIds);

/// <summary>
/// Every piece of evidence the tools returned in one conversation, numbered from 1 in the order the model first
/// saw it. A <c>[n]</c> in the model's answer is valid only if <c>n</c> is here. The same sentence returned by two
/// tools keeps its first number. Thread-safe: Semantic Kernel may invoke several tools of one round concurrently.
/// </summary>
internal sealed class EvidenceLedger
{
    private readonly ConcurrentDictionary<(string ArticleId, int SentenceIndex), LedgerEntry> _byKey = new();
    private readonly ConcurrentDictionary<int, LedgerEntry> _byNumber = new();
    private readonly Lock _gate = new();

    public int Count => _byNumber.Count;

    public LedgerEntry? Find(int number) => _byNumber.GetValueOrDefault(number);

    /// <summary>Numbers <paramref name="citation"/>, or returns its number; <paramref name="entityIds"/> are merged into the entry.</summary>
    public int Record(Citation citation, IEnumerable<string> entityIds)
    {
        lock (_gate)
        {
            var key = (citation.ArticleId, citation.SentenceIndex);
            if (_byKey.TryGetValue(key, out var known))
            {
                var merged = new HashSet<string>(known.EntityIds, StringComparer.Ordinal);
                merged.UnionWith(entityIds);
                var updated = known with { EntityIds = merged };
                _byKey[key] = updated;
                _byNumber[known.Number] = updated;
                return known.Number;
            }
            var entry = new LedgerEntry(_byNumber.Count + 1, citation, new HashSet<string>(entityIds, StringComparer.Ordinal));
            _byKey[key] = entry;
            _byNumber[entry.Number] = entry;
            return entry.Number;
        }
    }
}
