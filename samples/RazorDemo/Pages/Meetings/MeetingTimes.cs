using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;

namespace RazorDemo.Pages.Meetings;

/// <summary>Reads the time of day a secretary typed (<c>19:30</c> or <c>۱۹:۳۰</c>) and makes the meeting's instant in the city.</summary>
public static class MeetingTimes
{
    private static readonly LocalTimePattern[] Patterns =
    [
        LocalTimePattern.CreateWithInvariantCulture("H:mm"),
        LocalTimePattern.CreateWithInvariantCulture("H.mm"),
    ];

    /// <summary>The time, or null with the reason.</summary>
    public static LocalTime? Read(string? text, out LocalizedText? error)
    {
        error = null;
        var latin = PersianDigits.ToLatin(text?.Trim() ?? string.Empty).Replace('٫', ':').Replace('：', ':');
        if (latin.Length == 0)
        {
            error = new("ساعت آغاز را بنویسید، مانند ۱۹:۳۰.", "Enter the start time, such as 19:30.");
            return null;
        }

        if (latin.Length is 1 or 2 && latin.All(char.IsAsciiDigit))
        {
            // A whole hour: «۱۹» is 19:00.
            latin += ":00";
        }

        if (latin.Length <= 5)
        {
            foreach (var pattern in Patterns)
            {
                var parsed = pattern.Parse(latin);
                if (parsed.Success)
                {
                    return parsed.Value;
                }
            }
        }

        error = new("ساعت را به شکل ساعت:دقیقه بنویسید، مانند ۱۹:۳۰ (از ۰۰:۰۰ تا ۲۳:۵۹).", "Write the time as hours:minutes, such as 19:30 (00:00 to 23:59).");
        return null;
    }

    /// <summary>The instant a date and time in the city stand for (Asia/Tehran; an hour skipped by a clock change moves forward).</summary>
    public static Instant InCity(LocalDate date, LocalTime time) =>
        date.WithCalendar(CalendarSystem.Iso).At(time).InZoneLeniently(PersianDates.TimeZone).ToInstant();

    /// <summary>The time of day of an instant in the city, as the form shows it.</summary>
    public static string Format(Instant instant, bool persian)
    {
        var text = PersianDates.InCity(instant).TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture);
        return persian ? PersianDigits.ToPersian(text) : text;
    }
}
