using System.Globalization;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Answering;

/// <summary>
/// The small pieces every rendering of a reply words the same way (chat text, Discord embeds, Slack blocks, the
/// model's tool results), kept in one place so they cannot drift apart. Stateless; safe to share across threads.
/// </summary>
public static class ReplyWording
{
    /// <summary>"(2 sources, first seen 2026-07-01)", in the reply's language.</summary>
    public static string Provenance(Move move, Language language)
    {
        ArgumentNullException.ThrowIfNull(move);
        var sources = move.IndependentSources;
        var firstSeen = move.FirstSeen.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Phrases.Format(language, Phrases.ForCount(language, sources, Phrase.ProvenanceOne, Phrase.ProvenanceMany), sources, firstSeen);
    }

    /// <summary>"more than 20 people from OpenAI went to Meta", its verb agreeing with the count where the language inflects.</summary>
    public static string CountSentence(CountFact count, Language language)
    {
        ArgumentNullException.ThrowIfNull(count);
        var people = Phrases.Bound(language, count.Bound, count.Count);
        return count.To is null
            ? Phrases.Format(language, Phrases.ForCount(language, count.Count, Phrase.CountFromOne, Phrase.CountFrom), people, count.From.Name)
            : Phrases.Format(language, Phrases.ForCount(language, count.Count, Phrase.CountToOne, Phrase.CountTo), people, count.From.Name, count.To.Name);
    }

    /// <summary>The amount as the article worded it, which keeps its hedges ("up to", "reportedly").</summary>
    public static string Amount(Money amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        return amount.Text is { Length: > 0 } words
            ? words
            : string.Create(CultureInfo.InvariantCulture, $"{amount.Amount:#,0.##} {amount.Currency}");
    }

    /// <summary>
    /// The short remarks a move carries after its sources, in the reply's language: found only by the language model,
    /// inferred from context. None for a stated move the rules found.
    /// </summary>
    public static IReadOnlyList<string> Remarks(Move move, Language language)
    {
        ArgumentNullException.ThrowIfNull(move);
        var remarks = new List<string>(2);
        if (move.FoundOnlyByModel) remarks.Add(Phrases.Get(language, Phrase.ModelOnlyMove));
        if (!move.Confidence.IsStated) remarks.Add(Phrases.Get(language, Phrase.InferredMove));
        return remarks;
    }

    public static string Marker(int number) => "[" + number.ToString(CultureInfo.InvariantCulture) + "]";

    public static string Markers(IEnumerable<int> numbers) => string.Concat(numbers.Select(Marker));

    /// <summary>The sign a note starts with: a warning for a disagreement, an ellipsis for moves not shown.</summary>
    public static string NotePrefix(ReplyNoteKind kind) => kind switch
    {
        ReplyNoteKind.Disagreement => "⚠ ",
        ReplyNoteKind.MoreNotShown => "… ",
        _ => "",
    };
}
