using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Meetings;
using RazorDemo.Data;

namespace RazorDemo.Pages.Meetings;

/// <summary>One meeting: its agenda, each item's tally and decision, and the minutes.</summary>
public sealed class DetailsModel(GovernanceDbContext db, DemoCity city) : PageModel
{
    public NeighbourhoodMeeting Meeting { get; private set; } = null!;

    public CitySnapshot City { get; private set; } = null!;

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
        return Page();
    }

    public static ParticipatoryGovernance.Common.LocalizedText OutcomeName(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Passed => new("تصویب شد", "Passed"),
        DecisionOutcome.Rejected => new("رد شد", "Rejected"),
        DecisionOutcome.NoQuorum => new("بدون حد نصاب", "No quorum"),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a defined outcome."),
    };

    public static ParticipatoryGovernance.Common.LocalizedText StatusName(MeetingStatus status) => status switch
    {
        MeetingStatus.Scheduled => new("برنامه‌ریزی‌شده", "Scheduled"),
        MeetingStatus.Open => new("در جریان", "In progress"),
        MeetingStatus.Closed => new("پایان‌یافته", "Closed"),
        MeetingStatus.Cancelled => new("لغوشده", "Cancelled"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined status."),
    };
}
