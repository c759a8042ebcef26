namespace TalentBot.Answering;

internal static partial class CalendarWords
{
    public static MonthNames EnglishMonths() => new(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        [("Jan", 1), ("Feb", 2), ("Aug", 8), ("Sept", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12)],
        // Dates rather than names when capitalised, but not read as a month in a question.
        ["Mar", "Apr", "Jun", "Jul", "Sep"]);

    private static string[] EnglishWeekdays() => ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
}
