using NodaTime;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Calendar;

/// <summary>
/// Reads Solar Hijri dates typed or pasted by people: numeric with any of three digit scripts, or long with a month
/// name and an optional weekday. Written by hand because neither NodaTime nor the BCL reads Persian digits or the
/// official calendar's month names; see docs/decisions/0002-hand-written-date-parser.md.
/// </summary>
internal static class SolarHijriDateParser
{
    private static readonly string[] PersianMonthKeys = PersianDates.MonthNames.Select(Normalize).ToArray();

    // Every built-in language's month names (normalised), and CLDR 46's Arabic transliterations, which a reader may
    // meet in software built on CLDR (see docs/persian-dates.md).
    private static readonly Dictionary<string, int> LanguageMonths = BuildLanguageMonths();

    // Every built-in language's weekday names, normalised and without spaces.
    private static readonly Dictionary<string, IsoDayOfWeek> LanguageWeekdays = BuildLanguageWeekdays();

    // Spellings people use besides the official month names.
    private static readonly Dictionary<string, int> MonthAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["امرداد"] = 5,
        ["Khordaad"] = 3,
        ["Amordad"] = 5,
        ["Murdad"] = 5,
        ["Shahriver"] = 6,
        ["Adhar"] = 9,
        ["Dei"] = 10,

        // Sorani spellings Persian Wikipedia's article on the Solar Hijri months gives beside CLDR's (docs/persian-dates.md).
        ["بانەمەڕ"] = 2,
        ["گەڵاوێژ"] = 5,
        ["خەزەڵوەر"] = 8,
        ["ڕەشەمێ"] = 12,
    };

    internal readonly record struct Outcome(LocalDate Date, LocalizedText? Error);

    public static Outcome Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail("تاریخی وارد نشده است؛ تاریخ را مانند ۱۴۰۳/۰۲/۰۹ بنویسید.", "no date was given; write it like 1403/02/09");
        }

        var span = text.AsSpan();
        return ContainsLetter(span) ? ParseLong(text) : ParseNumeric(span, text);
    }

    private static Outcome ParseNumeric(ReadOnlySpan<char> text, string original)
    {
        Span<int> values = stackalloc int[3];
        Span<int> widths = stackalloc int[3];
        var part = 0;
        var separator = '\0';
        var inDigits = false;
        var spaceAfterDigits = false;
        foreach (var c in text)
        {
            if (IsDirectionMark(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                spaceAfterDigits = inDigits;
                continue;
            }

            var digit = PersianDigits.ValueOf(c);
            if (digit >= 0)
            {
                // "14 03/02/09" is not 1403/02/09: a space may stand beside a separator, not inside a number.
                if (spaceAfterDigits || widths[part] >= 6)
                {
                    return NotADate(original);
                }

                values[part] = (values[part] * 10) + digit;
                widths[part]++;
                inDigits = true;
                continue;
            }

            if (c is '/' or '-' or '.' or '\u066B' or '\u2215' && inDigits)
            {
                var normalized = c is '\u066B' ? '.' : c is '\u2215' ? '/' : c;
                if (separator != '\0' && normalized != separator)
                {
                    return Fail(
                        "در تاریخ فقط یک نوع جداکننده به کار ببرید، مانند ۱۴۰۳/۰۲/۰۹.",
                        $"'{original.Trim()}' mixes separators; use one of / - . throughout, like 1403/02/09");
                }

                separator = normalized;
                part++;
                inDigits = false;
                spaceAfterDigits = false;
                if (part > 2)
                {
                    return NotADate(original);
                }

                continue;
            }

            return NotADate(original);
        }

        if (part != 2 || !inDigits)
        {
            return NotADate(original);
        }

        if (widths[0] <= 2 && widths[2] == 4)
        {
            return Fail(
                "سال را اول بنویسید: سال/ماه/روز، مانند ۱۴۰۳/۰۲/۰۹.",
                $"write the year first, as year/month/day: {values[2]}/{values[1]:00}/{values[0]:00}");
        }

        if (widths[0] != 4 || YearHasLeadingZero(text))
        {
            return Fail(
                "سال را کامل و چهاررقمی بنویسید، مانند ۱۴۰۳.",
                "write the year in full with four digits, such as 1403");
        }

        if (widths[1] > 2 || widths[2] > 2)
        {
            return NotADate(original);
        }

        return Build(values[0], values[1], values[2], weekday: null);
    }

    private static Outcome ParseLong(string text)
    {
        // Tokens: [weekday words…] day month year. Weekdays such as «سه شنبه» may arrive as two words.
        var tokens = Normalize(text).Replace('،', ' ').Replace(',', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 3)
        {
            return NotADate(text);
        }

        var yearToken = tokens[^1];
        var monthToken = tokens[^2];
        var dayToken = tokens[^3];
        // Central Kurdish joins the day and the month to what follows with an izafe «ی»: «۹ی گوڵانی ۱۴۰۳».
        var kurdish = KurdishMonths.Contains(monthToken) || KurdishMonths.Contains(WithoutIzafe(monthToken));
        if (!TryReadNumber(yearToken, out var year) || !(TryReadNumber(dayToken, out var day) || (kurdish && TryReadNumber(WithoutIzafe(dayToken), out day))))
        {
            return NotADate(text);
        }

        if (yearToken.Length != 4 || PersianDigits.ValueOf(yearToken[0]) == 0)
        {
            return Fail("سال را کامل و چهاررقمی بنویسید، مانند ۱۴۰۳.", "write the year in full with four digits, such as 1403");
        }

        var month = MonthNumber(monthToken);
        if (month == 0 && kurdish)
        {
            month = MonthNumber(WithoutIzafe(monthToken));
        }

        if (month == 0)
        {
            return Fail(
                $"«{monthToken}» نام ماه نیست؛ ماه‌ها: {string.Join("، ", PersianDates.MonthNames)}.",
                $"'{monthToken}' is not a month name; the months are {string.Join(", ", PersianDates.LatinMonthNames)}");
        }

        IsoDayOfWeek? weekday = null;
        if (tokens.Length > 3)
        {
            var weekdayText = string.Concat(tokens[..^3]);
            weekday = WeekdayNumber(weekdayText);
            if (weekday is null)
            {
                return Fail(
                    $"«{string.Join(' ', tokens[..^3])}» نام روز هفته نیست.",
                    $"'{string.Join(' ', tokens[..^3])}' is not the name of a weekday");
            }
        }

        return Build(year, month, day, weekday);
    }

    private static Outcome Build(int year, int month, int day, IsoDayOfWeek? weekday)
    {
        var problem = PersianDates.CheckDate(year, month, day);
        if (problem is not null)
        {
            return new Outcome(default, problem.Value.Message);
        }

        var date = new LocalDate(year, month, day, PersianDates.Calendar);
        if (weekday is not null && date.DayOfWeek != weekday)
        {
            return Fail(
                $"{PersianDigits.Format(day)} {PersianDates.MonthName(month)} {PersianDigits.Format(year)} {PersianDates.WeekdayName(date.DayOfWeek)} است، نه {PersianDates.WeekdayName(weekday.Value)}.",
                $"{day} {PersianDates.LatinMonthNames[month - 1]} {year} is a {date.DayOfWeek}, not a {weekday}");
        }

        return new Outcome(date.WithCalendar(CalendarSystem.Iso), null);
    }

    private static int MonthNumber(string token)
    {
        var index = Array.IndexOf(PersianMonthKeys, token);
        if (index >= 0)
        {
            return index + 1;
        }

        for (var i = 0; i < PersianDates.LatinMonthNames.Count; i++)
        {
            if (string.Equals(PersianDates.LatinMonthNames[i], token, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return MonthAliases.TryGetValue(token, out var month) || LanguageMonths.TryGetValue(token, out month) ? month : 0;
    }

    private static readonly HashSet<string> KurdishMonths = [.. SolarHijriLanguage.CentralKurdish.MonthNames.Select(Normalize), "بانەمەڕ", "گەڵاوێژ", "خەزەڵوەر", "ڕەشەمێ"];

    private static string WithoutIzafe(string token) => token.Length > 1 && token[^1] == '\u06CC' ? token[..^1] : token;

    private static Dictionary<string, int> BuildLanguageMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in SolarHijriLanguage.All)
        {
            for (var m = 1; m <= 12; m++)
            {
                months.TryAdd(Normalize(language.MonthName(m)), m);
            }
        }

        string[] cldrArabic = ["فرفردن", "أذربيهشت", "خرداد", "تار", "مرداد", "شهرفار", "مهر", "آيان", "آذر", "دي", "بهمن", "اسفندار"];
        for (var m = 1; m <= 12; m++)
        {
            months.TryAdd(Normalize(cldrArabic[m - 1]), m);
        }

        return months;
    }

    private static Dictionary<string, IsoDayOfWeek> BuildLanguageWeekdays()
    {
        var weekdays = new Dictionary<string, IsoDayOfWeek>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in SolarHijriLanguage.All)
        {
            for (var d = IsoDayOfWeek.Monday; d <= IsoDayOfWeek.Sunday; d++)
            {
                weekdays.TryAdd(Normalize(language.WeekdayName(d)).Replace(" ", string.Empty, StringComparison.Ordinal), d);
            }
        }

        return weekdays;
    }

    private static IsoDayOfWeek? WeekdayNumber(string text)
    {
        if (LanguageWeekdays.TryGetValue(text, out var named))
        {
            return named;
        }

        for (var d = IsoDayOfWeek.Monday; d <= IsoDayOfWeek.Sunday; d++)
        {
            if (Normalize(PersianDates.WeekdayName(d)).Replace(" ", string.Empty, StringComparison.Ordinal) == text
                || string.Equals(PersianDates.LatinWeekdayName(d), text, StringComparison.OrdinalIgnoreCase))
            {
                return d;
            }
        }

        return null;
    }

    private static bool YearHasLeadingZero(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsDirectionMark(c) && !char.IsWhiteSpace(c))
            {
                return PersianDigits.ValueOf(c) == 0;
            }
        }

        return false;
    }

    private static bool TryReadNumber(string token, out int value)
    {
        value = 0;
        if (token.Length is 0 or > 6)
        {
            return false;
        }

        foreach (var c in token)
        {
            var digit = PersianDigits.ValueOf(c);
            if (digit < 0)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    // Folds the Arabic forms of yeh and kaf into the Persian ones, drops zero-width non-joiners and direction marks,
    // so «پنج‌شنبه», «پنجشنبه» and «پنجشنبه» with an Arabic yeh all read the same.
    private static string Normalize(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\u200C' || IsDirectionMark(c))
            {
                continue;
            }

            builder.Append(c switch
            {
                '\u064A' or '\u0649' => '\u06CC',
                '\u0643' => '\u06A9',
                '\u0623' or '\u0625' => '\u0627', // alef with hamza above or below: «أرديبهشت» reads as «اردیبهشت»
                _ => c,
            });
        }

        return builder.ToString().Trim();
    }

    private static bool IsDirectionMark(char c) =>
        c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF';

    private static bool ContainsLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static Outcome NotADate(string text) => Fail(
        $"«{text.Trim()}» تاریخ نیست؛ آن را مانند ۱۴۰۳/۰۲/۰۹ یا ۹ اردیبهشت ۱۴۰۳ بنویسید.",
        $"'{text.Trim()}' is not a date; write it like 1403/02/09 or 9 Ordibehesht 1403");

    private static Outcome Fail(string persian, string english) => new(default, new LocalizedText(persian, english));
}
