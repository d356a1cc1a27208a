using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.EntityFrameworkCore;
using RazorDemo.Dashboard;
using RazorDemo.Data;

namespace RazorDemo.Pages.Councils;

/// <summary>Every neighbourhood council and women's council, with its term, members and vacant seats.</summary>
public sealed class IndexModel(GovernanceDbContext db, DemoCity city, DashboardQueries dashboard, RecordCounts counts) : PageModel
{
    public CitySnapshot City { get; private set; } = null!;

    public IReadOnlyList<Council> Councils { get; private set; } = [];

    public CouncilCoverage Coverage { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        City = await city.GetAsync(cancellationToken);
        Coverage = (await dashboard.FiguresAsync(cancellationToken)).Coverage;
        // Read once and kept until a command changes the records (ADR 0032): the same for every reader.
        Councils = await counts.GetOrCountAsync("councils-page|" + City.Key, async token =>
        {
            var councils = await db.Set<Council>().AsNoTracking().Where(c => c.MunicipalityId == City.Municipality.Id).ToListAsync(token);
            return (IReadOnlyList<Council>)councils.OrderBy(c => City.Find(c.NeighbourhoodId)?.Number ?? int.MaxValue).ThenBy(c => c.Kind).ToList();
        }, cancellationToken);
    }
}
