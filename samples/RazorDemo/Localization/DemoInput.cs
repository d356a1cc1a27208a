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
}
