using NodaTime;

namespace ParticipatoryGovernance.Councils;

/// <summary>A council's term: its number and its first and last days (ISO calendar; shown in Solar Hijri).</summary>
/// <param name="Number">The term's number, from 1.</param>
/// <param name="StartsOn">The first day.</param>
/// <param name="EndsOn">The last day; after <paramref name="StartsOn"/>.</param>
public sealed record CouncilTerm(int Number, LocalDate StartsOn, LocalDate EndsOn)
{
    /// <summary>Whether a date falls in the term.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> from <see cref="StartsOn"/> to <see cref="EndsOn"/> inclusive.</returns>
    public bool Contains(LocalDate date) => date >= StartsOn && date <= EndsOn;
}
