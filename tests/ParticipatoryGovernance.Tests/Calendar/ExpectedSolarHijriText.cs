using System.Globalization;
using System.Text;
using NodaTime;

namespace ParticipatoryGovernance.Tests.Calendar;

/// <summary>
/// The texts the formatting functions should produce, written out independently of the library: month and weekday
/// names typed here, digits converted here.
/// </summary>
internal static class ExpectedSolarHijriText
{
    public static readonly string[] PersianMonths =
    [
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
    ];

    public static readonly string[] LatinMonths =
    [
        "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
    ];

    /// <summary>The weekday as the library spells it (the CLDR spelling: «سه‌شنبه» with a ZWNJ, «پنجشنبه» without).</summary>
    public static string PersianWeekday(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Saturday => "شنبه",
        IsoDayOfWeek.Sunday => "یکشنبه",
        IsoDayOfWeek.Monday => "دوشنبه",
        IsoDayOfWeek.Tuesday => "سه\u200Cشنبه",
        IsoDayOfWeek.Wednesday => "چهارشنبه",
        IsoDayOfWeek.Thursday => "پنجشنبه",
        IsoDayOfWeek.Friday => "جمعه",
        _ => throw new ArgumentOutOfRangeException(nameof(day)),
    };

    /// <summary>Replaces Latin digits with the digits that start at <paramref name="zero"/> (U+06F0 Persian, U+0660 Arabic-Indic).</summary>
    public static string Digits(string latin, char zero)
    {
        var builder = new StringBuilder(latin.Length);
        foreach (var c in latin)
        {
            builder.Append(c is >= '0' and <= '9' ? (char)(zero + (c - '0')) : c);
        }

        return builder.ToString();
    }

    public static string Persian(string latin) => Digits(latin, '\u06F0');

    public static string NumericLatin(int year, int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:0000}/{month:00}/{day:00}");

    public static string Numeric(int year, int month, int day) => Persian(NumericLatin(year, month, day));

    public static string Latin(int year, int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day} {LatinMonths[month - 1]} {year}");

    public static string Long(IsoDayOfWeek weekday, int year, int month, int day) =>
        PersianWeekday(weekday) + " " + Persian(string.Create(CultureInfo.InvariantCulture, $"{day} ")) + PersianMonths[month - 1]
        + " " + Persian(year.ToString(CultureInfo.InvariantCulture));
}
