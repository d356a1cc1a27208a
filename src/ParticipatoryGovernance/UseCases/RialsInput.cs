using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.UseCases;

/// <summary>Checks an amount of money a person typed, before it becomes <see cref="Rials"/>.</summary>
internal static class RialsInput
{
    /// <summary>The amount was negative or above <see cref="MaxAmount"/>.</summary>
    public const string OutOfRange = InputRuleIds.AmountOutOfRange;

    /// <summary>
    /// The largest amount a person may enter: 10^15 rials, about a thousand times Tehran's yearly budget, so that the
    /// sum of a million such amounts still fits in 64 bits.
    /// </summary>
    public const long MaxAmount = Rials.MaxEnteredAmount;

    /// <summary>Refuses a negative amount or one above <see cref="MaxAmount"/>; an absent amount passes.</summary>
    /// <param name="amount">The amount in rials, or null when none was given.</param>
    /// <param name="name">What the amount is, for the message.</param>
    /// <returns>The violation, or null.</returns>
    public static RuleViolation? Check(long? amount, LocalizedText name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return amount is < 0 or > MaxAmount
            ? RuleViolation.Of(
                OutOfRange,
                $"{name.Persian} باید از صفر تا {PersianDigits.Format(MaxAmount)} ریال باشد.",
                $"The {name} must be from 0 to {MaxAmount:N0} rials.")
            : null;
    }
}
