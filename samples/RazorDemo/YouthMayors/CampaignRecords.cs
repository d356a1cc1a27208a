using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;

namespace RazorDemo.YouthMayors;

/// <summary>Reads the youth-mayor campaigns for the demo's pages: whole aggregates, untracked, latest call first.</summary>
public static class CampaignRecords
{
    public static Task<List<YouthMayorCampaign>> AllAsync(GovernanceDbContext context, CancellationToken cancellationToken) =>
        context.YouthMayorCampaigns.AsNoTracking().OrderByDescending(c => c.CallOpensOn).ToListAsync(cancellationToken);

    /// <summary>The campaign with the latest call: the one neighbourhood mayors are running now.</summary>
    public static Task<YouthMayorCampaign?> CurrentAsync(GovernanceDbContext context, CancellationToken cancellationToken) =>
        context.YouthMayorCampaigns.AsNoTracking().OrderByDescending(c => c.CallOpensOn).FirstOrDefaultAsync(cancellationToken);

    /// <summary>One city's campaigns, latest call first.</summary>
    public static Task<List<YouthMayorCampaign>> AllAsync(GovernanceDbContext context, MunicipalityId municipality, CancellationToken cancellationToken) =>
        context.YouthMayorCampaigns.AsNoTracking().Where(c => c.MunicipalityId == municipality).OrderByDescending(c => c.CallOpensOn).ToListAsync(cancellationToken);

    /// <summary>One city's campaign with the latest call.</summary>
    public static Task<YouthMayorCampaign?> CurrentAsync(GovernanceDbContext context, MunicipalityId municipality, CancellationToken cancellationToken) =>
        context.YouthMayorCampaigns.AsNoTracking().Where(c => c.MunicipalityId == municipality).OrderByDescending(c => c.CallOpensOn).FirstOrDefaultAsync(cancellationToken);

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
