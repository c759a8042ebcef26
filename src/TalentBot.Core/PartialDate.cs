using System.Globalization;

namespace TalentBot.Core;

/// <summary>
/// A date as precise as its source: "2025", "July 2025", "15 July" (year unknown) or "15 July 2025".
/// Articles rarely give full dates, and inventing the missing parts would be a false claim.
/// </summary>
public readonly record struct PartialDate
{
    public PartialDate(int? year, int? month = null, int? day = null)
    {
        if (year is null && month is null)
            throw new ArgumentException("A date needs at least a year or a month.");
        if (year is < 1900 or > 2200) throw new ArgumentOutOfRangeException(nameof(year));
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        if (day is not null && month is null) throw new ArgumentException("A day needs a month.", nameof(day));
        if (day is < 1 || day > DateTime.DaysInMonth(year ?? 2024, month ?? 1))
            throw new ArgumentOutOfRangeException(nameof(day));
        Year = year;
        Month = month;
        Day = day;
    }

    public int? Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    /// <summary>ISO 8601 as far as known: "2025", "2025-07", "2025-07-15", or "--07-15" when the year is unknown.</summary>
    /// <summary>True when every part both dates give is the same: "2026-09" and "2026-09-22" may be one day, "2025" and "2026-09" may not.</summary>
    public bool IsCompatibleWith(PartialDate other) =>
        (Year is null || other.Year is null || Year == other.Year)
        && (Month is null || other.Month is null || Month == other.Month)
        && (Day is null || other.Day is null || Day == other.Day);

    public override string ToString()
    {
        var year = Year?.ToString("0000", CultureInfo.InvariantCulture) ?? "-";
        if (Month is null) return year;
        var month = Month.Value.ToString("00", CultureInfo.InvariantCulture);
        var text = $"{year}-{month}";
        return Day is null ? text : $"{text}-{Day.Value.ToString("00", CultureInfo.InvariantCulture)}";
    }

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Split('-');
        try
        {
            switch (parts.Length)
            {
                case 1 when int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y):
                    date = new PartialDate(y);
                    return true;
                case 2 when int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m):
                    date = new PartialDate(y, m);
                    return true;
                case 3 when int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d):
                    date = new PartialDate(y, m, d);
                    return true;
                case 4 when parts[0].Length == 0 && parts[1].Length == 0
                            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                            && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var d):
                    date = new PartialDate(null, m, d);
                    return true;
                default:
                    return false;
            }
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
