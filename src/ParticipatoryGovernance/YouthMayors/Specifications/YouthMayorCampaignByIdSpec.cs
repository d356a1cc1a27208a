using Ardalis.Specification;

namespace ParticipatoryGovernance.YouthMayors.Specifications;

/// <summary>The youth-mayor campaign with an identifier, whatever its stage.</summary>
public sealed class YouthMayorCampaignByIdSpec : SingleResultSpecification<YouthMayorCampaign>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="id">The identifier.</param>
    public YouthMayorCampaignByIdSpec(YouthMayorCampaignId id) => Query.Where(c => c.Id == id);
}
