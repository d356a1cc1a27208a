using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Meetings;
using RazorDemo.Data;
using RazorDemo.Identity;

namespace RazorDemo.Pages.Meetings;

/// <summary>One meeting: its agenda, each item's tally and decision with the rule that decided it, and the minutes.</summary>
public sealed class DetailsModel(GovernanceDbContext db, DemoCity city, CurrentPerson person) : PageModel
{
    public NeighbourhoodMeeting Meeting { get; private set; } = null!;

    public CitySnapshot City { get; private set; } = null!;

    /// <summary>Whether the signed-in reader is the secretary of this meeting's neighbourhood (never true on a cached page: those are anonymous).</summary>
    public bool MayRun { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var meetingId = new MeetingId(id);
        var meeting = await db.Set<NeighbourhoodMeeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        City = await city.GetAsync(cancellationToken);
        if (meeting is null || !City.Has(meeting.NeighbourhoodId))
        {
            return NotFound();
        }

        Meeting = meeting;
        MayRun = person.May(DemoPolicies.RunMeetings) && await person.NeighbourhoodIdAsync() == meeting.NeighbourhoodId;
        return Page();
    }
}
