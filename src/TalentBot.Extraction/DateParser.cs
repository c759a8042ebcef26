using System.Globalization;
using System.Text.RegularExpressions;
using TalentBot.Core;

namespace TalentBot.Extraction;

/// <summary>A date found in text, and where its words stand.</summary>
public sealed record DateMention(PartialDate Date, int Start, int Length)
{
    /// <summary>
    /// The text gave a month but no year, and the month is later than the article's own: "in November" in a February
    /// article is this year's only for a move still to come, last year's for one made (<see cref="YearEarlier"/>).
    /// </summary>
    public bool MonthAheadOfReference { get; init; }

    /// <summary>The same date a year earlier: what "in November" means in a February report of a move made.</summary>
    public PartialDate YearEarlier()
    {
        var year = Date.Year!.Value - 1;
        // 29 February has no day in the year before a leap year: the month is still right.
        var day = Date.Day is { } d && d <= DateTime.DaysInMonth(year, Date.Month!.Value) ? Date.Day : null;
        return new PartialDate(year, Date.Month, day);
    }
}

/// <summary>
/// Finds dates as precisely as the text gives them: "July 15", "15 juillet 2025", "nell'aprile", "7月15日", "late June",
/// "2025", "June of last year", « juin de l'année dernière », "giugno dello scorso anno", 「昨年6月」; and, counted from the article's own date, relative ones: "last week", "lundi", "il mese scorso", "先週",
/// "two years ago", "17日". A missing year is taken from that date; a missing day stays missing; a relative date is
/// only as precise as it determines ("last week" is a month). Stateless; safe to share.
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
                    // "Jun-ho Seo", "May-Britt Moser": a month's name joined to another word by a hyphen is part of a name.
                    @"|\b(?<month>" + EnglishMonths + @")(?:,?\s+" + Year + @"|\s+(?:of\s+)?(?<lastyear>[Ll]ast\s+year))?(?![\p{L}]|-\p{L})" +
                    @"|(?<![\d$€£.,])\b" + Year + @"\b(?![.,]?\d|\s?(?:million|billion|bn|m\b))")]
    private static partial Regex English();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:er)?\s+(?<month>" + FrenchMonths + @")(?:\s+" + Year + ")?" +
                    @"|\b(?<month>" + FrenchMonths + @")(?:\s+" + Year + @"|\s+(?<last>dernier)|\s+(?:de\s+)?(?<lastyear>l['’](?:an|année)\s+(?:dernier|dernière|passé|passée)))?(?![\p{L}])" +
                    @"|(?<![\d$€£.,])\b" + Year + @"\b(?![.,]?\d|\s?(?:millions?|milliards?))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex French();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:°|º)?\s+(?<month>" + ItalianMonths + @")(?:\s+(?:del\s+)?" + Year + ")?" +
                    @"|\b(?<last>scorso)\s+(?<month>" + ItalianMonths + @")(?![\p{L}])" +
                    @"|\b(?<month>" + ItalianMonths + @")(?:\s+(?:del\s+)?" + Year + @"|\s+(?<lastyear>(?:dello|del)\s+scorso\s+anno|dell['’]anno\s+scorso)|\s+(?<last>scorso))?(?![\p{L}])" +
                    @"|(?<![\d$€£.,])\b" + Year + @"\b(?![.,]?\d|\s?(?:milioni|miliardi))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Italian();

    [GeneratedRegex(@"(?:(?<year>(?:19|20|１９|２０)[\d０-９]{2})年\s?|(?<lastyear>昨年|去年)\s?|(?<thisyear>今年)\s?)?(?<month>[\d０-９]{1,2})月(?:\s?(?<day>[\d０-９]{1,2})日)?" +
                    @"|(?<year>(?:19|20|１９|２０)[\d０-９]{2})年")]
    private static partial Regex Japanese();

    // Relative dates: each named group is one way of counting from the article's date.
    [GeneratedRegex(@"\b(?:(?<thismonth>this\s+month|earlier\s+this\s+month)|(?<lastmonth>last\s+month)|(?<nextmonth>next\s+month)|(?<lastweek>last\s+week|a\s+week\s+ago)" +
                    @"|(?<thisweek>this\s+week|earlier\s+this\s+week)|(?<nextweek>next\s+week)|(?<yesterday>yesterday)|(?<today>today)|(?<lastyear>last\s+year)|(?<thisyear>this\s+year|earlier\s+this\s+year)" +
                    @"|(?<ago>\d{1,2}|two|three|four|five)\s+years?\s+ago|(?:on\s+|last\s+)(?<weekday>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishRelative();

    [GeneratedRegex(@"\b(?:(?<thismonth>ce\s+mois(?:-ci)?|en\s+ce\s+début\s+de\s+mois)|(?<lastmonth>le\s+mois\s+dernier|le\s+mois\s+passé)|(?<nextmonth>le\s+mois\s+prochain)|(?<lastweek>la\s+semaine\s+(?:dernière|passée))" +
                    @"|(?<thisweek>cette\s+semaine)|(?<nextweek>la\s+semaine\s+prochaine)|(?<yesterday>hier)|(?<today>aujourd['’]hui)|(?<lastyear>l['’]an\s+dernier|l['’]année\s+dernière|l['’]an\s+passé)|(?<thisyear>cette\s+année)" +
                    @"|il\s+y\s+a\s+(?<ago>\d{1,2}|deux|trois|quatre|cinq)\s+ans|(?<weekday>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+dernier)?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FrenchRelative();

    [GeneratedRegex(@"\b(?:(?<thismonth>questo\s+mese)|(?<lastmonth>il\s+mese\s+scorso|lo\s+scorso\s+mese)|(?<nextmonth>il\s+mese\s+prossimo|il\s+prossimo\s+mese)|(?<lastweek>la\s+settimana\s+scorsa|la\s+scorsa\s+settimana)" +
                    @"|(?<thisweek>questa\s+settimana)|(?<nextweek>la\s+prossima\s+settimana|la\s+settimana\s+prossima)|(?<yesterday>ieri)|(?<today>oggi)|(?<lastyear>l['’]anno\s+scorso|lo\s+scorso\s+anno)|(?<thisyear>quest['’]anno)" +
                    @"|(?<ago>\d{1,2}|due|tre|quattro|cinque)\s+anni\s+fa|(?<weekday>lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)(?:\s+scorso)?)(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItalianRelative();

    [GeneratedRegex(@"(?<thismonth>今月)|(?<lastmonth>先月)|(?<nextmonth>来月)|(?<lastweek>先週)|(?<thisweek>今週)|(?<nextweek>来週)|(?<yesterday>昨日)|(?<today>本日|今日)" +
                    @"|(?<lastyear>昨年|去年)(?![\d０-９]{1,2}月)|(?<thisyear>今年)(?![\d０-９]{1,2}月)|(?<ago>[\d０-９]{1,2})年前|(?<weekday>[月火水木金土日])曜(?:日)?|(?<![\d０-９月])(?<dayonly>[\d０-９]{1,2})日(?:付)?")]
    private static partial Regex JapaneseRelative();

    /// <summary>One language's ways of writing dates: absolute, relative, its month and weekday names, its small numbers.</summary>
    private sealed record Grammar(Regex Absolute, Regex Relative, Func<string, int?> Month, Func<string, int?> Weekday, IReadOnlyDictionary<string, int> SmallNumbers);

    private static readonly IReadOnlyDictionary<Language, Grammar> Grammars = new Dictionary<Language, Grammar>
    {
        [Language.English] = new(English(), EnglishRelative(), MonthName, WeekdayOf("monday tuesday wednesday thursday friday saturday sunday"), SmallNumbers("two three four five")),
        [Language.French] = new(French(), FrenchRelative(), MonthName, WeekdayOf("lundi mardi mercredi jeudi vendredi samedi dimanche"), SmallNumbers("deux trois quatre cinq")),
        [Language.Italian] = new(Italian(), ItalianRelative(), MonthName, WeekdayOf("lunedì martedì mercoledì giovedì venerdì sabato domenica"), SmallNumbers("due tre quattro cinque")),
        [Language.Japanese] = new(Japanese(), JapaneseRelative(), MonthDigits, WeekdayOf("月 火 水 木 金 土 日"), SmallNumbers("")),
    };

    public static IReadOnlyList<DateMention> FindAll(string text, Language language, PartialDate? published = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var grammar = Grammars[language];
        var found = new List<DateMention>();
        foreach (Match m in grammar.Absolute.Matches(text))
        {
            if (TryBuild(m, grammar, published, out var date, out var ahead))
                found.Add(new DateMention(date, m.Index, m.Length) { MonthAheadOfReference = ahead });
        }
        if (published is { Year: not null } reference)
        {
            foreach (Match m in grammar.Relative.Matches(text))
            {
                if (found.Any(f => m.Index < f.Start + f.Length && f.Start < m.Index + m.Length)) continue;
                if (Relative(m, grammar, reference) is { } date) found.Add(new DateMention(date, m.Index, m.Length));
            }
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        return found;
    }

    private static bool TryBuild(Match m, Grammar grammar, PartialDate? published, out PartialDate date, out bool monthAhead)
    {
        date = default;
        monthAhead = false;
        int? month = m.Groups["month"].Success ? grammar.Month(m.Groups["month"].Value) : null;
        if (m.Groups["month"].Success && month is null) return false;
        int? day = m.Groups["day"].Success ? int.Parse(MoneyParser.ToAsciiDigits(m.Groups["day"].Value), CultureInfo.InvariantCulture) : null;
        int? year = m.Groups["year"].Success ? int.Parse(MoneyParser.ToAsciiDigits(m.Groups["year"].Value), CultureInfo.InvariantCulture) : null;
        if (year is null && month is not null && published?.Year is { } publishedYear)
        {
            // "昨年12月" is last year's; "last December", "décembre dernier" the most recent one; otherwise the text
            // means the publication year.
            if (m.Groups["lastyear"].Success) year = publishedYear - 1;
            else if (m.Groups["last"].Success && published.Value.Month is { } publishedMonth && month > publishedMonth) year = publishedYear - 1;
            else
            {
                year = publishedYear;
                monthAhead = published.Value.Month is { } referenceMonth && month > referenceMonth;
            }
        }
        if (month is null && year is null) return false;
        if (month is < 1 or > 12) return false;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year ?? 2024, month!.Value))) return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>A relative date counted from <paramref name="reference"/>, as precise as both allow.</summary>
    private static PartialDate? Relative(Match m, Grammar grammar, PartialDate reference)
    {
        var year = reference.Year!.Value;
        if (m.Groups["thisyear"].Success) return new PartialDate(year);
        if (m.Groups["lastyear"].Success) return new PartialDate(year - 1);
        if (m.Groups["ago"].Success)
        {
            var text = MoneyParser.ToAsciiDigits(m.Groups["ago"].Value);
            var years = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : grammar.SmallNumbers.GetValueOrDefault(text.ToLowerInvariant());
            return years is > 0 and < 60 ? new PartialDate(year - years) : null;
        }
        if (reference.Month is not { } month) return null;
        var first = new DateOnly(year, month, 1);
        if (m.Groups["thismonth"].Success) return Month(first);
        if (m.Groups["lastmonth"].Success) return Month(first.AddMonths(-1));
        if (m.Groups["nextmonth"].Success) return Month(first.AddMonths(1));
        if (reference.Day is not { } day) return m.Groups["dayonly"].Success ? null : Month(first);
        var today = new DateOnly(year, month, day);
        if (m.Groups["today"].Success) return Day(today);
        if (m.Groups["yesterday"].Success) return Day(today.AddDays(-1));
        if (m.Groups["thisweek"].Success) return Month(today);
        if (m.Groups["lastweek"].Success) return Month(today.AddDays(-7));
        if (m.Groups["nextweek"].Success) return Month(today.AddDays(7));
        if (m.Groups["dayonly"].Success)
        {
            // "17日" in an article of the 18th is this month's 17th; in an article of the 3rd, last month's.
            var d = int.Parse(MoneyParser.ToAsciiDigits(m.Groups["dayonly"].Value), CultureInfo.InvariantCulture);
            var target = d <= day ? first : first.AddMonths(-1);
            return d >= 1 && d <= DateTime.DaysInMonth(target.Year, target.Month) ? new PartialDate(target.Year, target.Month, d) : null;
        }
        if (m.Groups["weekday"].Success && grammar.Weekday(m.Groups["weekday"].Value) is { } weekday)
        {
            // A weekday named in a report is the last one on or before the day it speaks from.
            var back = ((int)today.DayOfWeek - weekday + 7) % 7;
            return Day(today.AddDays(-back));
        }
        return null;
    }

    private static PartialDate Month(DateOnly date) => new(date.Year, date.Month);

    private static PartialDate Day(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Weekday names, Monday first, as .NET numbers them (Sunday is 0).</summary>
    private static Func<string, int?> WeekdayOf(string mondayFirst)
    {
        var names = mondayFirst.Split(' ');
        return name =>
        {
            var i = Array.FindIndex(names, n => name.StartsWith(n, StringComparison.OrdinalIgnoreCase));
            return i < 0 ? null : (i + 1) % 7;
        };
    }

    private static Dictionary<string, int> SmallNumbers(string twoToFive)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 2;
        foreach (var word in twoToFive.Split(' ', StringSplitOptions.RemoveEmptyEntries)) map[word] = n++;
        return map;
    }

    private static int? MonthDigits(string digits) => int.Parse(MoneyParser.ToAsciiDigits(digits), CultureInfo.InvariantCulture);

    /// <summary>A month's name in English, French or Italian (the three never name different months alike).</summary>
    private static int? MonthName(string name)
    {
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
