using System.Globalization;
using NodaTime;

namespace ParticipatoryGovernance.Calendar;

/// <summary>A month of the Solar Hijri calendar, such as Ordibehesht 1403: the unit the dashboard counts by.</summary>
/// <remarks>An immutable value; thread-safe. Months order by year, then month.</remarks>
public readonly record struct SolarHijriMonth : IComparable<SolarHijriMonth>
{
    /// <summary>Creates a month.</summary>
    /// <param name="year">The Solar Hijri year, within <see cref="PersianDates.MinYear"/>–<see cref="PersianDates.MaxYear"/>.</param>
    /// <param name="month">The month, 1 (Farvardin) to 12 (Esfand).</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public SolarHijriMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, PersianDates.MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, PersianDates.MaxYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    /// <summary>The Solar Hijri year.</summary>
    public int Year { get; }

    /// <summary>The month, 1 (Farvardin) to 12 (Esfand).</summary>
    public int Month { get; }

    /// <summary>Whether one month comes before another.</summary>
    /// <param name="left">The first month.</param>
    /// <param name="right">The second month.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is earlier.</returns>
    public static bool operator <(SolarHijriMonth left, SolarHijriMonth right) => left.CompareTo(right) < 0;

    /// <summary>Whether one month comes after another.</summary>
    /// <param name="left">The first month.</param>
    /// <param name="right">The second month.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is later.</returns>
    public static bool operator >(SolarHijriMonth left, SolarHijriMonth right) => left.CompareTo(right) > 0;

    /// <summary>Whether one month is the same as or before another.</summary>
    /// <param name="left">The first month.</param>
    /// <param name="right">The second month.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not later.</returns>
    public static bool operator <=(SolarHijriMonth left, SolarHijriMonth right) => left.CompareTo(right) <= 0;

    /// <summary>Whether one month is the same as or after another.</summary>
    /// <param name="left">The first month.</param>
    /// <param name="right">The second month.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not earlier.</returns>
    public static bool operator >=(SolarHijriMonth left, SolarHijriMonth right) => left.CompareTo(right) >= 0;

    /// <summary>The Solar Hijri month a date falls in.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns>The month.</returns>
    public static SolarHijriMonth Of(LocalDate date)
    {
        var solar = PersianDates.ToSolarHijri(date);
        return new SolarHijriMonth(solar.Year, solar.Month);
    }

    /// <summary>The Solar Hijri month an instant falls in, on the city's (Asia/Tehran) calendar.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The month.</returns>
    public static SolarHijriMonth Of(Instant instant) => Of(PersianDates.InCity(instant).Date);

    /// <summary>The month's first day.</summary>
    /// <returns>The ISO-calendar date of day 1 of the month.</returns>
    public LocalDate FirstDay() => PersianDates.FromSolarHijri(Year, Month, 1);

    /// <summary>Compares two months.</summary>
    /// <param name="other">The other month.</param>
    /// <returns>Less than zero, zero or more than zero as this month is earlier than, the same as or later than <paramref name="other"/>.</returns>
    public int CompareTo(SolarHijriMonth other) => Year != other.Year ? Year.CompareTo(other.Year) : Month.CompareTo(other.Month);

    /// <summary>The month for Persian readers.</summary>
    /// <returns>Such as <c>اردیبهشت ۱۴۰۳</c>.</returns>
    public string Format() => PersianDates.MonthName(Month) + " " + PersianDigits.Format(Year);

    /// <summary>The month for English readers.</summary>
    /// <returns>Such as <c>Ordibehesht 1403</c>.</returns>
    public string FormatLatin() => PersianDates.LatinMonthNames[Month - 1] + " " + Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The month as year/month with Latin digits, for logs and keys.</summary>
    /// <returns>Such as <c>1403/02</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}/{Month:D2}");
}
