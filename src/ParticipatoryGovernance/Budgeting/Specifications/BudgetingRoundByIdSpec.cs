using Ardalis.Specification;

namespace ParticipatoryGovernance.Budgeting.Specifications;

/// <summary>The budgeting round with an identifier, open or closed.</summary>
public sealed class BudgetingRoundByIdSpec : SingleResultSpecification<BudgetingRound>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="id">The identifier.</param>
    public BudgetingRoundByIdSpec(BudgetingRoundId id) => Query.Where(r => r.Id == id);
}
