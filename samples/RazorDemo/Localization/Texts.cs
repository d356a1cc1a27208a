using System.Globalization;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;

namespace RazorDemo.Localization;

/// <summary>
/// What a page needs to speak the reader's language: the text in Persian or English, numbers with Persian digits
/// for Persian readers, and Solar Hijri dates (with the Gregorian date beside them for English readers).
/// </summary>
public sealed class Texts
{
    public bool IsPersian => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == DemoCultures.Persian;

    public string Language => IsPersian ? DemoCultures.Persian : DemoCultures.English;

    public string Direction => IsPersian ? "rtl" : "ltr";

    public string T(string persian, string english) => IsPersian ? persian : english;

    public string T(LocalizedText text) => IsPersian ? text.Persian : text.English;

    /// <summary>A name that starts a label or a sentence: the library's English names are lower case («accepted»).</summary>
    public string Title(LocalizedText text) =>
        IsPersian || text.English.Length == 0 ? T(text) : char.ToUpperInvariant(text.English[0]) + text.English[1..];

    public string N(long value) =>
        IsPersian
            ? PersianDigits.ToPersian(value.ToString("N0", CultureInfo.InvariantCulture)).Replace(',', '٬')
            : value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// A count and its noun: «۱ طرح», "1 project", "3 projects" (a Persian noun stays singular after a number).
    /// </summary>
    public string Count(long value, string persian, string englishOne, string englishMany) =>
        IsPersian ? $"{N(value)} {persian}" : $"{N(value)} {(value == 1 ? englishOne : englishMany)}";

    /// <summary>
    /// The reader's half of a text a record keeps in both languages as «Persian / English»: the demo's budgeting round
    /// is titled so, and the library's <c>LocalizedText.ToString()</c> writes reasons so (a hidden idea's «reported by»);
    /// a text in one language is returned as it is.
    /// </summary>
    public string Half(string text)
    {
        var slash = text.IndexOf(" / ", StringComparison.Ordinal);
        return slash < 0 ? text : IsPersian ? text[..slash].Trim() : text[(slash + 3)..].Trim();
    }

    public string Percent(long part, long whole) =>
        whole == 0 ? N(0) + "٪" : IsPersian ? PersianDigits.ToPersian((100 * part / whole).ToString(CultureInfo.InvariantCulture)) + "٪" : $"{100 * part / whole}%";

    /// <summary>A date: «یکشنبه ۹ اردیبهشت ۱۴۰۳», or "9 Ordibehesht 1403 (28 April 2024)".</summary>
    public string Date(LocalDate date) =>
        IsPersian
            ? PersianDates.FormatLong(date)
            : $"{PersianDates.FormatLatin(date)} ({date.WithCalendar(CalendarSystem.Gregorian).ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})";

    /// <summary>A short date: «۱۴۰۳/۰۲/۰۹», or "1403/02/09 (2024-04-28)".</summary>
    public string ShortDate(LocalDate date) =>
        IsPersian
            ? PersianDates.Format(date)
            : $"{PersianDates.FormatNumericLatin(date)} ({date.WithCalendar(CalendarSystem.Iso).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})";

    /// <summary>An instant as the city's local date and time.</summary>
    public string DateTime(Instant instant)
    {
        var local = PersianDates.InCity(instant);
        var time = local.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture);
        return IsPersian ? $"{PersianDates.FormatLong(local.Date)}، ساعت {PersianDigits.ToPersian(time)}" : $"{Date(local.Date)}, {time}";
    }
}
