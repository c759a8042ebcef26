using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Answering;

/// <summary>
/// Numbers citations 1..n in order of first use, one number per article sentence however many facts cite it.
/// One per reply being composed; not thread-safe.
/// </summary>
internal sealed class CitationBook
{
    private readonly List<NumberedCitation> _citations = [];
    private readonly Dictionary<(string ArticleId, int SentenceIndex), int> _numbers = [];

    public IReadOnlyList<NumberedCitation> Citations => _citations;

    public int Number(Citation citation)
    {
        var key = (citation.ArticleId, citation.SentenceIndex);
        if (_numbers.TryGetValue(key, out var number)) return number;
        number = _citations.Count + 1;
        _numbers[key] = number;
        _citations.Add(new NumberedCitation(number, citation));
        return number;
    }

    public IReadOnlyList<int> Number(IEnumerable<Citation> citations, int limit) =>
        citations.Select(Number).Distinct().Take(limit).ToList();
}
