using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Calendar;

/// <summary>
/// Why a text is not a Solar Hijri date; the exception inside a failed <see cref="PersianDates.Parse"/> result.
/// </summary>
/// <remarks>The <see cref="Exception.Message"/> is English; <see cref="Reason"/> holds it in Persian too.</remarks>
public sealed class SolarHijriFormatException : FormatException
{
    /// <summary>Creates the exception with its reason.</summary>
    /// <param name="reason">What is wrong, in Persian and English.</param>
    public SolarHijriFormatException(LocalizedText reason)
        : base((reason ?? throw new ArgumentNullException(nameof(reason))).English) => Reason = reason;

    /// <summary>What is wrong with the text, in Persian and English.</summary>
    public LocalizedText Reason { get; }
}
