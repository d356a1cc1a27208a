using Ardalis.Specification;

namespace ParticipatoryGovernance.Councils.Specifications;

/// <summary>The council with an identifier, whatever its status.</summary>
public sealed class CouncilByIdSpec : SingleResultSpecification<Council>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="id">The identifier.</param>
    public CouncilByIdSpec(CouncilId id) => Query.Where(c => c.Id == id);
}
