using Ardalis.Specification;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Councils.Specifications;

/// <summary>The active councils of a municipality, optionally of one kind, by formation date.</summary>
public sealed class ActiveCouncilsOfMunicipalitySpec : Specification<Council>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="kind">Only councils of this kind, when given.</param>
    public ActiveCouncilsOfMunicipalitySpec(MunicipalityId municipalityId, CouncilKind? kind = null) =>
        Query.Where(c => c.MunicipalityId == municipalityId && c.Status == CouncilStatus.Active)
            .Where(c => c.Kind == kind, kind is not null)
            .OrderBy(c => c.FormedOn)
            .ThenBy(c => c.Id);
}
