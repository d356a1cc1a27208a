using System.Globalization;
using ParticipatoryGovernance.Calendar;

namespace ParticipatoryGovernance.Common;

/// <summary>
/// An amount of money in Iranian rials (ریال), the official unit, as an exact whole number: an idea's estimated cost,
/// a budget line. Never negative.
/// </summary>
/// <remarks>
/// <para>
/// A <see cref="long"/> holds every amount a municipality handles exactly (up to about 9.2 × 10¹⁸ rials); the rial has
/// no subunit in use, so there are no fractions to round (see <c>docs/decisions/0006-money-in-whole-rials.md</c>).
/// People often quote prices in tomans (تومان, ten rials): <see cref="FromTomans"/> converts.
/// </para>
/// <para>
/// Also comparable through the non-generic <see cref="IComparable"/>, which in-memory specification evaluation uses to
/// order by a property such as an idea's estimated cost.
/// </para>
/// <para>An immutable value; thread-safe. <see langword="default"/> is zero rials.</para>
/// </remarks>
public readonly record struct Rials : IComparable<Rials>, IComparable
{
    // U+066C ARABIC THOUSANDS SEPARATOR, the separator Persian typography uses between groups of digits.
    private const char PersianThousandsSeparator = '\u066C';

    /// <summary>Creates an amount.</summary>
    /// <param name="amount">The amount in rials; zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public Rials(long amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        Amount = amount;
    }

    /// <summary>
    /// The largest amount a person may enter: 10¹⁵ rials (a thousand trillion), far above any city's budget. Amounts
    /// people type go through <see cref="Create"/>, which refuses more; the bound keeps every sum the model computes
    /// (a ballot's cost, a round's spending over at most <c>BudgetingRound.MaxProjects</c> projects) well inside a
    /// <see cref="long"/>: 1,000 × 10¹⁵ = 10¹⁸ &lt; 9.2 × 10¹⁸. See <c>docs/decisions/0006-money-in-whole-rials.md</c>.
    /// </summary>
    public const long MaxEnteredAmount = 1_000_000_000_000_000;

    /// <summary>An amount a person entered, or why it is refused: negative, or more than <see cref="MaxEnteredAmount"/>.</summary>
    /// <param name="amount">The amount in rials.</param>
    /// <returns>The amount, or a failure with rule <see cref="InputRuleIds.AmountOutOfRange"/>.</returns>
    public static Result<Rials> Create(long amount) =>
        Check(amount) is { } violation ? Result.Failure<Rials>(violation) : Result.Success(new Rials(amount));

    /// <summary>
    /// An amount as a person typed it: Persian or Latin digits, with optional thousands separators (<c>,</c>, <c>٬</c>,
    /// <c>،</c>) and surrounding white space; refused when it is empty, not a whole number, or outside zero to
    /// <see cref="MaxEnteredAmount"/> (also when it has more digits than a <see cref="long"/> holds).
    /// </summary>
    /// <param name="text">The text; may be null.</param>
    /// <returns>
    /// The amount; or a failure with rule <see cref="InputRuleIds.Required"/>, <see cref="InputRuleIds.NotANumber"/> or
    /// <see cref="InputRuleIds.AmountOutOfRange"/>.
    /// </returns>
    public static Result<Rials> Parse(string? text)
    {
        var cleaned = PersianDigits.ToLatin(text?.Trim() ?? string.Empty)
            .Replace(",", string.Empty, StringComparison.Ordinal)
            .Replace(PersianThousandsSeparator.ToString(), string.Empty, StringComparison.Ordinal)
            .Replace("\u060C", string.Empty, StringComparison.Ordinal);
        if (cleaned.Length == 0)
        {
            return Result.Failure<Rials>(RuleViolation.Of(InputRuleIds.Required, "مبلغ را بنویسید.", "An amount is required."));
        }

        var digits = cleaned[0] == '-' ? cleaned[1..] : cleaned;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return Result.Failure<Rials>(RuleViolation.Of(
                InputRuleIds.NotANumber,
                "مبلغ باید عددی درست به ریال باشد (فقط رقم).",
                "An amount must be a whole number of rials (digits only)."));
        }

        return long.TryParse(cleaned, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)
            ? Create(amount)
            : Result.Failure<Rials>(RuleViolation.Of(
                InputRuleIds.AmountOutOfRange,
                $"مبلغ باید از صفر تا {PersianDigits.Format(MaxEnteredAmount)} ریال باشد؛ این عدد بسیار بزرگ است.",
                $"An amount must be from 0 to {MaxEnteredAmount.ToString(CultureInfo.InvariantCulture)} rials; this number is far too large."));
    }

    /// <summary>Checks an amount a person entered: from zero to <see cref="MaxEnteredAmount"/>.</summary>
    /// <param name="amount">The amount in rials.</param>
    /// <returns><see langword="null"/> when acceptable; otherwise a violation of <see cref="InputRuleIds.AmountOutOfRange"/>.</returns>
    public static RuleViolation? Check(long amount) => amount is >= 0 and <= MaxEnteredAmount
        ? null
        : RuleViolation.Of(
            InputRuleIds.AmountOutOfRange,
            $"مبلغ باید از صفر تا {PersianDigits.Format(MaxEnteredAmount)} ریال باشد؛ {PersianDigits.Format(amount)} پذیرفته نیست.",
            $"An amount must be from 0 to {MaxEnteredAmount.ToString(CultureInfo.InvariantCulture)} rials; {amount.ToString(CultureInfo.InvariantCulture)} is not accepted.");

    /// <summary>Zero rials.</summary>
    public static Rials Zero => default;

    /// <summary>The amount in rials.</summary>
    public long Amount { get; }

    /// <summary>An amount given in tomans (ten rials each), as prices are often quoted.</summary>
    /// <param name="tomans">The amount in tomans; zero or more.</param>
    /// <returns>The amount in rials.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tomans"/> is negative.</exception>
    /// <exception cref="OverflowException">The amount in rials does not fit in a <see cref="long"/>.</exception>
    public static Rials FromTomans(long tomans)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tomans);
        return new Rials(checked(tomans * 10));
    }

    /// <summary>The sum of two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum does not fit in a <see cref="long"/>.</exception>
    public static Rials operator +(Rials left, Rials right) => left.Plus(right);

    /// <summary>Whether one amount is less than another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less.</returns>
    public static bool operator <(Rials left, Rials right) => left.Amount < right.Amount;

    /// <summary>Whether one amount is greater than another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater.</returns>
    public static bool operator >(Rials left, Rials right) => left.Amount > right.Amount;

    /// <summary>Whether one amount is less than or equal to another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not greater.</returns>
    public static bool operator <=(Rials left, Rials right) => left.Amount <= right.Amount;

    /// <summary>Whether one amount is greater than or equal to another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not less.</returns>
    public static bool operator >=(Rials left, Rials right) => left.Amount >= right.Amount;

    /// <summary>This amount plus another.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum does not fit in a <see cref="long"/>.</exception>
    public Rials Plus(Rials other) => new(checked(Amount + other.Amount));

    /// <summary>Compares two amounts.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Less than zero, zero or more than zero as this amount is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Rials other) => Amount.CompareTo(other.Amount);

    /// <summary>Compares with another boxed amount; <see langword="null"/> sorts first.</summary>
    /// <param name="obj">The other amount, or <see langword="null"/>.</param>
    /// <returns>The comparison of the amounts.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an amount in rials.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rials other => CompareTo(other),
        _ => throw new ArgumentException("The object is not an amount in rials.", nameof(obj)),
    };

    /// <summary>The amount for Persian readers: Persian digits grouped by thousands, then «ریال».</summary>
    /// <returns>Such as <c>۱٬۲۵۰٬۰۰۰ ریال</c>.</returns>
    public string Format() =>
        PersianDigits.ToPersian(Grouped().Replace(',', PersianThousandsSeparator)) + " ریال";

    /// <summary>The amount for English readers: Latin digits grouped by thousands with commas, then "rials".</summary>
    /// <returns>Such as <c>1,250,000 rials</c>, or <c>1 rial</c>.</returns>
    public string FormatLatin() => Grouped() + (Amount == 1 ? " rial" : " rials");

    /// <summary>The English form, as <see cref="FormatLatin"/>; the same whatever the current culture.</summary>
    /// <returns>Such as <c>1,250,000 rials</c>.</returns>
    public override string ToString() => FormatLatin();

    private string Grouped() => Amount.ToString("#,0", CultureInfo.InvariantCulture);
}
