using Ardalis.Specification;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Budgeting.Specifications;

/// <summary>The residents with the given identifiers: the voters of a batch of ballots, read in one query.</summary>
public sealed class BudgetingVotersSpec : Specification<Resident>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="voters">The residents' identifiers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="voters"/> is null.</exception>
    public BudgetingVotersSpec(IEnumerable<ResidentId> voters)
    {
        ArgumentNullException.ThrowIfNull(voters);
        var ids = voters.Distinct().ToList();
        Query.Where(r => ids.Contains(r.Id));
    }
}
