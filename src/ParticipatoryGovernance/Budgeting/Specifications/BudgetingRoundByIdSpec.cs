using Ardalis.Specification;

namespace ParticipatoryGovernance.Budgeting.Specifications;

/// <summary>The budgeting round with an identifier.</summary>
/// <remarks>No includes: the EF Core package loads every query of an aggregate whole, its projects, ballots and area in order.</remarks>
public sealed class BudgetingRoundByIdSpec : SingleResultSpecification<BudgetingRound>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="id">The identifier.</param>
    public BudgetingRoundByIdSpec(BudgetingRoundId id) => Query.Where(b => b.Id == id);
}
