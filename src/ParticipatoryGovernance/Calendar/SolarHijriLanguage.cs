using System.Globalization;
using NodaTime;

namespace ParticipatoryGovernance.Calendar;

/// <summary>
/// How one language writes Solar Hijri dates: its month and weekday names, its digits, and the order of a long date.
/// The five languages of Iran's participatory cities are built in: Persian, English, Central Kurdish (Sorani),
/// South Azerbaijani in Arabic script and Arabic. Where every name comes from is recorded in docs/persian-dates.md.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="PersianDates.Parse"/> reads a date written in any of these languages (their month and weekday names, and
/// Persian, Arabic-Indic or Latin digits), so a form accepts what a reader of any of them types.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class SolarHijriLanguage
{
    // Indexed by IsoDayOfWeek - 1: Monday first.
    private readonly string[] _weekdays;
    private readonly string[] _months;
    private readonly Func<SolarHijriLanguage, string, int, string, int, string> _long;

    private SolarHijriLanguage(
        string tag,
        string nativeName,
        bool rightToLeft,
        char digitZero,
        string[] months,
        string[] weekdaysMondayFirst,
        Func<SolarHijriLanguage, string, int, string, int, string> longDate)
    {
        Tag = tag;
        NativeName = nativeName;
        IsRightToLeft = rightToLeft;
        DigitZero = digitZero;
        _months = months;
        _weekdays = weekdaysMondayFirst;
        _long = longDate;
    }

    /// <summary>Persian (<c>fa</c>): <c>یکشنبه ۹ اردیبهشت ۱۴۰۳</c>.</summary>
    public static SolarHijriLanguage Persian { get; } = new(
        "fa",
        "فارسی",
        rightToLeft: true,
        PersianDigits.PersianZero,
        [.. PersianDates.MonthNames],
        PersianWeekdays(),
        static (l, weekday, day, month, year) => $"{weekday} {l.FormatNumber(day)} {month} {l.FormatNumber(year)}");

    /// <summary>English (<c>en</c>): <c>Sunday, 9 Ordibehesht 1403</c>, the month names transliterated.</summary>
    public static SolarHijriLanguage English { get; } = new(
        "en",
        "English",
        rightToLeft: false,
        '0',
        [.. PersianDates.LatinMonthNames],
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        static (l, weekday, day, month, year) => $"{weekday}, {l.FormatNumber(day)} {month} {l.FormatNumber(year)}");

    /// <summary>
    /// Central Kurdish, Sorani (<c>ckb</c>), as written in Iran: the Kurdish month names (<c>خاکەلێوە</c> …
    /// <c>ڕەشەمە</c>) and Persian digits: <c>یەکشەممە، ۹ی گوڵانی ۱۴۰۳</c>.
    /// </summary>
    public static SolarHijriLanguage CentralKurdish { get; } = new(
        "ckb",
        "کوردیی ناوەندی",
        rightToLeft: true,
        PersianDigits.PersianZero,
        ["خاکەلێوە", "گوڵان", "جۆزەردان", "پووشپەڕ", "گەلاوێژ", "خەرمانان", "ڕەزبەر", "گەڵاڕێزان", "سەرماوەز", "بەفرانبار", "ڕێبەندان", "ڕەشەمە"],
        ["دووشەممە", "سێشەممە", "چوارشەممە", "پێنجشەممە", "ھەینی", "شەممە", "یەکشەممە"],
        static (l, weekday, day, month, year) => $"{weekday}، {l.FormatNumber(day)}ی {month}ی {l.FormatNumber(year)}");

    /// <summary>
    /// South Azerbaijani in Arabic script (<c>azb</c>), which follows Persian conventions for the calendar: the Persian
    /// month and weekday names and Persian digits: <c>یکشنبه ۹ اردیبهشت ۱۴۰۳</c>.
    /// </summary>
    public static SolarHijriLanguage SouthAzerbaijani { get; } = new(
        "azb",
        "آذربایجان تۆرکجه‌سی",
        rightToLeft: true,
        PersianDigits.PersianZero,
        [.. PersianDates.MonthNames],
        PersianWeekdays(),
        static (l, weekday, day, month, year) => $"{weekday} {l.FormatNumber(day)} {month} {l.FormatNumber(year)}");

    /// <summary>
    /// Arabic (<c>ar</c>), as written in Iran: the Persian month names in Arabic letters, Arabic weekday names and
    /// Arabic-Indic digits: <c>الأحد، ٩ أرديبهشت ١٤٠٣</c>.
    /// </summary>
    public static SolarHijriLanguage Arabic { get; } = new(
        "ar",
        "العربية",
        rightToLeft: true,
        PersianDigits.ArabicIndicZero,
        ["فروردين", "أرديبهشت", "خرداد", "تير", "مرداد", "شهريور", "مهر", "آبان", "آذر", "دي", "بهمن", "إسفند"],
        ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
        static (l, weekday, day, month, year) => $"{weekday}، {l.FormatNumber(day)} {month} {l.FormatNumber(year)}");

    // The Persian names PersianDates already keeps, Monday first; South Azerbaijani uses them too.
    private static string[] PersianWeekdays() =>
        [.. Enumerable.Range(1, 7).Select(d => PersianDates.WeekdayName((IsoDayOfWeek)d))];

    /// <summary>The built-in languages: Persian, English, Central Kurdish, South Azerbaijani, Arabic.</summary>
    public static IReadOnlyList<SolarHijriLanguage> All { get; } = [Persian, English, CentralKurdish, SouthAzerbaijani, Arabic];

    /// <summary>The language's tag: <c>fa</c>, <c>en</c>, <c>ckb</c>, <c>azb</c> or <c>ar</c>.</summary>
    public string Tag { get; }

    /// <summary>The language's name in itself, for a language switch: <c>فارسی</c>, <c>کوردیی ناوەندی</c>….</summary>
    public string NativeName { get; }

    /// <summary>Whether the language is written right to left (every built-in one but English).</summary>
    public bool IsRightToLeft { get; }

    /// <summary>The language's digit zero (the other digits follow it): Persian <c>۰</c>, Arabic-Indic <c>٠</c> or Latin <c>0</c>.</summary>
    public char DigitZero { get; }

    /// <summary>The twelve month names, Farvardin's first.</summary>
    public IReadOnlyList<string> MonthNames => _months;

    /// <summary>
    /// The built-in language of a tag, ignoring case and any region or script after it: <c>ckb-IR</c> is Central
    /// Kurdish, <c>az-Arab</c> and <c>azb-IR</c> South Azerbaijani, <c>ar-IR</c> Arabic, <c>fa-IR</c> Persian.
    /// </summary>
    /// <param name="tag">A BCP 47 language tag.</param>
    /// <returns>The language, or <see langword="null"/> when none is built in for it (Azerbaijani in Latin or Cyrillic letters included).</returns>
    public static SolarHijriLanguage? Find(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var parts = tag.Trim().Replace('_', '-').Split('-');
        var language = parts[0].ToLowerInvariant();
        if (language == "az")
        {
            return parts.Skip(1).Any(p => string.Equals(p, "Arab", StringComparison.OrdinalIgnoreCase)) ? SouthAzerbaijani : null;
        }

        return All.FirstOrDefault(l => l.Tag == language);
    }

    /// <summary>The name of a month in this language.</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1–12.</exception>
    public string MonthName(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return _months[month - 1];
    }

    /// <summary>The name of a weekday in this language.</summary>
    /// <param name="dayOfWeek">The weekday.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dayOfWeek"/> is <see cref="IsoDayOfWeek.None"/> or undefined.</exception>
    public string WeekdayName(IsoDayOfWeek dayOfWeek)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan((int)dayOfWeek, 1, nameof(dayOfWeek));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((int)dayOfWeek, 7, nameof(dayOfWeek));
        return _weekdays[(int)dayOfWeek - 1];
    }

    /// <summary>A whole number in this language's digits, with a leading minus sign when negative.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The number, such as <c>۱۴۰۳</c>, <c>١٤٠٣</c> or <c>1403</c>.</returns>
    public string FormatNumber(long value)
    {
        var latin = value.ToString(CultureInfo.InvariantCulture);
        return DigitZero == '0' ? latin : string.Create(latin.Length, (latin, DigitZero), static (span, s) =>
        {
            for (var i = 0; i < s.latin.Length; i++)
            {
                var c = s.latin[i];
                span[i] = c is >= '0' and <= '9' ? (char)(s.DigitZero + (c - '0')) : c;
            }
        });
    }

    /// <summary>The date as year/month/day, zero-padded, in this language's digits: <c>۱۴۰۳/۰۲/۰۹</c>, <c>١٤٠٣/٠٢/٠٩</c>, <c>1403/02/09</c>.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns>The formatted date.</returns>
    public string FormatNumeric(LocalDate date) => PersianDates.FormatNumeric(date, DigitZero);

    /// <summary>The date with its weekday, day, month name and year, in this language's order and digits.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns>The formatted date, such as <c>یەکشەممە، ۹ی گوڵانی ۱۴۰۳</c>.</returns>
    public string FormatLong(LocalDate date)
    {
        var solar = date.WithCalendar(PersianDates.Calendar);
        return _long(this, WeekdayName(solar.DayOfWeek), solar.Day, _months[solar.Month - 1], solar.Year);
    }

    /// <inheritdoc/>
    public override string ToString() => Tag;
}
