using Ardalis.Specification;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Councils.Specifications;

/// <summary>
/// The neighbourhoods of a municipality that have a council of a kind (forming or active), as identifiers; feed them to
/// <see cref="NeighbourhoodsWithoutCouncilSpec"/> to find the neighbourhoods that have none.
/// </summary>
public sealed class NeighbourhoodsWithCouncilSpec : Specification<Council, NeighbourhoodId>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="kind">The kind of council.</param>
    public NeighbourhoodsWithCouncilSpec(MunicipalityId municipalityId, CouncilKind kind)
    {
        Query.Where(c => c.MunicipalityId == municipalityId && c.Kind == kind && c.Status != CouncilStatus.Dissolved);
        Query.Select(c => c.NeighbourhoodId);
    }
}
