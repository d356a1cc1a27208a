using Ardalis.Specification;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Neighbourhoods.Specifications;

/// <summary>The neighbourhood with a number in a municipality.</summary>
public sealed class NeighbourhoodByNumberSpec : SingleResultSpecification<Neighbourhood>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="number">The neighbourhood's number.</param>
    public NeighbourhoodByNumberSpec(MunicipalityId municipalityId, int number) =>
        Query.Where(n => n.MunicipalityId == municipalityId && n.Number == number);
}
