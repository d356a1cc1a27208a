using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Budgeting;

/// <summary>One resident's approval ballot in a budgeting round: the projects they approve. A later ballot replaces it until voting closes.</summary>
/// <param name="VoterId">The voter.</param>
/// <param name="Approved">The approved projects' ideas, in the order the voter gave them.</param>
public sealed record BudgetingRoundBallot(ResidentId VoterId, IReadOnlyList<CitizenIdeaId> Approved)
{
    /// <inheritdoc />
    public bool Equals(BudgetingRoundBallot? other) => other is not null && VoterId == other.VoterId && Approved.SequenceEqual(other.Approved);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(VoterId, Approved.Count);
}
