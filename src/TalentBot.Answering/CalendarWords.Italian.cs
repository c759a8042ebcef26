namespace TalentBot.Answering;

internal static partial class CalendarWords
{
    public static MonthNames ItalianMonths() => new(
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        [], []);

    private static string[] ItalianWeekdays() => ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"];
}
