using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Meetings.UseCases;
using ParticipatoryGovernance.Neighbourhoods;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Meetings;

/// <summary>
/// The meeting secretary's page: schedules a meeting of their own neighbourhood with its agenda (the library's
/// <see cref="ScheduleMeeting"/>), and lists the neighbourhood's meetings to run. A secretary sees and acts on their own
/// neighbourhood only.
/// </summary>
[Authorize(Policy = DemoPolicies.RunMeetings)]
public sealed class ManageModel(GovernanceDbContext db, DemoCity city, DemoCommands commands, IClock clock, Texts texts, CurrentPerson person) : PageModel
{
    /// <summary>How many of the ended meetings are listed (the public list has the rest).</summary>
    public const int EndedListed = 10;

    /// <summary>How many meetings to run are listed, soonest first: more than a secretary holds in months.</summary>
    public const int ToRunListed = 30;

    /// <summary>The date, Solar Hijri, as typed (۱۴۰۵/۰۹/۲۰ or 1405/09/20).</summary>
    [BindProperty]
    public string? Date { get; set; }

    /// <summary>The start time, as typed (۱۹:۳۰ or 19:30).</summary>
    [BindProperty]
    public string? Time { get; set; }

    [BindProperty]
    public string? Place { get; set; }

    /// <summary>The agenda items, one a line, as typed.</summary>
    [BindProperty]
    public string? AgendaItems { get; set; }

    public CitySnapshot City { get; private set; } = null!;

    public Neighbourhood? Neighbourhood { get; private set; }

    /// <summary>Scheduled and open meetings, soonest first, at most <see cref="ToRunListed"/>.</summary>
    public IReadOnlyList<NeighbourhoodMeeting> ToRun { get; private set; } = [];

    /// <summary>How many meetings are scheduled or open.</summary>
    public int ToRunCount { get; private set; }

    /// <summary>The latest closed or cancelled meetings.</summary>
    public IReadOnlyList<NeighbourhoodMeeting> Ended { get; private set; } = [];

    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    public IEnumerable<string> Refusals =>
        ModelState.TryGetValue(string.Empty, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var today = PersianDates.TodayInCity(clock).PlusDays(7);
        Date = texts.InputDate(today);
        Time = texts.Digits("19:00");
        Place = Neighbourhood is null ? null : texts.T(Neighbourhood.Anchor.Name);
    }

    public async Task<IActionResult> OnPostScheduleAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Neighbourhood is null)
        {
            return Page();
        }

        // The form's text into the command's values; the rules (place, a date within the window, the agenda's titles and
        // length) are the library's.
        LocalDate? date = null;
        if (string.IsNullOrWhiteSpace(Date))
        {
            ModelState.AddModelError(nameof(ScheduleMeeting.StartsAt), texts.T("تاریخ نشست را بنویسید، مانند ۱۴۰۵/۰۹/۲۰.", "Enter the meeting's date, such as 1405/09/20."));
        }
        else if (PersianDates.TryParse(Date, out var parsed, out var dateError))
        {
            date = parsed;
        }
        else
        {
            ModelState.AddModelError(nameof(ScheduleMeeting.StartsAt), texts.T(dateError!));
        }

        var time = MeetingTimes.Read(Time, out var timeError);
        if (timeError is not null)
        {
            ModelState.AddModelError(nameof(Time), texts.T(timeError));
        }

        if (date is null || time is null)
        {
            return Page();
        }

        var items = (AgendaItems ?? string.Empty).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).Select(line => (string?)line).ToList();
        var result = await commands.RunAsync(commands.Get<ScheduleMeetingHandler>().HandleObservedAsync(
            new ScheduleMeeting(City.Municipality.Id, Neighbourhood.Id, Place, MeetingTimes.InCity(date.Value, time.Value), items),
            cancellationToken));
        if (result.IsFailure)
        {
            ModelState.AddRefusal(result, texts);
            return Page();
        }

        return RedirectToPage("/Meetings/Run", new { id = result.Value.Id.Value, done = "scheduled" });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        City = await city.GetAsync(cancellationToken);
        Neighbourhood = City.Find(await person.NeighbourhoodIdAsync());
        if (Neighbourhood is null)
        {
            return;
        }

        var id = Neighbourhood.Id;
        var mine = db.Set<NeighbourhoodMeeting>().AsNoTracking().Where(m => m.NeighbourhoodId == id);
        var toRun = mine.Where(m => m.Status == MeetingStatus.Scheduled || m.Status == MeetingStatus.Open);
        ToRunCount = await toRun.CountAsync(cancellationToken);
        ToRun = await toRun.OrderBy(m => m.StartsAt).ThenBy(m => m.Id).Take(ToRunListed).ToListAsync(cancellationToken);
        Ended = await mine.Where(m => m.Status == MeetingStatus.Closed || m.Status == MeetingStatus.Cancelled).OrderByDescending(m => m.StartsAt).ThenBy(m => m.Id).Take(EndedListed).ToListAsync(cancellationToken);
    }
}
