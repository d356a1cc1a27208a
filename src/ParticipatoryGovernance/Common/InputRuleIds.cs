namespace ParticipatoryGovernance.Common;

/// <summary>
/// The identifiers of the rules that refuse what a person typed or posted before any domain rule looks at it
/// (see <see cref="UserText"/> and <see cref="Rials.Create"/>).
/// </summary>
public static class InputRuleIds
{
    /// <summary><c>input.required</c>: the field is required and was left empty or only white space.</summary>
    public const string Required = "input.required";

    /// <summary><c>input.too-long</c>: the text, once trimmed, is longer than the field holds.</summary>
    public const string TooLong = "input.too-long";

    /// <summary>
    /// <c>input.invisible-only</c>: the text is made only of characters nobody sees (zero-width spaces and joiners,
    /// direction marks, byte-order marks, other format characters, white space).
    /// </summary>
    public const string InvisibleOnly = "input.invisible-only";

    /// <summary>
    /// <c>input.bidi-control</c>: the text holds a bidirectional embedding, override or isolate control (U+202A–U+202E,
    /// U+2066–U+2069), which can make what staff read differ from what was stored.
    /// </summary>
    public const string BidiControl = "input.bidi-control";

    /// <summary>
    /// <c>input.control-character</c>: the text holds a control character (C0 or C1); multi-line text may hold line
    /// breaks and tabs.
    /// </summary>
    public const string ControlCharacter = "input.control-character";

    /// <summary><c>input.amount-out-of-range</c>: an amount of money is negative or above <see cref="Rials.MaxEnteredAmount"/>.</summary>
    public const string AmountOutOfRange = "input.amount-out-of-range";

    /// <summary><c>input.not-a-number</c>: the text should be a whole number (Persian or Latin digits) and is not.</summary>
    public const string NotANumber = "input.not-a-number";

    /// <summary><c>input.number-out-of-range</c>: a number is outside the range the field accepts.</summary>
    public const string NumberOutOfRange = "input.number-out-of-range";
}
