using System.Globalization;
using ParticipatoryGovernance.Calendar;

namespace ParticipatoryGovernance.Common;

/// <summary>
/// Checks text a person typed before the model stores it: refusals are <see cref="RuleViolation"/>s (rule identifiers in
/// <see cref="InputRuleIds"/>), never exceptions, so a host never has to pre-check.
/// </summary>
/// <remarks>
/// <para>
/// The text is trimmed of white space first. It is refused when it is empty (and required); when it holds a
/// bidirectional embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069) anywhere, since those can reorder
/// what staff read; when it holds a C0 or C1 control character (line feed, carriage return and tab are allowed in
/// multi-line text); when it is made only of invisible characters (white space, zero-width space and joiners, word joiner,
/// byte-order mark, left-to-right, right-to-left and Arabic letter marks, other Unicode format characters, Hangul and
/// braille blanks); or when it is longer than the field holds, counted in UTF-16 code units as the database columns count.
/// </para>
/// <para>
/// A zero-width non-joiner (U+200C) inside Persian words, as in «می‌خواهم», is normal writing and is accepted. Text that
/// looks like a spreadsheet formula (<c>=HYPERLINK(...)</c>) is plain text to the model and is kept unchanged; escaping
/// it is the job of whatever exports it to a spreadsheet. Stateless and thread-safe.
/// </para>
/// </remarks>
public static class UserText
{
    /// <summary>Checks a text a person typed.</summary>
    /// <param name="value">The text as posted; may be null.</param>
    /// <param name="maxLength">The most UTF-16 code units the field holds once trimmed; at least 1.</param>
    /// <param name="fieldName">The field's name in Persian and English, for the message.</param>
    /// <param name="required">Whether an empty text is refused; when <see langword="false"/>, null, empty and white space pass.</param>
    /// <param name="multiline">
    /// Whether line feeds, carriage returns and tabs are allowed; <see langword="true"/> by default, as most fields people
    /// type into are text areas. Pass <see langword="false"/> for one-line fields such as titles and names.
    /// </param>
    /// <returns><see langword="null"/> when the text is acceptable; otherwise the first rule it breaks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fieldName"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is less than 1.</exception>
    public static RuleViolation? Check(string? value, int maxLength, LocalizedText fieldName, bool required = true, bool multiline = true)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return required
                ? RuleViolation.Of(
                    InputRuleIds.Required,
                    $"«{fieldName.Persian}» را بنویسید؛ خالی نمی‌تواند باشد.",
                    $"{Sentence(fieldName.English)} is required; it cannot be empty.")
                : null;
        }

        var visible = false;
        foreach (var c in text)
        {
            if (IsBidiControl(c))
            {
                return RuleViolation.Of(
                    InputRuleIds.BidiControl,
                    $"«{fieldName.Persian}» نویسهٔ کنترل جهت متن (مانند U+202E) دارد که ترتیب نمایش متن را به هم می‌زند؛ آن را بردارید.",
                    $"{Sentence(fieldName.English)} holds a text-direction control character (such as U+202E) that can reorder what readers see; remove it.");
            }

            if (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
            {
                return RuleViolation.Of(
                    InputRuleIds.ControlCharacter,
                    $"«{fieldName.Persian}» نویسهٔ کنترلی (U+{(int)c:X4}) دارد؛ فقط متن بنویسید.",
                    $"{Sentence(fieldName.English)} holds a control character (U+{(int)c:X4}); write plain text only.");
            }

            visible |= !IsInvisible(c);
        }

        if (!visible)
        {
            return RuleViolation.Of(
                InputRuleIds.InvisibleOnly,
                $"«{fieldName.Persian}» فقط نویسه‌های نادیدنی (مانند فاصلهٔ صفرعرض) دارد؛ متنی بنویسید که دیده شود.",
                $"{Sentence(fieldName.English)} holds only invisible characters (such as zero-width spaces); write text that can be read.");
        }

        return text.Length > maxLength
            ? RuleViolation.Of(
                InputRuleIds.TooLong,
                $"«{fieldName.Persian}» حداکثر {PersianDigits.Format(maxLength)} نویسه است؛ این متن {PersianDigits.Format(text.Length)} نویسه دارد.",
                $"{Sentence(fieldName.English)} holds at most {maxLength.ToString(CultureInfo.InvariantCulture)} characters; this text has {text.Length.ToString(CultureInfo.InvariantCulture)}.")
            : null;
    }

    /// <summary>The text as the model stores it once <see cref="Check"/> accepted it: trimmed of white space.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The trimmed text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Clean(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim();
    }

    /// <summary>The optional text as the model stores it: trimmed, or <see langword="null"/> when empty or white space.</summary>
    /// <param name="value">The text, or null.</param>
    /// <returns>The trimmed text, or <see langword="null"/>.</returns>
    public static string? CleanOptional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Whether a character is a bidirectional embedding, override or isolate control.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for U+202A–U+202E and U+2066–U+2069.</returns>
    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Whether a character shows nothing on its own: white space, a format character (category Cf) or a blank filler.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for characters such as U+200B, U+200C, U+200D, U+2060, U+FEFF, U+200E, U+200F and U+061C.</returns>
    public static bool IsInvisible(char c) =>
        char.IsWhiteSpace(c)
        || char.GetUnicodeCategory(c) == UnicodeCategory.Format
        || c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800' or '\u034F';

    // An English field name such as "idea's title" starts a sentence in the messages above.
    private static string Sentence(string name) =>
        name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name[1..] : name;
}
