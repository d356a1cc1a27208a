using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Meetings.UseCases;
using ParticipatoryGovernance.Residents;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Meetings;

/// <summary>
/// A clerk at the mosque enters a meeting's paper attendance sheet: its number and the residents listed, one identifier
/// a line (the same identifier as on paper ballots). The sheet is checked and recorded whole by
/// <see cref="RecordAttendanceSheet"/>; every line is kept with the clerk and the time. Without a meeting, the city's
/// open meetings are listed to choose from.
/// </summary>
[Authorize(Policy = DemoPolicies.EnterAttendanceSheets)]
public sealed class SheetModel(GovernanceDbContext db, DemoCity city, DemoCommands commands, CurrentPerson person, IAttendanceSheetStore sheets, UserManager<DemoUser> users, Texts texts) : PageModel
{
    /// <summary>The longest text accepted in the lines box (200 lines of identifiers, with room).</summary>
    public const int MaxLinesLength = 20_000;

    /// <summary>The meeting.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    /// <summary>The sheet's number as typed.</summary>
    [BindProperty]
    public string? SheetNumber { get; set; }

    /// <summary>The residents' identifiers as typed, one a line.</summary>
    [BindProperty]
    public string? Lines { get; set; }

    /// <summary>What the last entry did.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>The meeting, when one is chosen.</summary>
    public NeighbourhoodMeeting? Meeting { get; private set; }

    /// <summary>The city's open meetings, when none is chosen.</summary>
    public IReadOnlyList<NeighbourhoodMeeting> OpenMeetings { get; private set; } = [];

    /// <summary>The lines entered for the meeting, with the clerk's name.</summary>
    public IReadOnlyList<(AttendanceSheetLine Line, string Clerk)> Entered { get; private set; } = [];

    /// <summary>The refusals of the last post.</summary>
    public List<string> Refusals { get; } = [];

    /// <summary>Shows the meeting's form and sheets, or the open meetings.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>Enters a sheet.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Meeting is null)
        {
            return NotFound();
        }

        var clerk = await person.OfficialAsync();
        if (clerk is null)
        {
            return Forbid();
        }

        if (Lines is { Length: > MaxLinesLength })
        {
            Refusals.Add(texts.T($"فهرست بیش از {texts.N(MaxLinesLength)} نویسه است؛ برگه را در چند بخش وارد کنید.", $"The list is longer than {MaxLinesLength} characters; enter the sheet in parts."));
            return Page();
        }

        // One identifier a line, blank lines skipped: the line numbers in refusals are the sheet's.
        ResidentId?[] residents = [.. (Lines ?? string.Empty).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .Select(l => Guid.TryParse(l, out var id) && id != Guid.Empty ? new ResidentId(id) : (ResidentId?)null)];
        var municipality = (await city.GetAsync(cancellationToken)).Municipality.Id;
        var result = await commands.Get<RecordAttendanceSheetHandler>().HandleObservedAsync(
            new RecordAttendanceSheet(municipality, Meeting.Id, SheetNumber, residents, clerk.Id), cancellationToken);
        if (result.IsFailure)
        {
            Refusals.AddRange(result.Violations.Select(v => texts.T(v.Message)));
            return Page();
        }

        Notice = texts.T(
            $"برگهٔ {result.Value.SheetNumber} با {texts.N(result.Value.Lines)} سطر ثبت شد.",
            $"Sheet {result.Value.SheetNumber} with {result.Value.Lines} lines is recorded.");
        return RedirectToPage(new { id = Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var snapshot = await city.GetAsync(cancellationToken);
        var neighbourhoods = snapshot.Neighbourhoods.Select(n => n.Id).ToList();
        if (Id is not { } id)
        {
            OpenMeetings = await db.Set<NeighbourhoodMeeting>().AsNoTracking()
                .Where(m => m.Status == MeetingStatus.Open && neighbourhoods.Contains(m.NeighbourhoodId))
                .OrderBy(m => m.StartsAt).Take(100).ToListAsync(cancellationToken);
            return true;
        }

        var meetingId = new MeetingId(id);
        Meeting = await db.Set<NeighbourhoodMeeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (Meeting is null || !neighbourhoods.Contains(Meeting.NeighbourhoodId))
        {
            return false;
        }

        var lines = await sheets.LinesAsync(meetingId, cancellationToken);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var by in lines.Select(l => l.EnteredBy).Distinct())
        {
            var user = await users.FindByIdAsync(by);
            names[by] = user is null ? by : string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? by : user.DisplayName;
        }

        Entered = [.. lines.Select(l => (l, names[l.EnteredBy]))];
        return true;
    }
}
