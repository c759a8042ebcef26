namespace TalentBot.Answering;

internal static partial class CalendarWords
{
    public static MonthNames FrenchMonths() => new(
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        [], []);

    private static string[] FrenchWeekdays() => ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
}
