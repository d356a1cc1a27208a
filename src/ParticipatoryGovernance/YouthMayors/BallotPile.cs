using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.YouthMayors;

/// <summary>
/// Ballots marked alike, counted together as at a count: a first preference and, if the voter gave one, a second. An
/// election keeps its ballots as piles, which says how people voted but not who voted how.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BallotPile
{
    /// <summary>Creates a pile.</summary>
    /// <param name="firstPreference">The candidate marked first.</param>
    /// <param name="secondPreference">The candidate marked second, or <see langword="null"/> when the voter gave no second preference.</param>
    /// <param name="count">How many ballots are marked this way; at least 1.</param>
    /// <exception cref="ArgumentException">A candidate identifier is empty, or the second preference repeats the first.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public BallotPile(ResidentId firstPreference, ResidentId? secondPreference, int count = 1)
    {
        if (firstPreference.Value == Guid.Empty || secondPreference?.Value == Guid.Empty)
        {
            throw new ArgumentException("A preference must name a candidate, not the empty GUID.", nameof(firstPreference));
        }

        if (secondPreference == firstPreference)
        {
            throw new ArgumentException("The second preference must differ from the first.", nameof(secondPreference));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        FirstPreference = firstPreference;
        SecondPreference = secondPreference;
        Count = count;
    }

    /// <summary>The candidate marked first.</summary>
    public ResidentId FirstPreference { get; }

    /// <summary>The candidate marked second, or <see langword="null"/>.</summary>
    public ResidentId? SecondPreference { get; }

    /// <summary>How many ballots are marked this way.</summary>
    public int Count { get; }
}
