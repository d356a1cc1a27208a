using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.EntityFrameworkCore.Reporting;

namespace RazorDemo.Pages.Adoption;

/// <summary>
/// The model's adoption across every city in the database (issue #18, item 4): national totals, each province's totals and
/// its cities, each measured against its own charter (<see cref="AdoptionRollups"/>, aggregated by the database). A public
/// page served from the output cache and evicted with the dashboard by every change.
/// </summary>
public sealed class ProgressModel(AdoptionRollups rollups, IClock clock) : PageModel
{
    public AdoptionRollup Rollup { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rollup = await rollups.ReadAsync(PersianDates.TodayInCity(clock), cancellationToken);
}
