using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using TalentBot.Core;
using TalentBot.Core.Knowledge;

namespace TalentBot.Knowledge.Search;

/// <summary>
/// Turns an <see cref="EvidenceQuery"/> into one BM25 query: each term analysed by each language field's analyser
/// (so stop words vanish and stems match), OR-ed across the four fields, with the named entities as a boost. A
/// sentence must hold a term or be about an entity that few sentences are about: "Last week she started at OpenAI"
/// shares no word with "Where did Mia Laurent go?", but its mentions say it is about her.
/// </summary>
internal sealed class EvidenceQueryBuilder(Analyzer analyzer)
{
    /// <summary>
    /// OR over common words and two-character Japanese bigrams is what makes free text slow; a question never needs
    /// more than this many clauses to find its evidence.
    /// </summary>
    public const int MaxClauses = 48;

    private const float EntityBoost = 2f;

    /// <summary>
    /// An entity about this few sentences finds them without a word of the question: a person, an unknown lab. One
    /// about more (Meta) only ranks what the words found, since scoring every sentence about it costs the time a
    /// question has, and the words of a question about Meta find what it needs.
    /// </summary>
    public const int RareEntitySentences = 500;

    /// <summary>
    /// The query, or null when nothing searchable is left (every term a stop word, no entity). <paramref name="sentencesAbout"/>
    /// counts the sentences about an entity id.
    /// </summary>
    public Query? Build(EvidenceQuery query, Func<string, int> sentencesAbout)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var terms = new BooleanQuery();
        foreach (var term in query.Terms)
        {
            if (string.IsNullOrWhiteSpace(term)) continue;
            foreach (var field in FieldsFor(term))
            {
                if (terms.Clauses.Count >= MaxClauses) break;
                var tokens = Analyse(field, term);
                if (tokens.Count == 0 || !seen.Add(field + "\u001f" + string.Join('\u001f', tokens))) continue;
                terms.Add(TokensQuery(field, tokens), Occur.SHOULD);
            }
        }

        var entities = query.EntityIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal)
                            .Take(MaxClauses - terms.Clauses.Count).ToList();
        if (terms.Clauses.Count == 0 && entities.Count == 0) return null;

        var result = new BooleanQuery();
        var anyOf = new BooleanQuery();
        if (terms.Clauses.Count > 0) anyOf.Add(terms, Occur.SHOULD);
        foreach (var id in entities)
        {
            var about = new TermQuery(new Term(EvidenceFields.Entity, id)) { Boost = EntityBoost };
            // With no term left, every entity finds its sentences, as it always has.
            if (terms.Clauses.Count == 0 || sentencesAbout(id) <= RareEntitySentences) anyOf.Add(about, Occur.SHOULD);
            else result.Add(about, Occur.SHOULD);
        }
        result.Add(anyOf, Occur.MUST);
        return result;
    }

    /// <summary>
    /// A term in Japanese script can only match Japanese text, so it is not spent on the Latin fields, where the
    /// clause cap would otherwise cut the cross-language terms. Latin terms go to every field: Japanese articles
    /// write Meta and OpenAI in Latin letters.
    /// </summary>
    private static IEnumerable<string> FieldsFor(string term) =>
        term.Any(Scripts.IsJapanese) ? [EvidenceFields.TextField[Language.Japanese]] : EvidenceFields.TextField.Values;

    private static Query TokensQuery(string field, List<string> tokens)
    {
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0]));
        // Japanese bigrams of one term must be adjacent, or "人材" would match any sentence holding 人 and 材 pairs.
        if (field == EvidenceFields.TextField[Language.Japanese])
        {
            var phrase = new PhraseQuery();
            foreach (var token in tokens) phrase.Add(new Term(field, token));
            return phrase;
        }
        var words = new BooleanQuery();
        foreach (var token in tokens) words.Add(new TermQuery(new Term(field, token)), Occur.SHOULD);
        return words;
    }

    private List<string> Analyse(string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }
}
