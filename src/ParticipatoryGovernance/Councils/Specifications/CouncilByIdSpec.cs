using Ardalis.Specification;

namespace ParticipatoryGovernance.Councils.Specifications;

/// <summary>The council with an identifier.</summary>
/// <remarks>No includes: the EF Core package loads every query of an aggregate whole, its terms and memberships in order.</remarks>
public sealed class CouncilByIdSpec : SingleResultSpecification<Council>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="id">The identifier.</param>
    public CouncilByIdSpec(CouncilId id) => Query.Where(c => c.Id == id);
}
