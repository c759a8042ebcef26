using System.Globalization;
using TalentBot.Core;

namespace TalentBot.Answering.Questions;

/// <summary>The unit a period named from today counts in.</summary>
internal enum DateUnit
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>A period named from the day a question is asked, as the date an absolute one gives.</summary>
/// <param name="When">The calendar day, month or year named, or the first one of a span.</param>
/// <param name="Since">True when <paramref name="When"/> is where the period starts, as for a span.</param>
/// <param name="Rest">The question with the phrase blanked out, for the absolute date to be read from the rest.</param>
internal sealed record RelativeDate(PartialDate When, bool Since, string Rest);

/// <summary>
/// Reads a period named from the day a question is asked — "last month", « depuis 6 mois », 「今年」 — into the same
/// date and since-flag an absolute date gives, so the fact filter takes it as it is. Each language's phrases are in
/// its <see cref="QuestionWords"/>; spans are tried before calendar periods, since "over the last year" is the twelve
/// months to today and "last year" the calendar year before. Phrase lookups only, as the rest of the reader.
/// </summary>
internal static class RelativeDates
{
    /// <summary>The longest span read: "the past 99 years" still names a year a <see cref="PartialDate"/> holds.</summary>
    private const int MaxCount = 99;

    /// <param name="padded">The folded question, words only, with a space at each end.</param>
    /// <param name="today">The day the question is asked.</param>
    public static RelativeDate? Find(string padded, IReadOnlyList<QuestionWords> languages, DateOnly today)
    {
        var numbers = languages.SelectMany(w => w.Numbers).GroupBy(n => n.Key, StringComparer.Ordinal)
                               .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        foreach (var words in languages)
            foreach (var (phrase, unit) in words.SpanPhrases)
                if (Match(padded, phrase, numbers) is { } span && span.Count is >= 1 and <= MaxCount)
                    return new RelativeDate(SpanStart(unit, span.Count, today), Since: true, Blank(padded, span.Start, span.Length));

        var sinceWords = languages.SelectMany(w => w.SinceWords).ToList();
        foreach (var words in languages)
            foreach (var (phrase, unit, back) in words.CalendarPhrases)
                if (Match(padded, phrase, numbers) is { } calendar)
                    return new RelativeDate(Calendar(unit, back, today), IsAfterSince(padded, phrase, calendar, sinceWords),
                        Blank(padded, calendar.Start, calendar.Length));
        return null;
    }

    /// <summary>
    /// The first day, month or year of the span. Days and weeks are read to the day: to the month, "last week" would
    /// let a whole month's moves answer. Months and years are read to the month the span starts in, since most moves
    /// are dated by month only, and that month is partly in the span.
    /// </summary>
    private static PartialDate SpanStart(DateUnit unit, int count, DateOnly today)
    {
        var start = unit switch
        {
            DateUnit.Day => today.AddDays(-count),
            DateUnit.Week => today.AddDays(-7 * count),
            DateUnit.Month => today.AddMonths(-count),
            _ => today.AddYears(-count),
        };
        return unit is DateUnit.Day or DateUnit.Week ? new PartialDate(start.Year, start.Month, start.Day) : new PartialDate(start.Year, start.Month);
    }

    /// <summary>The whole day, month or year <paramref name="back"/> units before today's.</summary>
    private static PartialDate Calendar(DateUnit unit, int back, DateOnly today)
    {
        switch (unit)
        {
            case DateUnit.Day:
                var day = today.AddDays(-back);
                return new PartialDate(day.Year, day.Month, day.Day);
            case DateUnit.Month:
                var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-back);
                return new PartialDate(month.Year, month.Month);
            case DateUnit.Year:
                return new PartialDate(today.Year - back);
            default:
                // A calendar week has no one date to stand for it: "last week" is a span, the seven days to today.
                throw new ArgumentOutOfRangeException(nameof(unit), unit, "A calendar period is a day, a month or a year.");
        }
    }

    private readonly record struct Found(int Start, int Length, int Count);

    /// <summary>
    /// Where <paramref name="phrase"/> stands in <paramref name="padded"/>, with the number in place of its #, if it has
    /// one (a phrase without counts one). Japanese phrases are found anywhere, others as whole words.
    /// </summary>
    private static Found? Match(string padded, string phrase, IReadOnlyDictionary<string, int> numbers)
    {
        var hash = phrase.IndexOf('#', StringComparison.Ordinal);
        var japanese = Scripts.IsJapanese(phrase[0]) || Scripts.IsJapanese(phrase[^1]);
        var (before, after) = hash < 0 ? (phrase, "") : (phrase[..hash], phrase[(hash + 1)..]);
        if (!japanese) (before, after) = (" " + before, after + " ");
        for (var at = padded.IndexOf(before, StringComparison.Ordinal); at >= 0; at = padded.IndexOf(before, at + 1, StringComparison.Ordinal))
        {
            var end = at + before.Length;
            if (hash < 0)
            {
                if (japanese) return Located(at, end, 1, japanese);
                if (end < padded.Length && padded[end] == ' ') return Located(at, end + 1, 1, japanese);
                continue;
            }
            if (Number(padded, end, numbers, japanese) is not { } number) continue;
            var rest = end + number.Length;
            if (string.CompareOrdinal(padded, rest, after, 0, after.Length) == 0) return Located(at, rest + after.Length, number.Count, japanese);
        }
        return null;
    }

    /// <summary>The match from start to end, less the spaces a phrase of words was matched with on either side.</summary>
    private static Found Located(int start, int end, int count, bool japanese) =>
        japanese ? new Found(start, end - start, count) : new Found(start + 1, end - start - 2, count);

    /// <summary>
    /// The number at <paramref name="at"/>: digits, or a number word ("two", « deux », 三). Words end at a space;
    /// Japanese numbers run straight on into their counter (3か月), so the longest word that starts there is taken.
    /// </summary>
    private static (int Count, int Length)? Number(string text, int at, IReadOnlyDictionary<string, int> numbers, bool japanese)
    {
        var digits = 0;
        while (at + digits < text.Length && char.IsAsciiDigit(text[at + digits])) digits++;
        if (digits > 0)
            return int.TryParse(text.AsSpan(at, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (n, digits) : null;
        if (!japanese)
        {
            var space = text.IndexOf(' ', at);
            var word = space < 0 ? text[at..] : text[at..space];
            return numbers.TryGetValue(word, out var value) ? (value, word.Length) : null;
        }
        return numbers.Where(w => string.CompareOrdinal(text, at, w.Key, 0, w.Key.Length) == 0)
                      .OrderByDescending(w => w.Key.Length)
                      .Select(w => ((int, int)?)(w.Value, w.Key.Length))
                      .FirstOrDefault();
    }

    /// <summary>
    /// Whether a since word makes the calendar period a start: before it ("since last month", « depuis l'an
    /// dernier », "dal mese scorso"), or, in Japanese, after it (「先月以降」「今年から」).
    /// </summary>
    private static bool IsAfterSince(string padded, string phrase, Found found, List<string> sinceWords)
    {
        if (Scripts.IsJapanese(phrase[0]))
        {
            var after = padded[(found.Start + found.Length)..].TrimStart();
            return sinceWords.Any(w => Scripts.IsJapanese(w[0]) && after.StartsWith(w, StringComparison.Ordinal));
        }
        var before = padded[..found.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return before.Length > 0 && sinceWords.Contains(before[^1]);
    }

    private static string Blank(string text, int start, int length) =>
        string.Concat(text.AsSpan(0, start), new string(' ', length), text.AsSpan(start + length));
}
