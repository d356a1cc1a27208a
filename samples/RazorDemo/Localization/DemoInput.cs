using System.Globalization;
using ParticipatoryGovernance.Calendar;

namespace RazorDemo.Localization;

/// <summary>Reads what a form sends into the types a command takes; anything unreadable is null, never an exception.</summary>
public static class DemoInput
{
    /// <summary>An amount typed in Persian or Latin digits, with or without separators; null if it is not a whole number that fits.</summary>
    public static long? Amount(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return null;
        }

        var digits = PersianDigits.ToLatin(text.Trim()).Replace(",", "", StringComparison.Ordinal).Replace("٬", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount) ? amount : null;
    }

    /// <summary>A whole number typed in Persian or Latin digits; null if it is not one that fits an <see cref="int"/>.</summary>
    public static int? Number(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= 32
        && int.TryParse(PersianDigits.ToLatin(text.Trim()), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>
    /// The page a list's <c>?page=</c> asks for, typed in Persian or Latin digits, among <paramref name="pageCount"/>
    /// pages: that page, or the first with the reason in <paramref name="problem"/> when there is no such page (no text
    /// asks for the first page, with no problem).
    /// </summary>
    public static int Page(string? text, int pageCount, Texts texts, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(texts);
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return 1;
        }

        if (text.Length <= 9
            && int.TryParse(PersianDigits.ToLatin(text.Trim()), NumberStyles.None, CultureInfo.InvariantCulture, out var page)
            && page >= 1 && page <= pageCount)
        {
            return page;
        }

        var shown = text.Length > 40 ? text[..40] + "…" : text;
        problem = texts.T(
            $"صفحهٔ «{shown}» وجود ندارد؛ صفحه‌ها از ۱ تا {texts.N(pageCount)} هستند. صفحهٔ نخست نشان داده شده است.",
            $"There is no page '{shown}'; pages run from 1 to {pageCount}. The first page is shown.");
        return 1;
    }
}
