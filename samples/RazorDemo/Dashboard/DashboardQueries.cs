using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NodaTime;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Reporting;
using ParticipatoryGovernance.YouthMayors;

namespace RazorDemo.Dashboard;

/// <summary>The dashboard's figures, computed from the records with the library's own functions.</summary>
public sealed record DashboardFigures(
    LocalDate AsOf,
    IReadOnlyList<Neighbourhood> Neighbourhoods,
    IReadOnlyList<FigureComparison> Comparisons,
    CouncilCoverage Coverage,
    IdeaFigures Ideas,
    YouthMayorFigures? Youth)
{
    public FigureComparison Comparison(string key) => Comparisons.Single(c => c.Reported.Key == key);
}

/// <summary>
/// Loads what the dashboard needs and computes its figures. The result is cached for a minute and dropped when a
/// page changes a record (<see cref="Invalidate"/>): Rafsanjan's figures take a few hundred milliseconds to compute.
/// </summary>
public sealed class DashboardQueries(GovernanceDbContext context, IMemoryCache cache, IClock clock)
{
    private const string CacheKey = "dashboard-figures";

    public async Task<DashboardFigures> FiguresAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return await ComputeAsync(cancellationToken);
        }))!;

    public void Invalidate() => cache.Remove(CacheKey);

    private async Task<DashboardFigures> ComputeAsync(CancellationToken cancellationToken)
    {
        var neighbourhoods = await context.Set<Neighbourhood>().AsNoTracking().OrderBy(n => n.Number).ToListAsync(cancellationToken);
        var councils = await context.Set<Council>().AsNoTracking().ToListAsync(cancellationToken);
        var ideas = await context.Set<CitizenIdea>().AsNoTracking().ToListAsync(cancellationToken);
        // The report's figures are the first campaign's (1403); the demo also runs a current one for interviews.
        var campaign = await context.Set<YouthMayorCampaign>().AsNoTracking().OrderBy(c => c.CallOpensOn).FirstOrDefaultAsync(cancellationToken);

        var asOf = ParticipatoryGovernance.Calendar.PersianDates.TodayInCity(clock);
        var coverage = CouncilCoverage.Compute(neighbourhoods, councils, asOf);
        var ideaFigures = IdeaFigures.From(ideas);
        var youth = campaign is null ? null : YouthMayorFigures.From(campaign, neighbourhoods);

        var recorded = new Dictionary<string, long>
        {
            [RafsanjanReport.IdeasRegistered] = ideaFigures.Total.Registered,
            [RafsanjanReport.Neighbourhoods] = neighbourhoods.Count,
            [RafsanjanReport.NeighbourhoodCouncils] = coverage.WithActiveCouncil,
            [RafsanjanReport.CouncilMembers] = coverage.CouncilMembers,
            [RafsanjanReport.WomensCouncils] = coverage.WithWomensCouncil,
            [RafsanjanReport.ApplicantsInterviewed] = youth?.Interviewed ?? 0,
            [RafsanjanReport.InterviewSessions] = youth?.InterviewSessions ?? 0,
            [RafsanjanReport.BoyYouthMayors] = youth?.BoyMayors ?? 0,
            [RafsanjanReport.GirlYouthMayors] = youth?.GirlMayors ?? 0,
            [RafsanjanReport.TeenagersEngaged] = youth?.TeenagersEngaged ?? 0,
        };
        var comparisons = RafsanjanReport.Figures.Select(f => f.CompareWith(recorded[f.Key])).ToList();
        return new DashboardFigures(asOf, neighbourhoods, comparisons, coverage, ideaFigures, youth);
    }
}
