using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;

namespace RazorDemo.YouthMayors;

/// <summary>Reads the youth-mayor campaigns for the demo's pages: whole aggregates, untracked, latest call first.</summary>
public static class CampaignRecords
{
    /// <summary>
    /// One city's campaigns whose youth mayors have not started their term, latest call first: the ones residents, staff,
    /// neighbourhood mayors and youth mayors still act in. Finished campaigns (with all their records) are not read.
    /// </summary>
    public static async Task<List<YouthMayorCampaign>> RunningAsync(GovernanceDbContext context, MunicipalityId municipality, CancellationToken cancellationToken)
    {
        var finished = context.Set<CampaignStageStart>().Where(s => s.Stage == CampaignStage.Term).Select(s => EF.Property<YouthMayorCampaignId>(s, "CampaignId"));
        var running = await context.YouthMayorCampaigns.AsNoTracking().Where(c => c.MunicipalityId == municipality && !finished.Contains(c.Id)).ToListAsync(cancellationToken);
        return [.. running.OrderByDescending(c => c.CallOpensOn)];
    }

    /// <summary>
    /// The campaign a city's neighbourhood mayors are running now: the running campaign with the latest call that has reached its
    /// interviews (an open call or a shortlist has nothing for them yet).
    /// </summary>
    public static async Task<YouthMayorCampaign?> CurrentAsync(GovernanceDbContext context, MunicipalityId municipality, CancellationToken cancellationToken) =>
        (await RunningAsync(context, municipality, cancellationToken)).FirstOrDefault(c => c.StartOf(CampaignStage.Interviews) is not null);

    /// <summary>The city's campaign whose call is open on <paramref name="today"/>, the latest if several are.</summary>
    public static async Task<YouthMayorCampaign?> OpenCallAsync(GovernanceDbContext context, MunicipalityId municipality, LocalDate today, CancellationToken cancellationToken) =>
        (await RunningAsync(context, municipality, cancellationToken))
            .FirstOrDefault(c => c.Stage == CampaignStage.Application && c.CallOpensOn <= today && today <= c.CallClosesOn);

    /// <summary>The youth mayor a resident is, with their campaign: the latest campaign that chose them, or null.</summary>
    public static async Task<(YouthMayorCampaign Campaign, YouthMayor Mayor)?> YouthMayorOfAsync(GovernanceDbContext context, ResidentId resident, CancellationToken cancellationToken)
    {
        var ids = await context.Set<YouthMayor>().IgnoreAutoIncludes().AsNoTracking()
            .Where(m => m.ResidentId == resident)
            .Select(m => EF.Property<YouthMayorCampaignId>(m, "CampaignId"))
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return null;
        }

        var campaigns = await context.YouthMayorCampaigns.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        var campaign = campaigns.OrderByDescending(c => c.CallOpensOn).First();
        return (campaign, campaign.YouthMayors.First(m => m.ResidentId == resident));
    }

    /// <summary>One city's campaigns, latest call first.</summary>
    public static Task<List<YouthMayorCampaign>> AllAsync(GovernanceDbContext context, MunicipalityId municipality, CancellationToken cancellationToken) =>
        context.YouthMayorCampaigns.AsNoTracking().Where(c => c.MunicipalityId == municipality).OrderByDescending(c => c.CallOpensOn).ToListAsync(cancellationToken);

    /// <summary>The residents with these ids, for public profiles.</summary>
    public static async Task<List<Resident>> ResidentsAsync(GovernanceDbContext context, IEnumerable<ResidentId> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await context.Residents.AsNoTracking().Where(r => wanted.Contains(r.Id)).ToListAsync(cancellationToken);
    }
}

/// <summary>One campaign, tracked, for a change through the repository.</summary>
public sealed class YouthMayorCampaignByIdSpec : SingleResultSpecification<YouthMayorCampaign>
{
    public YouthMayorCampaignByIdSpec(YouthMayorCampaignId id) => Query.Where(c => c.Id == id);
}
