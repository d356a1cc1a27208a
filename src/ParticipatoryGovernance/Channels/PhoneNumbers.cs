using System.Text;
using ParticipatoryGovernance.Calendar;

namespace ParticipatoryGovernance.Channels;

/// <summary>
/// Phone numbers as gateways and people write them, turned into E.164 (<c>+989121234567</c>): the one form the phone
/// directory keys on.
/// </summary>
/// <remarks>
/// Accepted for Iranian mobiles: <c>09121234567</c>, <c>9121234567</c>, <c>+989121234567</c>, <c>00989121234567</c> and
/// <c>989121234567</c> (as some gateways send it), in Latin, Persian (۰-۹) or Arabic-Indic (٠-٩) digits, with spaces,
/// dashes, dots or brackets between the digits. Any other number already in international form (<c>+</c> or <c>00</c>,
/// then 8 to 15 digits) is kept, so a city outside Iran can use the same directory. Anything else is not a number.
/// </remarks>
public static class PhoneNumbers
{
    /// <summary>The longest input looked at; a longer one is not a phone number.</summary>
    public const int MaxInputLength = 40;

    /// <summary>The number in E.164, or <see langword="null"/> when the input is not a phone number.</summary>
    /// <param name="input">The number as received or typed; may be null.</param>
    /// <returns>The E.164 form such as <c>+989121234567</c>, or null.</returns>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > MaxInputLength)
        {
            return null;
        }

        var digits = new StringBuilder(16);
        var plus = false;
        foreach (var c in input.Trim())
        {
            var value = PersianDigits.ValueOf(c);
            if (value >= 0)
            {
                digits.Append((char)('0' + value));
            }
            else if (c == '+' && digits.Length == 0 && !plus)
            {
                plus = true;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '\u00A0' or '\u200C' or '\u200E' or '\u200F'))
            {
                return null;
            }
        }

        var number = digits.ToString();
        if (!plus && number.StartsWith("00", StringComparison.Ordinal))
        {
            plus = true;
            number = number[2..];
        }

        if (plus)
        {
            return number.Length is >= 8 and <= 15 && number[0] != '0' && (!number.StartsWith("98", StringComparison.Ordinal) || IsIranianMobile(number[2..]))
                ? "+" + number
                : null;
        }

        // Without an international prefix only Iranian mobiles are recognised: 09…, 9… and 989… as gateways send it.
        if (number.Length == 11 && number[0] == '0' && IsIranianMobile(number[1..]))
        {
            return "+98" + number[1..];
        }

        if (number.Length == 10 && IsIranianMobile(number))
        {
            return "+98" + number;
        }

        return number.Length == 12 && number.StartsWith("98", StringComparison.Ordinal) && IsIranianMobile(number[2..]) ? "+" + number : null;
    }

    /// <summary>The number masked for logs and screens: <c>+98912***4567</c>.</summary>
    /// <param name="e164">A number in E.164.</param>
    /// <returns>The masked number.</returns>
    public static string Mask(string e164)
    {
        ArgumentNullException.ThrowIfNull(e164);
        return e164.Length <= 8 ? new string('*', e164.Length) : string.Concat(e164.AsSpan(0, e164.Length - 7), "***", e164.AsSpan(e164.Length - 4));
    }

    private static bool IsIranianMobile(string national) => national.Length == 10 && national[0] == '9';
}
