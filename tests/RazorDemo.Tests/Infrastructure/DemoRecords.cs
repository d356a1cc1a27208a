using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.YouthMayors;

namespace RazorDemo.Tests.Infrastructure;

/// <summary>Reads the demo's records straight from its database, so tests compare pages with what is stored.</summary>
public static class DemoRecords
{
    public static async Task<T> ReadAsync<T>(DemoFactory factory, Func<GovernanceDbContext, Task<T>> read)
    {
        using var scope = factory.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<GovernanceDbContext>());
    }

    /// <summary>
    /// The demo's first city, Rafsanjan, whose records the page tests read: the database also holds the second city
    /// (<see cref="RazorDemo.Data.DemoSecondCity"/>), and a reader who has not chosen sees the first.
    /// </summary>
    public static Task<ParticipatoryGovernance.Municipalities.MunicipalityId> HomeCityAsync(DemoFactory factory) =>
        ReadAsync(factory, async c => (await c.Municipalities.AsNoTracking().ToListAsync()).Where(m => !RazorDemo.Data.DemoSecondCity.IsSecondCity(m)).OrderBy(m => m.Id.Value).First().Id);

    /// <summary>The first city's id, read through a context already open (for queries inside <see cref="ReadAsync{T}"/>).</summary>
    public static ParticipatoryGovernance.Municipalities.MunicipalityId HomeCity(GovernanceDbContext context) =>
        context.Municipalities.AsNoTracking().AsEnumerable().Where(m => !RazorDemo.Data.DemoSecondCity.IsSecondCity(m)).OrderBy(m => m.Id.Value).First().Id;

    /// <summary>The first city's ideas, untracked: the records the page tests act on.</summary>
    public static IQueryable<ParticipatoryGovernance.Ideas.CitizenIdea> HomeIdeas(this GovernanceDbContext context)
    {
        var home = HomeCity(context);
        return context.Set<ParticipatoryGovernance.Ideas.CitizenIdea>().AsNoTracking().Where(i => i.MunicipalityId == home);
    }

    /// <summary>The first city's meetings, untracked.</summary>
    public static IQueryable<ParticipatoryGovernance.Meetings.NeighbourhoodMeeting> HomeMeetings(this GovernanceDbContext context)
    {
        var home = HomeCity(context);
        var ids = context.Neighbourhoods.AsNoTracking().Where(n => n.MunicipalityId == home).Select(n => n.Id).ToList();
        return context.NeighbourhoodMeetings.AsNoTracking().Where(m => ids.Contains(m.NeighbourhoodId));
    }

    /// <summary>The ids of the first city's neighbourhoods, for records that carry a neighbourhood and no municipality.</summary>
    public static async Task<List<NeighbourhoodId>> HomeNeighbourhoodIdsAsync(DemoFactory factory) =>
        [.. (await NeighbourhoodsAsync(factory)).Select(n => n.Id)];

    public static async Task<List<YouthMayorCampaign>> CampaignsAsync(DemoFactory factory)
    {
        var home = await HomeCityAsync(factory);
        return await ReadAsync(factory, c => c.YouthMayorCampaigns.AsNoTracking().Where(x => x.MunicipalityId == home).OrderBy(x => x.CallOpensOn).ToListAsync());
    }

    /// <summary>The generated 1403 campaign, whose youth mayors have started their term.</summary>
    public static async Task<YouthMayorCampaign> CampaignOf1403Async(DemoFactory factory) =>
        (await CampaignsAsync(factory)).Single(c => c.TermStartedOn is not null);

    /// <summary>The campaign the demo seeds for today's interviews (the latest call that has reached its interviews and not its term).</summary>
    public static async Task<YouthMayorCampaign> CurrentCampaignAsync(DemoFactory factory) =>
        (await CampaignsAsync(factory)).Last(c => c.StartOf(CampaignStage.Interviews) is not null && c.TermStartedOn is null);

    public static async Task<List<Neighbourhood>> NeighbourhoodsAsync(DemoFactory factory)
    {
        var home = await HomeCityAsync(factory);
        return await ReadAsync(factory, c => c.Neighbourhoods.AsNoTracking().Where(n => n.MunicipalityId == home).OrderBy(n => n.Number).ToListAsync());
    }

    public static LocalDate Today(DemoFactory factory) => PersianDates.TodayInCity(factory.Services.GetRequiredService<IClock>());
}
