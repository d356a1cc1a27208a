using Ardalis.Specification;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Neighbourhoods.Specifications;

/// <summary>The neighbourhoods of a municipality, by number.</summary>
public sealed class NeighbourhoodsOfMunicipalitySpec : Specification<Neighbourhood>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="municipalityId">The municipality.</param>
    public NeighbourhoodsOfMunicipalitySpec(MunicipalityId municipalityId) =>
        Query.Where(n => n.MunicipalityId == municipalityId).OrderBy(n => n.Number);
}
