using System.Text.RegularExpressions;
using TalentBot.Core;

namespace TalentBot.Extraction;

/// <summary>A date found in text, and where its words stand.</summary>
public sealed record DateMention(PartialDate Date, int Start, int Length);

/// <summary>
/// Finds dates as precisely as the text gives them: "July 15", "15 juillet 2025", "nell'aprile", "7月15日",
/// "late June", "2025". A missing year is taken from the publication date; a missing day stays missing.
/// Stateless; safe to share.
/// </summary>
public static partial class DateParser
{
    private const string EnglishMonths =
        "January|February|March|April|May|June|July|August|September|October|November|December|" +
        @"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?";
    private const string FrenchMonths = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";
    private const string ItalianMonths = "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre";
    private const string Year = @"(?<year>(?:19|20)\d{2})(?!\d)";

    // English month names are matched case-sensitively: "may" and "march" are common words, "May" and "March" are dates.
    [GeneratedRegex(@"\b(?<month>" + EnglishMonths + @")\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+" + Year + ")?" +
                    @"|\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + EnglishMonths + @")(?:,?\s+" + Year + ")?" +
                    @"|\b(?<last>[Ll]ast)\s+(?<month>" + EnglishMonths + @")(?![\p{L}])" +
                    @"|\b(?<month>" + EnglishMonths + @")(?:,?\s+" + Year + @")?(?![\p{L}])" +
                    @"|(?<![\d$€£.,])\b" + Year + @"\b(?![.,]?\d|\s?(?:million|billion|bn|m\b))")]
    private static partial Regex English();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:er)?\s+(?<month>" + FrenchMonths + @")(?:\s+" + Year + ")?" +
                    @"|\b(?<month>" + FrenchMonths + @")(?:\s+" + Year + @"|\s+(?<last>dernier))?(?![\p{L}])" +
                    @"|(?<![\d$€£.,])\b" + Year + @"\b(?![.,]?\d|\s?(?:millions?|milliards?))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex French();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:°|º)?\s+(?<month>" + ItalianMonths + @")(?:\s+(?:del\s+)?" + Year + ")?" +
                    @"|\b(?<last>scorso)\s+(?<month>" + ItalianMonths + @")(?![\p{L}])" +
                    @"|\b(?<month>" + ItalianMonths + @")(?:\s+(?:del\s+)?" + Year + @"|\s+(?<last>scorso))?(?![\p{L}])" +
                    @"|(?<![\d$€£.,])\b" + Year + @"\b(?![.,]?\d|\s?(?:milioni|miliardi))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Italian();

    [GeneratedRegex(@"(?:(?<year>(?:19|20|１９|２０)[\d０-９]{2})年\s?|(?<lastyear>昨年|去年)\s?)?(?<month>[\d０-９]{1,2})月(?:\s?(?<day>[\d０-９]{1,2})日)?" +
                    @"|(?<year>(?:19|20|１９|２０)[\d０-９]{2})年")]
    private static partial Regex Japanese();

    public static IReadOnlyList<DateMention> FindAll(string text, Language language, PartialDate? published = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pattern = language switch
        {
            Language.French => French(),
            Language.Italian => Italian(),
            Language.Japanese => Japanese(),
            _ => English(),
        };
        var found = new List<DateMention>();
        foreach (Match m in pattern.Matches(text))
        {
            if (TryBuild(m, language, published, out var date)) found.Add(new DateMention(date, m.Index, m.Length));
        }
        return found;
    }

    private static bool TryBuild(Match m, Language language, PartialDate? published, out PartialDate date)
    {
        date = default;
        int? month = m.Groups["month"].Success ? MonthNumber(m.Groups["month"].Value, language) : null;
        if (m.Groups["month"].Success && month is null) return false;
        int? day = m.Groups["day"].Success ? int.Parse(MoneyParser.ToAsciiDigits(m.Groups["day"].Value)) : null;
        int? year = m.Groups["year"].Success ? int.Parse(MoneyParser.ToAsciiDigits(m.Groups["year"].Value)) : null;
        if (year is null && month is not null && published?.Year is { } publishedYear)
        {
            // "昨年12月" is last year's; "last December", "décembre dernier" the most recent one; otherwise the text
            // means the publication year.
            if (m.Groups["lastyear"].Success) year = publishedYear - 1;
            else if (m.Groups["last"].Success && published.Value.Month is { } publishedMonth && month > publishedMonth) year = publishedYear - 1;
            else year = publishedYear;
        }
        if (month is null && year is null) return false;
        if (month is < 1 or > 12) return false;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year ?? 2024, month!.Value))) return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    private static int? MonthNumber(string name, Language language)
    {
        if (language == Language.Japanese) return int.Parse(MoneyParser.ToAsciiDigits(name));
        var key = name.TrimEnd('.').ToLowerInvariant();
        return key switch
        {
            "january" or "jan" or "janvier" or "gennaio" => 1,
            "february" or "feb" or "février" or "fevrier" or "febbraio" => 2,
            "march" or "mar" or "mars" or "marzo" => 3,
            "april" or "apr" or "avril" or "aprile" => 4,
            "may" or "mai" or "maggio" => 5,
            "june" or "jun" or "juin" or "giugno" => 6,
            "july" or "jul" or "juillet" or "luglio" => 7,
            "august" or "aug" or "août" or "aout" or "agosto" => 8,
            "september" or "sep" or "sept" or "septembre" or "settembre" => 9,
            "october" or "oct" or "octobre" or "ottobre" => 10,
            "november" or "nov" or "novembre" => 11,
            "december" or "dec" or "décembre" or "decembre" or "dicembre" => 12,
            _ => null,
        };
    }
}
