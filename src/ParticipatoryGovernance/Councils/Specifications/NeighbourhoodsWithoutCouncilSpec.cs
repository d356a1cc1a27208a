using Ardalis.Specification;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Councils.Specifications;

/// <summary>
/// The neighbourhoods of a municipality, by number, that are not among those given as having a council of a kind:
/// with the result of <see cref="NeighbourhoodsWithCouncilSpec"/>, the neighbourhoods without a women's council
/// (Rafsanjan: 3 of 50) or without a neighbourhood council.
/// </summary>
public sealed class NeighbourhoodsWithoutCouncilSpec : Specification<Neighbourhood>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="neighbourhoodsWithCouncil">The neighbourhoods that have the council, from <see cref="NeighbourhoodsWithCouncilSpec"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="neighbourhoodsWithCouncil"/> is null.</exception>
    public NeighbourhoodsWithoutCouncilSpec(MunicipalityId municipalityId, IEnumerable<NeighbourhoodId> neighbourhoodsWithCouncil)
    {
        ArgumentNullException.ThrowIfNull(neighbourhoodsWithCouncil);
        var withCouncil = neighbourhoodsWithCouncil.ToList();
        Query.Where(n => n.MunicipalityId == municipalityId && !withCouncil.Contains(n.Id)).OrderBy(n => n.Number);
    }
}
