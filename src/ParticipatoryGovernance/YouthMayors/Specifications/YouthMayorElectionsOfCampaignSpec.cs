using Ardalis.Specification;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.YouthMayors.Specifications;

/// <summary>The youth-mayor elections a campaign called, optionally of one neighbourhood and one seat, by poll date.</summary>
public sealed class YouthMayorElectionsOfCampaignSpec : Specification<YouthMayorElection>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="neighbourhoodId">Only elections of this neighbourhood, when given.</param>
    /// <param name="seat">Only elections for this seat (<see cref="Gender.Male"/> for boys, <see cref="Gender.Female"/> for girls), when given.</param>
    public YouthMayorElectionsOfCampaignSpec(YouthMayorCampaignId campaignId, NeighbourhoodId? neighbourhoodId = null, Gender? seat = null) =>
        Query.Where(e => e.CampaignId == campaignId)
            .Where(e => e.NeighbourhoodId == neighbourhoodId, neighbourhoodId is not null)
            .Where(e => e.Seat == seat, seat is not null)
            .OrderBy(e => e.PollOpensOn)
            .ThenBy(e => e.Id);
}
