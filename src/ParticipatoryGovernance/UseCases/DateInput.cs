using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.UseCases;

/// <summary>Checks a date or time a person entered against the window a record can sensibly carry.</summary>
internal static class DateInput
{
    /// <summary>The earliest Solar Hijri year accepted: older than any municipal record the model keeps.</summary>
    public const int EarliestSolarHijriYear = 1300;

    /// <summary>How many years after today in the city a date may lie (a council term, a scheduled meeting).</summary>
    public const int YearsAhead = 5;

    private static readonly LocalDate Earliest = PersianDates.FromSolarHijri(EarliestSolarHijriYear, 1, 1);

    /// <summary>Refuses a date outside the window; the date may be in any calendar.</summary>
    public static RuleViolation? Check(LocalDate date, IClock clock, LocalizedText what) =>
        Check(date, PersianDates.TodayInCity(clock), what);

    /// <summary>Refuses a date before 1 Farvardin 1300 or more than <see cref="YearsAhead"/> years after <paramref name="today"/>.</summary>
    public static RuleViolation? Check(LocalDate date, LocalDate today, LocalizedText what)
    {
        var latest = Iso(today).PlusYears(YearsAhead);
        var iso = Iso(date);
        return iso < Earliest || iso > latest ? UseCaseRules.DateOutside(what, Earliest, latest) : null;
    }

    public static RuleViolation? Check(Instant instant, IClock clock, LocalizedText what) =>
        instant < Instant.FromUtc(1, 1, 2, 0, 0) || instant > Instant.FromUtc(9999, 12, 30, 0, 0)
            ? UseCaseRules.DateOutside(what, Earliest, PersianDates.TodayInCity(clock).PlusYears(YearsAhead))
            : Check(PersianDates.InCity(instant).Date, clock, what);

    /// <summary>The date in the ISO calendar, as the aggregates store and compare dates.</summary>
    public static LocalDate Iso(LocalDate date) => date.WithCalendar(CalendarSystem.Iso);
}
