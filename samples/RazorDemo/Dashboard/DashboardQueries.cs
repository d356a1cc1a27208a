using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Replicas;
using ParticipatoryGovernance.EntityFrameworkCore.Reporting;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Reporting;
using ParticipatoryGovernance.YouthMayors;

namespace RazorDemo.Dashboard;

/// <summary>The dashboard's figures, counted in the database by the storage package's <see cref="GovernanceFigures"/>.</summary>
public sealed record DashboardFigures(
    LocalDate AsOf,
    Municipality Municipality,
    AdoptionProgress Progress,
    IReadOnlyList<Neighbourhood> Neighbourhoods,
    IReadOnlyList<FigureComparison> Comparisons,
    CouncilCoverage Coverage,
    IdeaStatusFigures Ideas,
    CampaignFigures? Youth)
{
    public FigureComparison Comparison(string key) => Comparisons.Single(c => c.Reported.Key == key);
}

/// <summary>
/// Counts the dashboard's figures in the database (aggregate queries, not the records: the large city's million residents
/// and 300,000 ideas never leave it). The result is kept and recounted in the background after a command changes a record
/// (<see cref="RecordCounts.GetOrRefreshAsync{T}"/>): one recount at a time however many writes come, readers waiting for
/// it at most <see cref="RecordCounts.FreshWait"/>, so that requests render from memory. They are
/// counted on the replica when ConnectionStrings:GovernanceReplica names one (<see cref="GovernanceReplicaReads"/>): figures
/// a moment behind the primary are harmless, and the primary is left to the writers.
/// </summary>
public sealed class DashboardQueries(GovernanceReplicaReads reads, RecordCounts counts, IClock clock, RazorDemo.Data.DemoCity city)
{
    private const string CacheKey = "dashboard-figures";

    public async Task<DashboardFigures> FiguresAsync(CancellationToken cancellationToken = default)
    {
        // The reader's city (issue #17, item 5): its figures are kept under its own key.
        var municipalityId = (await city.GetAsync(cancellationToken)).Municipality.Id;
        return await counts.GetOrRefreshAsync(
            CacheKey + "|" + municipalityId.Value.ToString("N"),
            (services, token) => services.GetRequiredService<DashboardQueries>().ComputeAsync(municipalityId, token),
            DashboardPage.Tag,
            cancellationToken);
    }

    private async Task<DashboardFigures> ComputeAsync(MunicipalityId municipalityId, CancellationToken cancellationToken)
    {
        var context = await reads.ContextAsync(cancellationToken);
        var figures = new GovernanceFigures(context);
        var neighbourhoods = await context.Set<Neighbourhood>().AsNoTracking().Where(n => n.MunicipalityId == municipalityId).OrderBy(n => n.Number).ToListAsync(cancellationToken);
        // The stored municipality: its own phase launches and charter, not Rafsanjan's preset.
        var municipality = await context.Set<Municipality>().AsNoTracking().SingleAsync(m => m.Id == municipalityId, cancellationToken);
        // The report's figures are the first campaign's (1403); the demo also runs a current one for interviews.
        var campaignId = await context.Set<YouthMayorCampaign>().IgnoreAutoIncludes()
            .Where(c => c.MunicipalityId == municipalityId)
            .OrderBy(c => c.CallOpensOn)
            .Select(c => (YouthMayorCampaignId?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var asOf = ParticipatoryGovernance.Calendar.PersianDates.TodayInCity(clock);
        var counted = await figures.ComputeAsync(municipalityId, asOf, campaignId, cancellationToken);
        var coverage = counted.Coverage;
        var ideaFigures = counted.Ideas;
        var youth = counted.Youth;

        var recorded = new Dictionary<string, long>
        {
            [RafsanjanReport.IdeasRegistered] = ideaFigures.Total.Registered,
            [RafsanjanReport.Neighbourhoods] = counted.NeighbourhoodCount,
            [RafsanjanReport.NeighbourhoodCouncils] = coverage.WithActiveCouncil,
            [RafsanjanReport.CouncilMembers] = coverage.CouncilMembers,
            [RafsanjanReport.WomensCouncils] = coverage.WithWomensCouncil,
            [RafsanjanReport.ApplicantsInterviewed] = youth?.Interviewed ?? 0,
            [RafsanjanReport.InterviewSessions] = youth?.InterviewSessions ?? 0,
            [RafsanjanReport.BoyYouthMayors] = youth?.BoyMayors ?? 0,
            [RafsanjanReport.GirlYouthMayors] = youth?.GirlMayors ?? 0,
            [RafsanjanReport.TeenagersEngaged] = youth?.TeenagersEngaged ?? 0,
        };
        // The report describes Rafsanjan: another city's records are not compared with it.
        var comparisons = municipality.Name.English == RafsanjanPreset.Name.English
            ? RafsanjanReport.Figures.Select(f => f.CompareWith(recorded[f.Key])).ToList()
            : [];
        var progress = AdoptionProgress.Compute(municipality, await AdoptionRowsAsync(context, neighbourhoods, coverage, asOf, cancellationToken), asOf);
        return new DashboardFigures(asOf, municipality, progress, neighbourhoods, comparisons, coverage, ideaFigures, youth);
    }

    /// <summary>
    /// Each neighbourhood's standing for <see cref="AdoptionProgress"/>: its mayor, its councils active today (from the
    /// coverage already counted) and the youth mayors of the latest campaign that has chosen any, as
    /// <see cref="AdoptionProgress.Compute(Municipality, IEnumerable{Neighbourhood}, IEnumerable{Council}, IEnumerable{YouthMayorCampaign}, LocalDate)"/>
    /// reads them from whole records; here only the youth mayors' neighbourhood and gender leave the database.
    /// </summary>
    private static async Task<List<NeighbourhoodAdoption>> AdoptionRowsAsync(GovernanceDbContext context, List<Neighbourhood> neighbourhoods, CouncilCoverage coverage, LocalDate asOf, CancellationToken cancellationToken)
    {
        var municipalityId = neighbourhoods.Count > 0 ? neighbourhoods[0].MunicipalityId : default;
        var campaigns = await context.Set<YouthMayorCampaign>().IgnoreAutoIncludes()
            .Where(c => c.MunicipalityId == municipalityId)
            .Select(c => new { c.CallOpensOn, Mayors = c.YouthMayors.Where(m => m.ChosenOn <= asOf).Select(m => new { m.NeighbourhoodId, m.Gender }).ToList() })
            .ToListAsync(cancellationToken);
        var mayors = campaigns.Where(c => c.Mayors.Count > 0).OrderByDescending(c => c.CallOpensOn).FirstOrDefault()?.Mayors ?? [];
        var councils = coverage.Neighbourhoods.ToDictionary(n => n.NeighbourhoodId);
        return [.. neighbourhoods.Select(n => new NeighbourhoodAdoption(
            n.Id,
            n.Mayor is { } mayor && mayor.AppointedOn <= asOf,
            councils.TryGetValue(n.Id, out var c) && c.HasActiveCouncil,
            c?.HasWomensCouncil == true,
            mayors.Count(m => m.NeighbourhoodId == n.Id && m.Gender == ParticipatoryGovernance.Residents.Gender.Male),
            mayors.Count(m => m.NeighbourhoodId == n.Id && m.Gender == ParticipatoryGovernance.Residents.Gender.Female)))];
    }
}
