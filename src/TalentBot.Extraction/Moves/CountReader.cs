using System.Globalization;
using System.Text.RegularExpressions;
using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Extraction;

/// <summary>
/// Finds head counts without names: "more than 20 from OpenAI", "plus de 20 chercheurs d'OpenAI", "almeno 13 da
/// Google", "OpenAIから20人以上", "Google has lost a dozen". Each count is tied to the organisation it came from and,
/// where the text says, the one it went to. A staff size ("a team of 40") is no count. Stateless; safe to share.
/// </summary>
internal static partial class CountReader
{
    /// <summary>A count read from its source; <see cref="Departure"/> when its own verb says the people left ("20 have left OpenAI").</summary>
    private sealed record Count(PlacedOrganisation Source, int Number, CountBound Bound, int Position, bool Departure);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>Marks each organisation a head count comes from, so that moves leave it to the count.</summary>
    public static void MarkSources(IReadOnlyList<SentenceReading> sentences, Lexicon lexicon)
    {
        foreach (var sentence in sentences)
        {
            var counts = Find(sentence, lexicon, resolvedOnly: false);
            for (var c = 0; c < sentence.Organisations.Count; c++)
            {
                if (counts.Any(k => k.Source.Entity == sentence.Organisations[c].Entity)) sentence.Organisations[c] = sentence.Organisations[c] with { IsCountSource = true };
            }
        }
    }

    public static IReadOnlyList<CountClaim> Read(IReadOnlyList<SentenceReading> sentences, Lexicon lexicon)
    {
        var claims = new List<CountClaim>();
        EntityRef? previousTo = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var counts = Find(sentence, lexicon, resolvedOnly: true);
            if (counts.Count == 0)
            {
                previousTo = null;
                continue;
            }
            // "Plus de 20 chercheurs ont quitté Mila": a count of leavers goes where its own sentence says, if anywhere; a
            // neighbour's organisation is as likely the next story's.
            var to = Recruiter(sentence, counts, inCountSentence: true)
                     ?? (counts.All(c => c.Departure) ? null
                         : previousTo
                           ?? (i > 0 ? Recruiter(sentences[i - 1], [], inCountSentence: false) : null)
                           ?? (i + 1 < sentences.Count ? Recruiter(sentences[i + 1], [], inCountSentence: false) : null));
            foreach (var count in counts)
            {
                var from = count.Source.Resolved;
                if (from is null || from.Id == to?.Id) continue;
                claims.Add(new CountClaim(from, to, count.Number, count.Bound, sentence.Index));
            }
            previousTo = to;
        }
        return claims.DistinctBy(c => (c.From.Id, c.To?.Id, c.Count, c.Bound)).ToList();
    }

    private static List<Count> Find(SentenceReading sentence, Lexicon lexicon, bool resolvedOnly)
    {
        var counts = new List<Count>();
        var text = sentence.Text;
        foreach (var org in sentence.Organisations)
        {
            if (resolvedOnly && org.Resolved is null) continue;
            var match = lexicon.VerbFinal
                ? lexicon.CountAfter?.Match(EntityRecogniser.After(text, org.Entity.End))
                : lexicon.CountBefore?.Match(EntityRecogniser.Before(text, org.Entity.Start));
            var numberAt = match is { Success: true } ? (lexicon.VerbFinal ? org.Entity.End + match.Groups["n"].Index : org.Entity.Start - EntityRecogniser.Before(text, org.Entity.Start).Length + match.Groups["n"].Index) : -1;
            if (match is not { Success: true } && lexicon.CountAfterSource?.Match(EntityRecogniser.After(text, org.Entity.End)) is { Success: true } lost)
            {
                match = lost;
                numberAt = org.Entity.End + lost.Groups["n"].Index;
            }
            if (match is not { Success: true }) continue;
            if (sentence.Dates.Any(d => Inside(numberAt, d.Start, d.Length)) || sentence.Money.Any(m => Inside(numberAt, m.Start, m.Length))) continue;
            if (!TryReadNumber(match.Groups["n"].Value, lexicon.CountWords, out var number, out var approximate)) continue;
            var boundText = Spaces().Replace(match.Groups["bound"].Value + match.Groups["after"].Value, " ").Trim();
            // A bound the text gives outranks the vagueness of its number: "more than a dozen" is more than twelve.
            var bound = boundText.Length > 0 ? lexicon.CountWords.Bound(boundText)
                : approximate ? CountBound.About
                : lexicon.CountWords.NumberBounds?.GetValueOrDefault(match.Groups["n"].Value) ?? lexicon.CountWords.Bound(boundText);
            if (IsStaffSize(text, numberAt, lexicon)) continue;
            // "Ana Ruiz and Li Wei, two of the twenty who left": a number of the people the sentence names is no count.
            if (sentence.People.Count() >= number) continue;
            counts.Add(new Count(org, number, bound, numberAt, match.Groups["left"].Success));
        }
        return counts;
    }

    private static bool IsStaffSize(string text, int numberAt, Lexicon lexicon) =>
        lexicon.StaffSizeBefore.IsMatch(EntityRecogniser.Before(text, numberAt)) || lexicon.StaffSizeAfter.IsMatch(NumberAndAfter(text, numberAt));

    /// <summary>The text from the end of the number at a position.</summary>
    private static string NumberAndAfter(string text, int numberAt)
    {
        var end = numberAt;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '０' or '，' or ',')) end++;
        return EntityRecogniser.After(text, end);
    }

    /// <remarks>
    /// Within the count's own sentence a "from" or role organisation is another source ("20 d'OpenAI et des anciens
    /// de Google"); in a neighbour, "le laboratoire de Meta" may well be the recruiter.
    /// </remarks>
    private static EntityRef? Recruiter(SentenceReading sentence, List<Count> counts, bool inCountSentence) =>
        sentence.Organisations
            .Where(o => o.Resolved is not null && !counts.Any(c => c.Source.Entity == o.Entity) && !o.IsCountSource
                        && (!inCountSentence || o.Slot is not (Slot.Former or Slot.Role or Slot.From or Slot.Offer)))
            .OrderBy(o => o.Slot is Slot.Subject or Slot.To or Slot.Object or Slot.At or Slot.By ? 0 : 1)
            .FirstOrDefault()?.Resolved;

    private static bool TryReadNumber(string text, CountWords words, out int number, out bool approximate)
    {
        approximate = false;
        var digits = MoneyParser.ToAsciiDigits(text);
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out number))
            return number is > 1 and < 1900; // a four-digit number from 1900 on is a year, not a head count
        var key = Spaces().Replace(text, " ").Trim();
        if (words.Numbers.TryGetValue(key, out number)) return true;
        approximate = words.Approximate.TryGetValue(key, out number);
        return approximate;
    }

    private static bool Inside(int position, int start, int length) => position >= start && position < start + length;
}
