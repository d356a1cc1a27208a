using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.YouthMayors;

/// <summary>Where in a supplementary-vote count a tie had to be broken.</summary>
public enum TieBreakPoint
{
    /// <summary>Candidates tied on first preferences for a place in the second round.</summary>
    SecondRoundPlaces = 1,

    /// <summary>The two candidates of the second round tied on their final totals.</summary>
    Winner = 2,
}

/// <summary>The rule that broke a tie; the rules are tried in this order (see ADR 8).</summary>
public enum TieBreakRule
{
    /// <summary>The candidate with more first-preference votes goes ahead (decides only final ties).</summary>
    FirstPreferences = 1,

    /// <summary>The candidate named as second preference on more ballots, counting every ballot, goes ahead.</summary>
    SecondPreferences = 2,

    /// <summary>
    /// The candidate drawn earlier in the election's lot goes ahead. The lot orders candidates by the SHA-256 hash of
    /// <c>"{electionId}:{candidateId}"</c> (both GUIDs in lower-case <c>D</c> form), so anyone can redo it.
    /// </summary>
    Lot = 3,
}

/// <summary>A tie broken during a count, and how.</summary>
/// <param name="Point">Where in the count the tie arose.</param>
/// <param name="Tied">The candidates tied, in the order the tie-break put them.</param>
/// <param name="DecidedBy">
/// The rule that separated the last candidate put through from the first left out. When three or more tie for the
/// second-round places, an earlier rule may already have put one of them through.
/// </param>
/// <param name="Favoured">The candidates the tie-break put through: to the second round, or elected.</param>
/// <remarks>Two tie-breaks are equal when their points, rules and candidate lists (in order) are equal.</remarks>
public sealed record TieBreak(TieBreakPoint Point, IReadOnlyList<ResidentId> Tied, TieBreakRule DecidedBy, IReadOnlyList<ResidentId> Favoured)
{
    /// <inheritdoc />
    public bool Equals(TieBreak? other) =>
        other is not null
        && Point == other.Point
        && DecidedBy == other.DecidedBy
        && (Tied ?? []).SequenceEqual(other.Tied ?? [])
        && (Favoured ?? []).SequenceEqual(other.Favoured ?? []);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Point, DecidedBy, Tied?.Count ?? 0, Favoured?.Count ?? 0);
}
