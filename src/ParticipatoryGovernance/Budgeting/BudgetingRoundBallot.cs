using NodaTime;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// One resident's ballot in a budgeting round, as <see cref="BudgetingRound.CheckBallot(Resident, IEnumerable{CitizenIdeaId}, BallotCasting)"/>
/// accepted it: the projects they support (in the round's project order) and, for a cumulative round, the points each
/// gets; when, how and (on paper) by whom it was entered. A later ballot of the same voter replaces it until voting closes.
/// </summary>
/// <remarks>Stored as its own row (one per round and voter), never loaded with the round. Immutable and thread-safe.</remarks>
/// <param name="RoundId">The round.</param>
/// <param name="VoterId">The voter.</param>
/// <param name="Approved">The supported projects' ideas, in the round's project order.</param>
/// <param name="Points">For a cumulative round, the points of each of <paramref name="Approved"/> in the same order; empty for an approval round.</param>
/// <param name="CastAt">When it was cast or entered.</param>
/// <param name="Channel">How it arrived.</param>
/// <param name="EnteredBy">For a paper ballot, the clerk who entered it; otherwise <see langword="null"/>.</param>
public sealed record BudgetingRoundBallot(
    BudgetingRoundId RoundId,
    ResidentId VoterId,
    IReadOnlyList<CitizenIdeaId> Approved,
    IReadOnlyList<int> Points,
    Instant CastAt,
    BallotChannel Channel,
    string? EnteredBy)
{
    /// <inheritdoc />
    public bool Equals(BudgetingRoundBallot? other) =>
        other is not null && RoundId == other.RoundId && VoterId == other.VoterId && Approved.SequenceEqual(other.Approved)
        && Points.SequenceEqual(other.Points) && CastAt == other.CastAt && Channel == other.Channel && EnteredBy == other.EnteredBy;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RoundId, VoterId, Approved.Count, CastAt);
}

/// <summary>
/// Ballots of a round that say the same thing, with how many voters cast it: what the rules compute on, so that
/// millions of ballots arrive as far fewer types (counted in the database).
/// </summary>
/// <param name="Approved">The supported projects' ideas, in the round's project order.</param>
/// <param name="Points">For a cumulative round, the points of each; empty for an approval round.</param>
/// <param name="Count">How many voters cast this ballot; 1 or more.</param>
public sealed record BudgetingBallotType(IReadOnlyList<CitizenIdeaId> Approved, IReadOnlyList<int> Points, int Count)
{
    /// <inheritdoc />
    public bool Equals(BudgetingBallotType? other) =>
        other is not null && Count == other.Count && Approved.SequenceEqual(other.Approved) && Points.SequenceEqual(other.Points);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Approved.Count, Count);
}

/// <summary>A round's ballots grouped into types, read in one snapshot with their count and watermark.</summary>
/// <param name="Types">The distinct ballots with their counts.</param>
/// <param name="Ballots">The number of ballots (the sum of the counts).</param>
/// <param name="Watermark">The storage's change number of the latest ballot change included; 0 for no ballots. A later change of the round's ballots has a higher one.</param>
public sealed record BudgetingBallotTally(IReadOnlyList<BudgetingBallotType> Types, int Ballots, long Watermark);
