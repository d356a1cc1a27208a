using Ardalis.Specification;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.YouthMayors.Specifications;

/// <summary>The youth-mayor campaigns of a municipality, optionally only those at one stage, latest call first.</summary>
public sealed class YouthMayorCampaignsOfMunicipalitySpec : Specification<YouthMayorCampaign>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="municipalityId">The municipality.</param>
    public YouthMayorCampaignsOfMunicipalitySpec(MunicipalityId municipalityId) =>
        Query.Where(c => c.MunicipalityId == municipalityId)
            .OrderByDescending(c => c.CallOpensOn)
            .ThenBy(c => c.Id);
}
