using Ardalis.Specification;

namespace ParticipatoryGovernance.YouthMayors.Specifications;

/// <summary>The youth-mayor campaign with an identifier.</summary>
/// <remarks>No includes: the EF Core package loads every query of an aggregate whole, its stages, applications, interview sessions and youth mayors in order.</remarks>
public sealed class YouthMayorCampaignByIdSpec : SingleResultSpecification<YouthMayorCampaign>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="id">The identifier.</param>
    public YouthMayorCampaignByIdSpec(YouthMayorCampaignId id) => Query.Where(c => c.Id == id);
}
