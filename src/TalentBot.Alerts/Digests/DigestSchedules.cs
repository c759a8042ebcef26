using Cronos;
using TalentBot.Core.Alerts;

namespace TalentBot.Alerts.Digests;

/// <summary>Reads and checks digest schedules: five-field cron in an IANA or Windows time zone.</summary>
public static class DigestSchedules
{
    /// <summary>A checked schedule, or the reason it cannot be one, worded for the person who typed it.</summary>
    public static bool TryCreate(string cron, string timeZone, out DigestSchedule? schedule, out string? error)
    {
        schedule = null;
        if (!TryParse(cron, out _, out error)) return false;
        if (!TryFindZone(timeZone, out _))
        {
            error = $"'{timeZone}' is not a time zone this machine knows (try an IANA name such as Europe/Paris or Asia/Tokyo).";
            return false;
        }
        schedule = new DigestSchedule(cron.Trim(), timeZone.Trim());
        return true;
    }

    /// <summary>
    /// The latest occurrence after <paramref name="after"/> and at or before <paramref name="now"/>: a process that
    /// was down across several occurrences sends one digest covering the whole gap, not one per missed morning.
    /// </summary>
    public static DateTimeOffset? LatestDue(DigestSchedule schedule, DateTimeOffset after, DateTimeOffset now)
    {
        var (expression, zone) = Read(schedule);
        DateTimeOffset? latest = null;
        for (var next = expression.GetNextOccurrence(after, zone); next is { } at && at <= now; next = expression.GetNextOccurrence(at, zone))
            latest = at;
        return latest;
    }

    public static DateTimeOffset? Next(DigestSchedule schedule, DateTimeOffset after)
    {
        var (expression, zone) = Read(schedule);
        return expression.GetNextOccurrence(after, zone);
    }

    private static (CronExpression Expression, TimeZoneInfo Zone) Read(DigestSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (!TryParse(schedule.Cron, out var expression, out var error)) throw new FormatException(error);
        if (!TryFindZone(schedule.TimeZone, out var zone)) throw new FormatException($"unknown time zone '{schedule.TimeZone}'");
        return (expression!, zone!);
    }

    private static bool TryParse(string cron, out CronExpression? expression, out string? error)
    {
        expression = null;
        error = null;
        if (string.IsNullOrWhiteSpace(cron))
        {
            error = "The digest schedule is empty; give five cron fields, such as '0 9 * * *' for 09:00 every day.";
            return false;
        }
        try
        {
            expression = CronExpression.Parse(cron.Trim(), CronFormat.Standard);
            return true;
        }
        catch (CronFormatException ex)
        {
            error = $"'{cron}' is not a cron schedule ({ex.Message.TrimEnd('.')}); give five fields, such as '0 9 * * *' for 09:00 every day.";
            return false;
        }
    }

    private static bool TryFindZone(string id, out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id)) return false;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
