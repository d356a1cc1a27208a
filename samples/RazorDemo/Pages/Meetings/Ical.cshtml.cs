using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Meetings;
using RazorDemo.Data;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Meetings;

/// <summary>
/// A meeting's iCalendar file, for a resident's phone calendar: public like the meeting's page, in the reader's language,
/// and cached with the meetings' pages (evicted when a meeting changes).
/// </summary>
public sealed class IcalModel(GovernanceDbContext db, DemoCity city, IClock clock, Texts texts) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var meetingId = new MeetingId(id);
        var meeting = await db.Set<NeighbourhoodMeeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        var snapshot = await city.GetAsync(cancellationToken);
        var agenda = meeting.Agenda.Select(i => texts.T($"{ParticipatoryGovernance.Calendar.PersianDigits.Format(i.Number)}. {i.Title}", $"{i.Number}. {i.Title}"));
        var description = texts.T("دستور جلسه:", "Agenda:") + "\n" + string.Join("\n", agenda);
        if (meeting.CancellationReason is { } reason)
        {
            description = texts.T("لغو شد: ", "Cancelled: ") + reason + "\n" + description;
        }

        var address = new Uri($"{Request.Scheme}://{Request.Host}/Meetings/{meeting.Id.Value}");
        var file = MeetingCalendarFile.Write(
            meeting,
            texts.Language,
            MeetingWording.Title(texts, snapshot.Find(meeting.NeighbourhoodId)),
            texts.T(meeting.Place),
            description,
            address,
            clock.GetCurrentInstant());
        return File(Encoding.UTF8.GetBytes(file), MeetingCalendarFile.ContentType, $"meeting-{meeting.Id.Value:D}.ics");
    }
}
