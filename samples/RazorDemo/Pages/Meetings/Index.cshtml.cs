using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Meetings;
using RazorDemo.Dashboard;
using RazorDemo.Data;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Meetings;

/// <summary>Neighbourhood meetings, newest first, optionally of one neighbourhood, with their decisions' tallies.</summary>
public sealed class IndexModel(GovernanceDbContext db, DemoCity city, RecordCounts counts, Texts texts) : PageModel
{
    public const int PageSize = 30;

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "n")]
    public string? Neighbourhood { get; set; }

    public CitySnapshot City { get; private set; } = null!;

    public IReadOnlyList<NeighbourhoodMeeting> Meetings { get; private set; } = [];

    public int Total { get; private set; }

    public int? SelectedNeighbourhood { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        City = await city.GetAsync(cancellationToken);
        var ids = City.NeighbourhoodIds;
        var query = db.Set<NeighbourhoodMeeting>().AsNoTracking().Where(m => ids.Contains(m.NeighbourhoodId));
        if (!string.IsNullOrWhiteSpace(Neighbourhood))
        {
            if (City.ByNumber(Neighbourhood) is { } found)
            {
                SelectedNeighbourhood = found.Number;
                query = query.Where(m => m.NeighbourhoodId == found.Id);
            }
            else
            {
                Problem = texts.T($"محلهٔ «{Neighbourhood}» وجود ندارد؛ نشست‌های همهٔ محله‌ها نشان داده شده‌اند.", $"There is no neighbourhood '{Neighbourhood}'; meetings of every neighbourhood are shown.");
            }
        }

        // Read once per filter and kept until a command changes the records (ADR 0032); the filter is a known neighbourhood or none.
        (Total, Meetings) = await counts.GetOrCountAsync($"meetings-page|{City.Key}|{SelectedNeighbourhood}", async token =>
            (await query.CountAsync(token), (IReadOnlyList<NeighbourhoodMeeting>)await query.OrderByDescending(m => m.StartsAt).Take(PageSize).ToListAsync(token)), cancellationToken);
    }
}
