using TalentBot.Core;
using TalentBot.Core.Knowledge;

namespace TalentBot.Answering;

/// <summary>
/// Keeps the evidence that answers the question and orders it. A sentence must mention what the question names
/// (otherwise translated keywords alone would answer "why did Foo leave?" with someone else's departure): a name
/// nothing resolved if there is one, since that is what the asker wants to know about, else one of the named
/// entities, by name in either script or by a reference the store resolved ("she", 同社), which its entity ids
/// carry. When the question turns on a concept (leaving, pay, a hiring freeze), the sentence must also say
/// something about it. Sentences naming more of the question's subjects come first, then those holding the cue
/// the question's kind wants (a number, a currency, a date, a denial), then body text before headlines, then
/// those with more of its words, then the knowledge base's own order. Stateless; safe to share across threads.
/// </summary>
internal static class EvidenceRanker
{
    public static List<Evidence> Rank(IReadOnlyList<Evidence> found, QuestionAnalysis question, int limit, Func<string, bool>? cue = null)
    {
        var seen = new HashSet<(string, int)>();
        var ranked = new List<(Evidence Evidence, int Subjects, int Cue, int Body, int Words, int Order)>();
        var withoutConcept = new List<(Evidence Evidence, int Subjects, int Cue, int Body, int Words, int Order)>();
        for (var i = 0; i < found.Count; i++)
        {
            var evidence = found[i];
            if (!seen.Add((evidence.Citation.ArticleId, evidence.Citation.SentenceIndex))) continue;
            if (IsLink(evidence.Citation.Quote)) continue;
            var quote = TextFolding.Fold(evidence.Citation.Quote);
            var unknown = question.UnknownNames.Count(n => Names(quote, [n], acrossScripts: true));
            var known = question.Entities.Where((entity, e) => entity.Ids.Overlaps(evidence.EntityIds)
                                                               || Names(quote, question.EntityNames[e], acrossScripts: !entity.Entity.IsRegistered)).Count();
            var concepts = question.ConceptWords.Count(w => Occurs(quote, w));
            if (question.UnknownNames.Count > 0 ? unknown == 0 : question.EntityNames.Count > 0 && known == 0) continue;
            var meaning = concepts == 0 && evidence.MatchedByMeaning ? 1 : 0;
            var hasCue = cue is not null && cue(quote) ? 1 : 0;
            // A headline names everything and says little: it ranks below a body sentence that names as much.
            var body = string.Equals(evidence.Citation.Quote.Trim(), evidence.Citation.Title.Trim(), StringComparison.Ordinal) ? 0 : 1;
            var entry = (evidence, unknown + known, hasCue, body, concepts + meaning + question.Keywords.Count(w => Occurs(quote, w)), i);
            // A sentence close in meaning may say "quit" where the question says "leave": its vector stands in for the word.
            if (question.ConceptWords.Count > 0 && concepts == 0 && !evidence.MatchedByMeaning) withoutConcept.Add(entry);
            else ranked.Add(entry);
        }
        // The lexicon cannot hold every way of saying a thing (「移ると上司に伝えた」 threatens without a word for it): when
        // nothing about the subject says the concept, what is said about the subject is still the best evidence.
        if (ranked.Count == 0 && question.Entities.Count + question.UnknownNames.Count > 0) ranked = withoutConcept;
        return ranked.OrderByDescending(r => r.Subjects)
                     .ThenByDescending(r => r.Cue)
                     .ThenByDescending(r => r.Body)
                     .ThenByDescending(r => r.Words)
                     .ThenBy(r => r.Order)
                     .Take(limit)
                     .Select(r => r.Evidence)
                     .ToList();
    }

    /// <summary>
    /// Whether the folded quote names any of <paramref name="names"/> (one entity's, folded): as written, else, when
    /// <paramref name="acrossScripts"/>, in the other script, since a Japanese article writes Maria Rossi as マリア・ロッシ
    /// and the question may not. A registered entity's aliases already hold its spellings in each script, and are
    /// many, so they are not transliterated.
    /// </summary>
    private static bool Names(string quote, IReadOnlyList<string> names, bool acrossScripts) =>
        names.Any(n => Occurs(quote, n)) || acrossScripts && names.Any(n => Transliteration.NamedInOtherScript(quote, n));

    /// <summary>
    /// A reference list's bare URL matches the words in its slug, but says nothing; it is a source, not evidence.
    /// </summary>
    private static bool IsLink(string quote)
    {
        var text = quote.Trim().TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ' ', '-', '•');
        return !text.Contains(' ', StringComparison.Ordinal)
               && (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether <paramref name="term"/> occurs in <paramref name="text"/>, both folded. A Latin term must start a
    /// word ("gel" finds "gelé", not "angel") but may end mid-word, which covers inflections the lexicon lacks; only a
    /// Latin letter or digit before it makes it part of another word, so "にopenaiを" holds "openai". Japanese has
    /// no word breaks, so a Japanese term may stand anywhere.
    /// </summary>
    internal static bool Occurs(string text, string term)
    {
        if (term.Length == 0) return false;
        if (Scripts.IsJapanese(term[0])) return text.Contains(term, StringComparison.Ordinal);
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !Scripts.IsLatinLetterOrDigit(text[at - 1])) return true;
        }
        return false;
    }
}
