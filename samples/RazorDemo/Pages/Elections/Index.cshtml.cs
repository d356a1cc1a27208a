using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using RazorDemo.Dashboard;
using RazorDemo.Data;

namespace RazorDemo.Pages.Elections;

/// <summary>
/// The reader's city's youth-mayor elections (issue #17, item 5): the polls open now, and the elections counted, each with
/// its winner. A city whose charter has youth mayors chosen after interview has none, and the page says so.
/// </summary>
public sealed class IndexModel(GovernanceDbContext context, DemoCity city, RecordCounts counts, IClock clock) : PageModel
{
    public CitySnapshot City { get; private set; } = null!;

    public LocalDate Today { get; private set; }

    public IReadOnlyList<YouthMayorElection> Elections { get; private set; } = [];

    public IReadOnlyDictionary<ResidentId, ResidentPublicProfile> People { get; private set; } = new Dictionary<ResidentId, ResidentPublicProfile>();

    public bool ElectsYouthMayors => City.Charter.YouthMayorSelection == YouthMayorSelection.Election;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        City = await city.GetAsync(cancellationToken);
        Today = PersianDates.TodayInCity(clock);

        // The same for every reader of the city until a command changes the records (ADR 0032).
        (Elections, People) = await counts.GetOrCountAsync($"elections-page|{City.Key}|{Today}", async token =>
        {
            var elections = await ElectionRecords.OfCityAsync(context, City, token);
            var people = await ElectionRecords.ProfilesAsync(context, elections.Where(e => e.Winner is not null).Select(e => e.Winner!.Value), City, Today, token);
            return ((IReadOnlyList<YouthMayorElection>)elections, (IReadOnlyDictionary<ResidentId, ResidentPublicProfile>)people);
        }, cancellationToken);
    }

    public string NameOf(ResidentId? id) => id is { } value && People.TryGetValue(value, out var p) ? p.DisplayName : "—";
}
