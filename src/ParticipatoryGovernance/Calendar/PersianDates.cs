using NodaTime;
using NodaTime.Text;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Calendar;

/// <summary>
/// Solar Hijri (official Iranian) dates: the calendar system, conversion from Solar Hijri year, month and day,
/// formatting with Persian digits and month names, parsing, and the city's time zone.
/// </summary>
/// <remarks>
/// <para>
/// The model stores ISO-calendar <see cref="LocalDate"/> values and <see cref="Instant"/>s; this class converts to
/// and from the Solar Hijri calendar to show or read them. The calendar is
/// <see cref="CalendarSystem.PersianAstronomical"/>, which agrees with the University of Tehran Calendar Center's
/// official table for every year 1206–1498 (see <c>docs/persian-dates.md</c>); NodaTime's
/// <see cref="CalendarSystem.PersianArithmetic"/> does not (it starts 1404 on 20 March 2025, the official date is
/// 21 March).
/// </para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
public static class PersianDates
{
    private static readonly string[] PersianMonths =
    [
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
    ];

    private static readonly string[] LatinMonths =
    [
        "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
    ];

    // Indexed by IsoDayOfWeek: 1 = Monday … 7 = Sunday.
    private static readonly string[] PersianWeekdays =
    [
        string.Empty, "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه",
    ];

    /// <summary>
    /// The calendar system the library uses for Solar Hijri dates: <see cref="CalendarSystem.PersianAstronomical"/>,
    /// which agrees with the official Iranian table.
    /// </summary>
    public static CalendarSystem Calendar { get; } = CalendarSystem.PersianAstronomical;

    /// <summary>
    /// The city's time zone, Asia/Tehran from the IANA time zone database bundled with NodaTime.
    /// Iran observed daylight saving time until 2022 and has not since; the database knows both.
    /// </summary>
    public static DateTimeZone TimeZone { get; } = DateTimeZoneProviders.Tzdb["Asia/Tehran"];

    /// <summary>The Persian month names, Farvardin first.</summary>
    public static IReadOnlyList<string> MonthNames => PersianMonths;

    /// <summary>The month names in Latin letters (<c>Farvardin</c> … <c>Esfand</c>), for English readers.</summary>
    public static IReadOnlyList<string> LatinMonthNames => LatinMonths;

    /// <summary>The earliest Solar Hijri year the calendar supports.</summary>
    public static int MinYear => Calendar.MinYear;

    /// <summary>The latest Solar Hijri year the calendar supports.</summary>
    public static int MaxYear => Calendar.MaxYear;

    /// <summary>The ISO-calendar date of a Solar Hijri date.</summary>
    /// <param name="year">The Solar Hijri year, such as 1403.</param>
    /// <param name="month">The month, 1 (Farvardin) to 12 (Esfand).</param>
    /// <param name="day">The day of the month.</param>
    /// <returns>The date in the ISO calendar, such as 2024-04-28 for 9 Ordibehesht 1403.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date does not exist, such as month 13 or 30 Esfand of a common year; the message says why.</exception>
    public static LocalDate FromSolarHijri(int year, int month, int day)
    {
        var problem = CheckDate(year, month, day);
        if (problem is not null)
        {
            var parameter = problem.Value.Part switch { DatePart.Year => nameof(year), DatePart.Month => nameof(month), _ => nameof(day) };
            throw new ArgumentOutOfRangeException(parameter, problem.Value.Message.English);
        }

        return new LocalDate(year, month, day, Calendar).WithCalendar(CalendarSystem.Iso);
    }

    /// <summary>The date in the Solar Hijri calendar, whatever calendar <paramref name="date"/> is in.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The same day in <see cref="Calendar"/>; its <see cref="LocalDate.Year"/>, <see cref="LocalDate.Month"/> and <see cref="LocalDate.Day"/> are Solar Hijri.</returns>
    public static LocalDate ToSolarHijri(LocalDate date) => date.WithCalendar(Calendar);

    /// <summary>Whether a Solar Hijri year has 366 days (Esfand has 30 days).</summary>
    /// <param name="year">The Solar Hijri year.</param>
    /// <returns><see langword="true"/> for a leap year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="MinYear"/>–<see cref="MaxYear"/>.</exception>
    public static bool IsLeapYear(int year) => Calendar.IsLeapYear(year);

    /// <summary>The number of days in a Solar Hijri month: 31 for months 1–6, 30 for 7–11, 29 or 30 for Esfand.</summary>
    /// <param name="year">The Solar Hijri year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The number of days.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static int DaysInMonth(int year, int month) => Calendar.GetDaysInMonth(year, month);

    /// <summary>The date as <c>۱۴۰۳/۰۲/۰۹</c>: Solar Hijri year/month/day, zero-padded, Persian digits.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns>The formatted date.</returns>
    public static string Format(LocalDate date) => FormatNumeric(date, PersianDigits.PersianZero);

    /// <summary>The date as <c>1403/02/09</c>: Solar Hijri year/month/day, zero-padded, Latin digits.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns>The formatted date.</returns>
    public static string FormatNumericLatin(LocalDate date) => FormatNumeric(date, '0');

    /// <summary>The date as <c>یکشنبه ۹ اردیبهشت ۱۴۰۳</c>: weekday, day, month name and year in Persian.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns>The formatted date.</returns>
    public static string FormatLong(LocalDate date)
    {
        var solar = date.WithCalendar(Calendar);
        return string.Concat(
            PersianWeekdays[(int)solar.DayOfWeek], " ",
            PersianDigits.Format(solar.Day), " ",
            PersianMonths[solar.Month - 1], " ",
            PersianDigits.Format(solar.Year));
    }

    /// <summary>The date as <c>9 Ordibehesht 1403</c>, for English readers.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns>The formatted date.</returns>
    public static string FormatLatin(LocalDate date)
    {
        var solar = date.WithCalendar(Calendar);
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{solar.Day} {LatinMonths[solar.Month - 1]} {solar.Year}");
    }

    /// <summary>The Persian name of a month: <c>فروردین</c> for 1 … <c>اسفند</c> for 12.</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1–12.</exception>
    public static string MonthName(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return PersianMonths[month - 1];
    }

    /// <summary>The Persian name of a weekday, such as <c>یکشنبه</c> for Sunday.</summary>
    /// <param name="dayOfWeek">The weekday.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dayOfWeek"/> is <see cref="IsoDayOfWeek.None"/> or undefined.</exception>
    public static string WeekdayName(IsoDayOfWeek dayOfWeek)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan((int)dayOfWeek, 1, nameof(dayOfWeek));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((int)dayOfWeek, 7, nameof(dayOfWeek));
        return PersianWeekdays[(int)dayOfWeek];
    }

    /// <summary>
    /// Reads a Solar Hijri date: numeric (<c>1403/02/09</c>, <c>۱۴۰۳-۲-۹</c>, <c>١٤٠٣.٠٢.٠٩</c>) or long
    /// (<c>۹ اردیبهشت ۱۴۰۳</c>, <c>یکشنبه ۹ اردیبهشت ۱۴۰۳</c>, <c>9 Ordibehesht 1403</c>).
    /// </summary>
    /// <param name="text">The text; Persian, Arabic-Indic and Latin digits are accepted, and the separators <c>/ - .</c>.</param>
    /// <returns>
    /// A successful result holding the ISO-calendar date, or a failed one whose <see cref="SolarHijriFormatException"/>
    /// says what is wrong (such as "month 13 does not exist"). Never throws for bad input and never guesses a date.
    /// </returns>
    public static ParseResult<LocalDate> Parse(string text)
    {
        var outcome = SolarHijriDateParser.Parse(text);
        if (outcome.Error is null)
        {
            return ParseResult<LocalDate>.ForValue(outcome.Date);
        }

        var reason = outcome.Error;
        return ParseResult<LocalDate>.ForException(() => new SolarHijriFormatException(reason));
    }

    /// <summary>Reads a Solar Hijri date as <see cref="Parse"/> does, giving the reason for a failure in Persian and English.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The ISO-calendar date read, or <see langword="default"/>.</param>
    /// <param name="error">Why the text is not a date, or <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when the text is a date.</returns>
    public static bool TryParse(string? text, out LocalDate date, out LocalizedText? error)
    {
        var outcome = SolarHijriDateParser.Parse(text);
        date = outcome.Date;
        error = outcome.Error;
        return error is null;
    }

    /// <summary>Today's date in the city (Asia/Tehran) by the given clock.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The ISO-calendar date.</returns>
    public static LocalDate TodayInCity(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetCurrentInstant().InZone(TimeZone).Date;
    }

    /// <summary>An instant as the city's local date and time (Asia/Tehran).</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The zoned date and time, in the ISO calendar.</returns>
    public static ZonedDateTime InCity(Instant instant) => instant.InZone(TimeZone);

    /// <summary>The whole Solar Hijri years between a birth date and a date: a person's age on that date.</summary>
    /// <param name="birthDate">The birth date.</param>
    /// <param name="date">The date at which to measure.</param>
    /// <returns>The age in years; negative when <paramref name="date"/> is before the birth date.</returns>
    public static int AgeOn(LocalDate birthDate, LocalDate date)
    {
        var birth = birthDate.WithCalendar(Calendar);
        var on = date.WithCalendar(Calendar);
        var age = on.Year - birth.Year;

        // A birthday on 30 Esfand falls on 29 Esfand in common years, as NodaTime's Period does.
        var birthdayDay = Math.Min(birth.Day, Calendar.GetDaysInMonth(on.Year, birth.Month));
        if (age > 0 && (on.Month < birth.Month || (on.Month == birth.Month && on.Day < birthdayDay)))
        {
            age--;
        }
        else if (age < 0 && (on.Month > birth.Month || (on.Month == birth.Month && on.Day > birthdayDay)))
        {
            age++;
        }

        return age;
    }

    internal static (DatePart Part, LocalizedText Message)? CheckDate(int year, int month, int day)
    {
        if (year < Calendar.MinYear || year > Calendar.MaxYear)
        {
            return (DatePart.Year, new LocalizedText(
                $"سال {PersianDigits.Format(year)} خارج از بازهٔ پشتیبانی‌شده ({PersianDigits.Format(Calendar.MinYear)} تا {PersianDigits.Format(Calendar.MaxYear)}) است.",
                $"year {year} is outside the supported range {Calendar.MinYear}–{Calendar.MaxYear}"));
        }

        if (month is < 1 or > 12)
        {
            return (DatePart.Month, new LocalizedText(
                $"ماه {PersianDigits.Format(month)} وجود ندارد؛ ماه‌ها از ۱ (فروردین) تا ۱۲ (اسفند) هستند.",
                $"month {month} does not exist; months run from 1 (Farvardin) to 12 (Esfand)"));
        }

        var days = Calendar.GetDaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            return (DatePart.Day, new LocalizedText(
                $"روز {PersianDigits.Format(day)} وجود ندارد؛ {PersianMonths[month - 1]} {PersianDigits.Format(year)} {PersianDigits.Format(days)} روز دارد.",
                $"day {day} does not exist; {LatinMonths[month - 1]} {year} has {days} days"));
        }

        return null;
    }

    internal static string LatinWeekdayName(IsoDayOfWeek dayOfWeek) => dayOfWeek.ToString();

    internal static string FormatNumeric(LocalDate date, char zero)
    {
        var solar = date.WithCalendar(Calendar);
        var (year, month, day) = (solar.Year, solar.Month, solar.Day);
        return string.Create(10, (year, month, day, zero), static (span, s) =>
        {
            PersianDigits.Write(span, s.year, 4, s.zero);
            span[4] = '/';
            PersianDigits.Write(span[5..], s.month, 2, s.zero);
            span[7] = '/';
            PersianDigits.Write(span[8..], s.day, 2, s.zero);
        });
    }

    internal enum DatePart
    {
        Year,
        Month,
        Day,
    }
}
