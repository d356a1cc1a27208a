namespace ParticipatoryGovernance.Calendar;

/// <summary>
/// Conversion between Latin digits (0–9), Persian digits (۰–۹) and Arabic-Indic digits (٠–٩).
/// </summary>
/// <remarks>
/// NodaTime and the BCL format numbers with Latin digits only; Persian readers expect Persian digits.
/// All members are pure and thread-safe.
/// </remarks>
public static class PersianDigits
{
    /// <summary>The Persian digit zero, U+06F0; the other Persian digits follow it in order.</summary>
    public const char PersianZero = '\u06F0';

    /// <summary>The Arabic-Indic digit zero, U+0660; the other Arabic-Indic digits follow it in order.</summary>
    public const char ArabicIndicZero = '\u0660';

    /// <summary>Replaces every Latin and Arabic-Indic digit in the text with the Persian digit of the same value.</summary>
    /// <param name="text">The text; other characters are kept as they are.</param>
    /// <returns>The text with Persian digits; the same instance when it has no digit to replace.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string ToPersian(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Replace(text, PersianZero);
    }

    /// <summary>Replaces every Persian and Arabic-Indic digit in the text with the Latin digit of the same value.</summary>
    /// <param name="text">The text; other characters are kept as they are.</param>
    /// <returns>The text with Latin digits; the same instance when it has no digit to replace.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Replace(text, '0');
    }

    /// <summary>Formats a whole number with Persian digits and, for negative numbers, a leading minus sign.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The number in Persian digits, such as <c>۱۴۰۳</c>.</returns>
    public static string Format(long value) => ToPersian(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The value of a digit in any of the three scripts, or -1 when the character is not a digit.</summary>
    /// <param name="c">The character.</param>
    /// <returns>0–9, or -1.</returns>
    public static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= PersianZero and <= '\u06F9' => c - PersianZero,
        >= ArabicIndicZero and <= '\u0669' => c - ArabicIndicZero,
        _ => -1,
    };

    /// <summary>Writes a number of at most <paramref name="width"/> digits, zero-padded, in the script that starts at <paramref name="zero"/>.</summary>
    internal static void Write(Span<char> destination, int value, int width, char zero)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            destination[i] = (char)(zero + (value % 10));
            value /= 10;
        }
    }

    private static string Replace(string text, char zero)
    {
        var index = IndexOfForeignDigit(text, zero);
        if (index < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, zero, index), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.index; i < span.Length; i++)
            {
                var value = ValueOf(span[i]);
                if (value >= 0)
                {
                    span[i] = (char)(state.zero + value);
                }
            }
        });
    }

    private static int IndexOfForeignDigit(string text, char zero)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (ValueOf(c) >= 0 && (c < zero || c > zero + 9))
            {
                return i;
            }
        }

        return -1;
    }
}
