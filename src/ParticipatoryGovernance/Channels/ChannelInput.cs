using ParticipatoryGovernance.Calendar;

namespace ParticipatoryGovernance.Channels;

/// <summary>What a resident typed on a phone: numbers in Latin, Persian (۰-۹) or Arabic-Indic (٠-٩) digits.</summary>
public static class ChannelInput
{
    /// <summary>The longest input a phone channel reads; longer input is refused with a screen.</summary>
    public const int MaxLength = 160;

    /// <summary>The largest number a menu choice or an idea's number may be.</summary>
    public const int MaxNumber = 9_999_999;

    /// <summary>Reads a whole number of at most seven digits, in any of the three scripts, with spaces around it.</summary>
    /// <param name="text">The input; may be null.</param>
    /// <param name="value">The number read, or 0.</param>
    /// <returns>Whether the input was exactly one such number.</returns>
    public static bool TryNumber(string? text, out int value)
    {
        value = 0;
        if (text is null || text.Length > MaxLength)
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Length is 0 or > 7)
        {
            return false;
        }

        var result = 0;
        foreach (var c in trimmed)
        {
            var digit = PersianDigits.ValueOf(c);
            if (digit < 0)
            {
                return false;
            }

            result = (result * 10) + digit;
        }

        value = result;
        return true;
    }

    /// <summary>
    /// Splits an input into words on spaces, commas (Latin and Persian), plus signs and stars, digits made Latin.
    /// </summary>
    /// <param name="text">The input; may be null.</param>
    /// <returns>The words; empty for null or blank input.</returns>
    public static IReadOnlyList<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : PersianDigits.ToLatin(text).Split([' ', '\t', '\r', '\n', ',', '،', '+', '*', '\u00A0', '\u200C'], StringSplitOptions.RemoveEmptyEntries);
}
