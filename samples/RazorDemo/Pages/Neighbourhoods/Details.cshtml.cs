using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using RazorDemo.Dashboard;
using RazorDemo.Data;

namespace RazorDemo.Pages.Neighbourhoods;

/// <summary>One neighbourhood: its anchor, council, women's council, youth mayors, meetings and latest ideas.</summary>
public sealed class DetailsModel(GovernanceDbContext db, DemoCity city, RecordCounts counts, IClock clock) : PageModel
{
    public Neighbourhood Neighbourhood { get; private set; } = null!;

    public CitySnapshot City { get; private set; } = null!;

    public LocalDate Today { get; private set; }

    public IReadOnlyList<Council> Councils { get; private set; } = [];

    public IReadOnlyList<NeighbourhoodMeeting> Meetings { get; private set; } = [];

    public IReadOnlyList<CitizenIdea> Ideas { get; private set; } = [];

    public int IdeaCount { get; private set; }

    public IReadOnlyList<YouthMayor> YouthMayors { get; private set; } = [];

    /// <summary>Public profiles of the people the page names: council members and youth mayors (no birth dates).</summary>
    public IReadOnlyDictionary<ResidentId, ResidentPublicProfile> People { get; private set; } = new Dictionary<ResidentId, ResidentPublicProfile>();

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken cancellationToken)
    {
        City = await city.GetAsync(cancellationToken);
        if (City.ByNumber(number) is not { } neighbourhood)
        {
            return NotFound();
        }

        Neighbourhood = neighbourhood;
        Today = PersianDates.TodayInCity(clock);

        // The same for every reader until a command changes the records: read once and kept (ADR 0032), so that a signed-in
        // reader's view, which the output cache does not serve, reads no campaign or council per view.
        var view = await counts.GetOrCountAsync($"neighbourhood-page|{City.Key}|{neighbourhood.Number}|{Today}", token => ReadAsync(neighbourhood, token), cancellationToken);
        (Councils, Meetings, Ideas, IdeaCount, YouthMayors, People) = view;
        return Page();
    }

    private async Task<NeighbourhoodView> ReadAsync(Neighbourhood neighbourhood, CancellationToken cancellationToken)
    {
        var councils = await db.Set<Council>().AsNoTracking().Where(c => c.NeighbourhoodId == neighbourhood.Id).OrderBy(c => c.Kind).ToListAsync(cancellationToken);
        var meetings = await db.Set<NeighbourhoodMeeting>().AsNoTracking().Where(m => m.NeighbourhoodId == neighbourhood.Id).OrderByDescending(m => m.StartsAt).ToListAsync(cancellationToken);
        var ideas = db.Set<CitizenIdea>().AsNoTracking().Where(i => i.NeighbourhoodId == neighbourhood.Id && i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null);
        var ideaCount = await ideas.CountAsync(cancellationToken);
        var latest = await ideas.OrderByDescending(i => i.SubmittedAt).Take(10).ToListAsync(cancellationToken);
        var campaigns = await db.Set<YouthMayorCampaign>().AsNoTracking().Where(c => c.MunicipalityId == City.Municipality.Id).ToListAsync(cancellationToken);
        var youthMayors = campaigns.OrderBy(c => c.CallOpensOn).SelectMany(c => c.YouthMayors).Where(m => m.NeighbourhoodId == neighbourhood.Id).ToList();
        var ids = councils.SelectMany(c => c.CurrentMembers).Select(m => m.ResidentId).Concat(youthMayors.Select(m => m.ResidentId)).Distinct().ToList();
        var residents = await db.Set<Resident>().AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        var people = residents.ToDictionary(r => r.Id, r => r.ToPublicProfile(Today, City.Charter.AgeOfMajority));
        return new NeighbourhoodView(councils, meetings, latest, ideaCount, youthMayors, people);
    }

    /// <summary>What the page shows of a neighbourhood, the same for every reader.</summary>
    private sealed record NeighbourhoodView(
        IReadOnlyList<Council> Councils,
        IReadOnlyList<NeighbourhoodMeeting> Meetings,
        IReadOnlyList<CitizenIdea> Ideas,
        int IdeaCount,
        IReadOnlyList<YouthMayor> YouthMayors,
        IReadOnlyDictionary<ResidentId, ResidentPublicProfile> People);

    public string NameOf(ResidentId id) => People.TryGetValue(id, out var p) ? p.DisplayName : "—";
}
