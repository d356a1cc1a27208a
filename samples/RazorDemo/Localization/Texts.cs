using System.Globalization;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;

namespace RazorDemo.Localization;

/// <summary>
/// What a page needs to speak the reader's language: the text in the reader's language (Persian and English written in
/// the page, the other languages from their resource, <see cref="TextCatalog"/>), numbers in the language's digits, and
/// Solar Hijri dates in its month names (with the Gregorian date beside them for English readers).
/// </summary>
public sealed class Texts
{
    /// <summary>The reader's language: one of <see cref="DemoCultures.Codes"/>.</summary>
    public string Language => DemoCultures.IsSupported(CultureInfo.CurrentUICulture.Name) ? CultureInfo.CurrentUICulture.Name : DemoCultures.Persian;

    public bool IsPersian => Language == DemoCultures.Persian;

    public bool IsEnglish => Language == DemoCultures.English;

    /// <summary>The language's calendar words and digits.</summary>
    public SolarHijriLanguage Calendar => DemoCultures.Calendar(Language);

    public string Direction => Calendar.IsRightToLeft ? "rtl" : "ltr";

    public bool IsRightToLeft => Calendar.IsRightToLeft;

    /// <summary>
    /// The text in the reader's language: <paramref name="persian"/> or <paramref name="english"/> as written, or the
    /// English text's template in the language's resource with the values put back (Persian when the resource lacks it;
    /// the miss is recorded for the tests).
    /// </summary>
    public string T(string persian, DemoText english) => Language switch
    {
        DemoCultures.Persian => persian,
        DemoCultures.English => english.English,
        _ => TextCatalog.Find(Language, english.Key, record: HasWords(english.Key)) is { } template
            ? english.Format(template, Calendar)
            : HasWords(english.Key) ? persian : english.Format(english.Key, Calendar),
    };

    // A text of values and signs only («{0} → {1}») reads the same in every language, in the reader's digits.
    private static bool HasWords(string key) => key.Replace("{", "", StringComparison.Ordinal).Any(char.IsLetter);

    /// <summary>A text the library or a record keeps: the reader's language when it carries it, else the site's resource for its English form, else Persian.</summary>
    public string T(LocalizedText text)
    {
        if (IsPersian)
        {
            return text.Persian;
        }

        if (IsEnglish)
        {
            return text.English;
        }

        // A record's own text in the reader's language, else the site's words for it, else the record's Persian (its
        // digits turned into the reader's: a neighbourhood «محله ۳» reads «محله ٣» among Arabic digits).
        return TextCatalog.Find(Language, text.English.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal), record: false) is { } template
            ? string.Format(CultureInfo.InvariantCulture, template)
            : Digits(PersianDigits.ToLatin(text.Persian));
    }

    /// <summary>A name that starts a label or a sentence: the library's English names are lower case («accepted»).</summary>
    public string Title(LocalizedText text) =>
        !IsEnglish || text.English.Length == 0 ? T(text) : char.ToUpperInvariant(text.English[0]) + text.English[1..];

    /// <summary>A whole number in the reader's digits, grouped by thousands.</summary>
    public string N(long value)
    {
        var grouped = value.ToString("N0", CultureInfo.InvariantCulture);
        return IsEnglish ? grouped : Digits(grouped).Replace(',', '٬');
    }

    /// <summary>Latin digits in a text turned into the reader's digits (Persian, Arabic-Indic or Latin).</summary>
    public string Digits(string text)
    {
        var zero = Calendar.DigitZero;
        return zero == '0' ? text : string.Create(text.Length, (text, zero), static (span, s) =>
        {
            for (var i = 0; i < s.text.Length; i++)
            {
                var c = s.text[i];
                span[i] = c is >= '0' and <= '9' ? (char)(s.zero + (c - '0')) : c;
            }
        });
    }

    /// <summary>
    /// A count and its noun: «۱ طرح», "1 project", "3 projects" (a Persian noun stays singular after a number; the other
    /// languages' resources give the noun as it follows a number).
    /// </summary>
    public string Count(long value, string persian, string englishOne, string englishMany) => Language switch
    {
        DemoCultures.Persian => $"{N(value)} {persian}",
        DemoCultures.English => $"{N(value)} {(value == 1 ? englishOne : englishMany)}",
        // An empty Persian noun: the sentence around the count names it (its template does, in each language).
        _ => persian.Length == 0 ? N(value) : $"{N(value)} {T(persian, englishMany)}",
    };

    /// <summary>
    /// A noun after a count, inside a sentence that writes the count itself: "report" or "reports" in English, the
    /// Persian noun, or the other languages' word for <paramref name="englishMany"/> from their resource.
    /// </summary>
    public string Noun(long value, string persian, string englishOne, string englishMany) => Language switch
    {
        DemoCultures.Persian => persian,
        DemoCultures.English => value == 1 ? englishOne : englishMany,
        _ => T(persian, englishMany),
    };

    /// <summary>
    /// The reader's half of a text a record keeps in both languages as «Persian / English»: the demo's budgeting round
    /// is titled so, and the library's <c>LocalizedText.ToString()</c> writes reasons so (a hidden idea's «reported by»);
    /// a text in one language is returned as it is. Other languages read the Persian half.
    /// </summary>
    public string Half(string text)
    {
        var slash = text.IndexOf(" / ", StringComparison.Ordinal);
        var half = slash < 0 ? text : !IsEnglish ? text[..slash].Trim() : text[(slash + 3)..].Trim();
        return IsPersian || IsEnglish ? half : Digits(PersianDigits.ToLatin(half));
    }

    public string Percent(long part, long whole)
    {
        var percent = whole == 0 ? 0 : 100 * part / whole;
        return IsEnglish ? $"{percent}%" : Digits(percent.ToString(CultureInfo.InvariantCulture)) + "٪";
    }

    /// <summary>A date: «یکشنبه ۹ اردیبهشت ۱۴۰۳», or "9 Ordibehesht 1403 (28 April 2024)".</summary>
    public string Date(LocalDate date) =>
        IsEnglish
            ? $"{PersianDates.FormatLatin(date)} ({date.WithCalendar(CalendarSystem.Gregorian).ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})"
            : IsPersian ? PersianDates.FormatLong(date) : Calendar.FormatLong(date);

    /// <summary>A short date: «۱۴۰۳/۰۲/۰۹», or "1403/02/09 (2024-04-28)".</summary>
    public string ShortDate(LocalDate date) =>
        IsEnglish
            ? $"{PersianDates.FormatNumericLatin(date)} ({date.WithCalendar(CalendarSystem.Iso).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})"
            : Calendar.FormatNumeric(date);

    /// <summary>A date as a person types it in a form: «۱۴۰۳/۰۲/۰۹» in the reader's digits, "1403/02/09" in English.</summary>
    public string InputDate(LocalDate date) => IsEnglish ? PersianDates.FormatNumericLatin(date) : Calendar.FormatNumeric(date);

    /// <summary>The month and year: «اردیبهشت ۱۴۰۳», "Ordibehesht 1403".</summary>
    public string MonthYear(int year, int month) => IsEnglish
        ? $"{SolarHijriLanguage.English.MonthName(month)} {year.ToString(CultureInfo.InvariantCulture)}"
        : $"{Calendar.MonthName(month)} {Calendar.FormatNumber(year)}";

    /// <summary>An instant as the city's local date and time.</summary>
    public string DateTime(Instant instant)
    {
        var local = PersianDates.InCity(instant);
        var time = local.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture);
        return Language switch
        {
            DemoCultures.Persian => $"{PersianDates.FormatLong(local.Date)}، ساعت {PersianDigits.ToPersian(time)}",
            DemoCultures.English => $"{Date(local.Date)}, {time}",
            _ => $"{Date(local.Date)}، {T($"ساعت {time}", $"at {time}")}".Replace(time, Digits(time), StringComparison.Ordinal),
        };
    }
}
