using System.Globalization;
using System.Text.RegularExpressions;
using TalentBot.Core;

namespace TalentBot.Extraction;

/// <summary>
/// Finds head counts without names: "more than 20 from OpenAI", "plus de 20 chercheurs d'OpenAI",
/// "almeno 13 da Google", "OpenAIから20人以上". Each count is tied to the organisation it came from.
/// </summary>
internal static partial class CountFinder
{
    public sealed record Count(FoundEntity Source, int Number, CountBound Bound);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static IReadOnlyList<Count> Find(
        string sentence, IReadOnlyList<FoundEntity> organisations, IReadOnlyList<DateMention> dates, IReadOnlyList<MoneyMention> money,
        Lexicon lexicon)
    {
        var counts = new List<Count>();
        foreach (var org in organisations)
        {
            var match = lexicon.VerbFinal
                ? lexicon.CountAfter?.Match(sentence[org.End..])
                : lexicon.CountBefore?.Match(sentence[..org.Start]);
            if (match is not { Success: true }) continue;
            var n = match.Groups["n"];
            var numberAt = lexicon.VerbFinal ? org.End + n.Index : n.Index;
            if (dates.Any(d => Inside(numberAt, d.Start, d.Length)) || money.Any(m => Inside(numberAt, m.Start, m.Length))) continue;
            if (!TryReadNumber(n.Value, lexicon.CountWords, out var number, out var approximate)) continue;
            var boundText = Spaces().Replace(match.Groups["bound"].Value + match.Groups["after"].Value, " ").Trim();
            var bound = approximate ? CountBound.About : lexicon.CountWords.Bound(boundText);
            counts.Add(new Count(org, number, bound));
        }
        return counts;
    }

    private static bool TryReadNumber(string text, CountWords words, out int number, out bool approximate)
    {
        approximate = false;
        var digits = MoneyParser.ToAsciiDigits(text);
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out number))
            return number is > 0 and < 1900; // a four-digit number from 1900 on is a year, not a head count
        var key = Spaces().Replace(text, " ").Trim();
        if (words.Numbers.TryGetValue(key, out number)) return true;
        approximate = words.Approximate.TryGetValue(key, out number);
        return approximate;
    }

    private static bool Inside(int position, int start, int length) => position >= start && position < start + length;
}
