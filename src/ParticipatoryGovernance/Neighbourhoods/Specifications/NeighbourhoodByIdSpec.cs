using Ardalis.Specification;

namespace ParticipatoryGovernance.Neighbourhoods.Specifications;

/// <summary>Finds one <see cref="Neighbourhood"/> by its identifier.</summary>
public sealed class NeighbourhoodByIdSpec : SingleResultSpecification<Neighbourhood>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="id">The identifier.</param>
    public NeighbourhoodByIdSpec(NeighbourhoodId id) => Query.Where(x => x.Id == id);
}
