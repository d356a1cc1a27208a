using Ardalis.Specification;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Neighbourhoods.Specifications;

/// <summary>The neighbourhoods of a municipality whose mayor's post is vacant, by number.</summary>
public sealed class NeighbourhoodsWithoutMayorSpec : Specification<Neighbourhood>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="municipalityId">The municipality.</param>
    public NeighbourhoodsWithoutMayorSpec(MunicipalityId municipalityId) =>
        Query.Where(n => n.MunicipalityId == municipalityId && n.Mayor == null).OrderBy(n => n.Number);
}
