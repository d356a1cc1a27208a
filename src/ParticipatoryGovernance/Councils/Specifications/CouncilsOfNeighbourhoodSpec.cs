using Ardalis.Specification;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Councils.Specifications;

/// <summary>Every council of a neighbourhood, dissolved ones included, by formation date: what forming another one checks against.</summary>
public sealed class CouncilsOfNeighbourhoodSpec : Specification<Council>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="neighbourhoodId">The neighbourhood.</param>
    public CouncilsOfNeighbourhoodSpec(NeighbourhoodId neighbourhoodId) =>
        Query.Where(c => c.NeighbourhoodId == neighbourhoodId)
            .OrderBy(c => c.FormedOn)
            .ThenBy(c => c.Id);
}
