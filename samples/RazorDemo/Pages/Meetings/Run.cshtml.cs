using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Meetings.UseCases;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Meetings;

/// <summary>
/// The secretary runs one meeting of their neighbourhood: adds agenda items, opens it, records who came (found by name,
/// a page of <see cref="ResidentsListed"/> at a time), puts items to the vote, records each attendee's vote, decides
/// each item (the library applies the charter's quorum and majority), and closes it with minutes, or cancels it. Every
/// act is one of the library's commands; another neighbourhood's meeting is not found.
/// </summary>
[Authorize(Policy = DemoPolicies.RunMeetings)]
public sealed class RunModel(GovernanceDbContext db, DemoCity city, DemoCommands commands, IClock clock, Texts texts, CurrentPerson person) : PageModel
{
    /// <summary>Residents listed per page of the attendance picker.</summary>
    public const int ResidentsListed = 20;

    /// <summary>The longest name search accepted.</summary>
    public const int MaxSearchLength = 100;

    /// <summary>The most residents recorded in one post: a page of the picker.</summary>
    public const int MaxAttendancePerPost = ResidentsListed;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The name searched for in the attendance picker.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    /// <summary>The picker's page, as given (Persian or Latin digits).</summary>
    [BindProperty(SupportsGet = true, Name = "rp")]
    public string? ResidentsPageText { get; set; }

    /// <summary>What the last act did, after its redirect.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>How many residents or votes the last act recorded, after its redirect.</summary>
    [BindProperty(SupportsGet = true, Name = "count")]
    public string? DoneCount { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Minutes { get; set; }

    /// <summary>The agenda item acted on, as posted.</summary>
    [BindProperty]
    public string? ItemNumber { get; set; }

    /// <summary>The residents ticked as present, as posted (their ids).</summary>
    [BindProperty]
    public List<string?> Present { get; set; } = [];

    /// <summary>Each attendee's vote on the item under vote, as posted.</summary>
    [BindProperty]
    public List<VoteRow> Votes { get; set; } = [];

    public NeighbourhoodMeeting Meeting { get; private set; } = null!;

    public Neighbourhood Neighbourhood { get; private set; } = null!;

    public CitySnapshot City { get; private set; } = null!;

    /// <summary>The public names of those present (minors by given name and initial).</summary>
    public IReadOnlyDictionary<ResidentId, ResidentPublicProfile> Attendees { get; private set; } = new Dictionary<ResidentId, ResidentPublicProfile>();

    /// <summary>The residents the picker shows on its page, those not yet present.</summary>
    public IReadOnlyList<ResidentPublicProfile> Candidates { get; private set; } = [];

    /// <summary>How many residents match the search.</summary>
    public int Matching { get; private set; }

    public int ResidentsPage { get; private set; } = 1;

    public int ResidentsPages => Math.Max(1, (Matching + ResidentsListed - 1) / ResidentsListed);

    public string? SearchProblem { get; private set; }

    public AgendaItem? UnderVote => Meeting.Agenda.FirstOrDefault(i => i.Status == AgendaItemStatus.Voting);

    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    public IEnumerable<string> Refusals =>
        ModelState.TryGetValue(string.Empty, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    /// <summary>The picker's address on another page, keeping the search.</summary>
    public string PickerUrl(int page) =>
        $"/Meetings/Run/{Id}?" + (string.IsNullOrWhiteSpace(Search) ? string.Empty : "q=" + Uri.EscapeDataString(Search.Trim()) + "&") + "rp=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture) + "#attendance";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAddItemAsync(CancellationToken cancellationToken) =>
        ActAsync(m => commands.Get<AddAgendaItemHandler>().HandleObservedAsync(new AddAgendaItem(City.Municipality.Id, m.Id, Title, Description), cancellationToken), "item-added", cancellationToken);

    public Task<IActionResult> OnPostOpenAsync(CancellationToken cancellationToken) =>
        ActAsync(m => commands.Get<OpenMeetingHandler>().HandleObservedAsync(new OpenMeeting(City.Municipality.Id, m.Id), cancellationToken), "opened", cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken) =>
        ActAsync(m => commands.Get<CancelMeetingHandler>().HandleObservedAsync(new CancelMeeting(City.Municipality.Id, m.Id, Reason), cancellationToken), "cancelled", cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken) =>
        ActAsync(m => commands.Get<CloseMeetingHandler>().HandleObservedAsync(new CloseMeeting(City.Municipality.Id, m.Id, Minutes), cancellationToken), "closed", cancellationToken);

    public Task<IActionResult> OnPostPutToVoteAsync(CancellationToken cancellationToken) =>
        ItemActAsync(number => commands.Get<PutItemToVoteHandler>().HandleObservedAsync(new PutItemToVote(City.Municipality.Id, Meeting.Id, number), cancellationToken), "voting", cancellationToken);

    public Task<IActionResult> OnPostDecideAsync(CancellationToken cancellationToken) =>
        ItemActAsync(number => commands.Get<DecideItemHandler>().HandleObservedAsync(new DecideItem(City.Municipality.Id, Meeting.Id, number), cancellationToken), "decided", cancellationToken);

    public async Task<IActionResult> OnPostAttendAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var ticked = new List<ResidentId>();
        foreach (var posted in Present.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct())
        {
            if (!Guid.TryParse(posted!.Trim(), out var id) || id == Guid.Empty)
            {
                ModelState.AddModelError(nameof(Present), texts.T("ساکنان را از فهرست برگزینید.", "Tick residents from the list."));
                return Page();
            }

            ticked.Add(new ResidentId(id));
        }

        if (ticked.Count == 0)
        {
            ModelState.AddModelError(nameof(Present), texts.T("دست‌کم یک ساکن را که آمده است برگزینید.", "Tick at least one resident who came."));
            return Page();
        }

        if (ticked.Count > MaxAttendancePerPost)
        {
            ModelState.AddModelError(nameof(Present), texts.T($"هر بار دست‌کم یک و دست‌بالا {texts.N(MaxAttendancePerPost)} نفر را ثبت کنید.", $"Record from one to {MaxAttendancePerPost} residents at a time."));
            return Page();
        }

        // One act per resident, as the library records attendance; a refusal names the resident it is about.
        var recorded = 0;
        foreach (var resident in ticked)
        {
            var result = await commands.RunAsync(commands.Get<RecordAttendanceHandler>().HandleObservedAsync(new RecordAttendance(City.Municipality.Id, Meeting.Id, resident), cancellationToken));
            if (result.IsFailure)
            {
                ModelState.AddModelError(nameof(Present), $"{await NameOfAsync(resident, cancellationToken)}: {result.Describe(texts)}");
            }
            else
            {
                recorded++;
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        return RedirectToPage(new { id = Id, done = "attended", q = Search, count = recorded });
    }

    public async Task<IActionResult> OnPostVoteAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (ReadItemNumber() is not { } number)
        {
            return Page();
        }

        var votes = new List<(ResidentId Voter, VoteChoice Choice)>();
        for (var i = 0; i < Votes.Count && i <= Meeting.Attendees.Count; i++)
        {
            var row = Votes[i];
            if (string.IsNullOrWhiteSpace(row.Choice))
            {
                continue;
            }

            if (!Guid.TryParse(row.Resident?.Trim(), out var voter) || voter == Guid.Empty
                || !Enum.TryParse<VoteChoice>(row.Choice.Trim(), ignoreCase: false, out var choice) || !Enum.IsDefined(choice) || int.TryParse(row.Choice, out _))
            {
                ModelState.AddModelError(nameof(Votes), texts.T("برای هر حاضر یکی از «موافق»، «مخالف» یا «ممتنع» را برگزینید.", "Choose For, Against or Abstain for each attendee."));
                return Page();
            }

            votes.Add((new ResidentId(voter), choice));
        }

        if (votes.Count == 0)
        {
            ModelState.AddModelError(nameof(Votes), texts.T("دست‌کم یک رأی را ثبت کنید.", "Record at least one vote."));
            return Page();
        }

        var recorded = 0;
        foreach (var (voter, choice) in votes)
        {
            var result = await commands.RunAsync(commands.Get<CastMeetingVoteHandler>().HandleObservedAsync(new CastMeetingVote(City.Municipality.Id, Meeting.Id, number, voter, choice), cancellationToken));
            if (result.IsFailure)
            {
                ModelState.AddModelError(nameof(Votes), $"{await NameOfAsync(voter, cancellationToken)}: {result.Describe(texts)}");
            }
            else
            {
                recorded++;
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        return RedirectToPage(new { id = Id, done = "voted", count = recorded });
    }

    private async Task<IActionResult> ItemActAsync(Func<int, Task<Result<Changed>>> act, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (ReadItemNumber() is not { } number)
        {
            return Page();
        }

        return await OutcomeAsync(await commands.RunAsync(act(number)), done, cancellationToken);
    }

    private async Task<IActionResult> ActAsync(Func<NeighbourhoodMeeting, Task<Result<Changed>>> act, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return await OutcomeAsync(await commands.RunAsync(act(Meeting)), done, cancellationToken);
    }

    private async Task<IActionResult> OutcomeAsync(Result<Changed> result, string done, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            return RedirectToPage(new { id = Id, done });
        }

        ModelState.AddRefusal(result, texts);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private int? ReadItemNumber()
    {
        if (DemoInput.Number(ItemNumber) is { } number)
        {
            return number;
        }

        ModelState.AddModelError(string.Empty, texts.T("بند دستور جلسه را از فهرست برگزینید.", "Choose an agenda item from the list."));
        return null;
    }

    private async Task<string> NameOfAsync(ResidentId id, CancellationToken cancellationToken)
    {
        if (Attendees.TryGetValue(id, out var known))
        {
            return known.DisplayName;
        }

        var resident = await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.NeighbourhoodId == Neighbourhood.Id, cancellationToken);
        return resident?.ToPublicProfile(PersianDates.TodayInCity(clock), City.Charter.AgeOfMajority).DisplayName ?? texts.T("شهروند ناشناس", "Unknown resident");
    }

    /// <summary>Reads the meeting, when it is one of the secretary's neighbourhood; false otherwise (the page answers 404).</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        City = await city.GetAsync(cancellationToken);
        if (City.Find(await person.NeighbourhoodIdAsync()) is not { } neighbourhood)
        {
            return false;
        }

        var meetingId = new MeetingId(Id);
        var meeting = await db.Set<NeighbourhoodMeeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null || meeting.NeighbourhoodId != neighbourhood.Id)
        {
            return false;
        }

        Meeting = meeting;
        Neighbourhood = neighbourhood;
        var today = PersianDates.TodayInCity(clock);
        var ids = meeting.Attendees.Select(a => a.ResidentId).ToList();
        var present = await db.Residents.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        Attendees = present.ToDictionary(r => r.Id, r => r.ToPublicProfile(today, City.Charter.AgeOfMajority));
        if (meeting.Status == MeetingStatus.Open)
        {
            await LoadCandidatesAsync(today, cancellationToken);
        }

        return true;
    }

    /// <summary>The picker: residents of the neighbourhood whose name holds the search, by family name, a page at a time.</summary>
    private async Task LoadCandidatesAsync(LocalDate today, CancellationToken cancellationToken)
    {
        var id = Neighbourhood.Id;
        var residents = db.Residents.AsNoTracking().Where(r => r.NeighbourhoodId == id);
        var search = Normalize(Search);
        if (search.Length > MaxSearchLength)
        {
            SearchProblem = texts.T($"نام جست‌وجو دست‌بالا {texts.N(MaxSearchLength)} نویسه است.", $"Search for at most {MaxSearchLength} characters of a name.");
            search = string.Empty;
            Matching = 0;
            return;
        }

        if (search.Length > 0)
        {
            residents = residents.Where(r => r.Name.GivenName.Contains(search) || r.Name.FamilyName.Contains(search) || (r.Name.GivenName + " " + r.Name.FamilyName).Contains(search));
        }

        Matching = await residents.CountAsync(cancellationToken);
        ResidentsPage = DemoInput.Number(ResidentsPageText) is { } page ? Math.Clamp(page, 1, ResidentsPages) : 1;
        var shown = await residents.OrderBy(r => r.Name.FamilyName).ThenBy(r => r.Name.GivenName).ThenBy(r => r.Id)
            .Skip((ResidentsPage - 1) * ResidentsListed).Take(ResidentsListed).ToListAsync(cancellationToken);
        Candidates = shown.Select(r => r.ToPublicProfile(today, City.Charter.AgeOfMajority)).ToList();
    }

    /// <summary>
    /// The search as the names are stored: trimmed, Arabic yeh and kaf as their Persian forms, without control or
    /// direction characters (the zero-width non-joiner, part of many Persian names, stays).
    /// </summary>
    private static string Normalize(string? text) =>
        new string((text ?? string.Empty).Trim().Replace('ي', 'ی').Replace('ك', 'ک')
            .Where(c => !char.IsControl(c) && !char.IsSurrogate(c) && c is not ('\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))).ToArray()).Trim();
}

/// <summary>One attendee's vote as posted: the resident's id and For, Against or Abstain (empty for not yet).</summary>
public sealed class VoteRow
{
    public string? Resident { get; set; }

    public string? Choice { get; set; }
}
