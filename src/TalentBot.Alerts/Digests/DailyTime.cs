using System.Globalization;

namespace TalentBot.Alerts.Digests;

/// <summary>A time of day as people type it for a daily digest (<c>09:00</c>, <c>9:30</c>, <c>18h00</c>), and its cron schedule.</summary>
public static class DailyTime
{
    public static bool TryParse(string text, out int hour, out int minute)
    {
        hour = minute = 0;
        var parts = (text ?? "").Split(':', 'h', 'H');
        return parts is [var h, var m] && h.Length is 1 or 2 && m.Length == 2
               && int.TryParse(h, NumberStyles.None, CultureInfo.InvariantCulture, out hour) && hour <= 23
               && int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out minute) && minute <= 59;
    }

    /// <summary>Every day at that time: five-field cron, minute first.</summary>
    public static string Cron(int hour, int minute) => string.Create(CultureInfo.InvariantCulture, $"{minute} {hour} * * *");

    public static string Format(int hour, int minute) => string.Create(CultureInfo.InvariantCulture, $"{hour:00}:{minute:00}");
}
