using System.Text;
using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Llm.Extraction;

/// <summary>
/// One article as proposals are checked against it: its text with whitespace runs made one space (the only
/// difference a quote may have from the article), its sentences as the store keeps them, and the registered
/// entities it names. Built once per article; immutable.
/// </summary>
internal sealed class ArticleEvidence
{
    private readonly string _spaced;
    private readonly int[] _offsets;
    private readonly HashSet<string> _named;

    public ArticleEvidence(ArticleText article, IReadOnlyList<SentenceSpan> sentences, EntityRegistry registry)
    {
        Article = article;
        Sentences = sentences;
        (_spaced, _offsets) = Spaced(article.Text);
        _named = registry.FindAliases(article.Text).Select(h => h.Entity.Id).ToHashSet(StringComparer.Ordinal);
    }

    public ArticleText Article { get; }

    public IReadOnlyList<SentenceSpan> Sentences { get; }

    /// <summary>Whether the registry entity <paramref name="entityId"/> is named anywhere in the article, under any alias.</summary>
    public bool Names(string entityId) => _named.Contains(entityId);

    /// <summary>
    /// The indexes of the sentences the quote covers, first to last, or empty when the quote is not in the article
    /// verbatim: after the same repair of ill-formed UTF-16 the article had at ingestion, and with runs of
    /// whitespace counted as one space, but with nothing else forgiven (case, punctuation, quotation marks).
    /// </summary>
    public IReadOnlyList<int> Locate(string quote)
    {
        var (spacedQuote, _) = Spaced(TextFolding.WellFormed(quote));
        if (spacedQuote.Length == 0) return [];
        var at = _spaced.IndexOf(spacedQuote, StringComparison.Ordinal);
        if (at < 0) return [];
        var start = _offsets[at];
        var end = _offsets[at + spacedQuote.Length - 1] + 1;
        return Sentences.Where(s => s.Start < end && s.Start + s.Text.Length > start).Select(s => s.Index).ToList();
    }

    /// <summary>The text with each whitespace run as one space and the ends trimmed, and each kept character's offset in the original.</summary>
    private static (string Text, int[] Offsets) Spaced(string text)
    {
        var spaced = new StringBuilder(text.Length);
        var offsets = new List<int>(text.Length);
        var pendingSpace = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (pendingSpace < 0 && spaced.Length > 0) pendingSpace = i;
                continue;
            }
            if (pendingSpace >= 0)
            {
                spaced.Append(' ');
                offsets.Add(pendingSpace);
                pendingSpace = -1;
            }
            spaced.Append(text[i]);
            offsets.Add(i);
        }
        return (spaced.ToString(), offsets.ToArray());
    }
}
