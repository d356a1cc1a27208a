using Ardalis.Specification;

namespace ParticipatoryGovernance.Neighbourhoods.Specifications;

/// <summary>The neighbourhood with an identifier.</summary>
public sealed class NeighbourhoodByIdSpec : SingleResultSpecification<Neighbourhood>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="id">The identifier.</param>
    public NeighbourhoodByIdSpec(NeighbourhoodId id) => Query.Where(n => n.Id == id);
}
