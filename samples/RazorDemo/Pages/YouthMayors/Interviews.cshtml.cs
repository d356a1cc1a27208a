using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Concurrency;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using RazorDemo.Identity;
using RazorDemo.Localization;
using RazorDemo.YouthMayors;

namespace RazorDemo.Pages.YouthMayors;

/// <summary>
/// The neighbourhood mayor's page for the current campaign: their neighbourhood's shortlist, interview sessions, the move
/// to selection, and the choice of the boy and the girl youth mayor. The library decides what is allowed when; the page
/// checks what a reader typed and shows the library's refusals in the reader's language.
/// </summary>
[Authorize(Policy = DemoPolicies.RunInterviews)]
public sealed class InterviewsModel(GovernanceDbContext context, IClock clock, Texts texts, CurrentPerson person) : PageModel
{
    /// <summary>The session's date, Solar Hijri, as typed (such as ۱۴۰۵/۰۹/۰۶ or 1405/09/06).</summary>
    [BindProperty]
    public string? HeldOn { get; set; }

    [BindProperty]
    public List<InterviewInput> Interviews { get; set; } = [];

    [BindProperty]
    public Guid? BoyApplicationId { get; set; }

    [BindProperty]
    public Guid? GirlApplicationId { get; set; }

    /// <summary>What the last action did, after its redirect: held, advanced or selected.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public YouthMayorCampaign? Campaign { get; private set; }

    public Neighbourhood? Neighbourhood { get; private set; }

    public IReadOnlyList<ApplicantRow> Applicants { get; private set; } = [];

    public IReadOnlyList<InterviewSession> Sessions { get; private set; } = [];

    public IReadOnlyList<(YouthMayor Mayor, ResidentPublicProfile Profile)> Chosen { get; private set; } = [];

    public LocalDate Today { get; private set; }

    public IEnumerable<ApplicantRow> AwaitingInterview => Applicants.Where(a => a.Interview is null);

    public bool InterviewsDone => Applicants.Count > 0 && Applicants.All(a => a.Interview is not null);

    public bool SeatFree(Gender seat) =>
        Campaign is not null && Neighbourhood is not null
        && Chosen.Count(c => c.Mayor.Gender == seat) < Campaign.SeatsPerNeighbourhood(seat);

    /// <summary>The first error recorded for a form field, for the span beside it.</summary>
    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public IEnumerable<string> Refusals =>
        ModelState.TryGetValue(string.Empty, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    public InterviewInput? PostedFor(YouthMayorApplicationId id) => Interviews.Find(i => i.ApplicationId == id.Value);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        HeldOn = texts.IsPersian ? PersianDates.Format(Today) : PersianDates.FormatNumericLatin(Today);
    }

    public async Task<IActionResult> OnPostHoldAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Campaign is null || Neighbourhood is null)
        {
            return Page();
        }

        var heldOn = ReadSessionDate();
        var interviews = ReadInterviews();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var neighbourhood = Neighbourhood;
        var result = await context.ChangeWithRetryAsync(
            new YouthMayorCampaignByIdSpec(Campaign.Id),
            campaign => campaign.HoldInterviewSession(neighbourhood, heldOn, interviews),
            cancellationToken: cancellationToken);
        return Outcome(result, "held");
    }

    public async Task<IActionResult> OnPostAdvanceAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Campaign is null || Neighbourhood is null)
        {
            return Page();
        }

        var waiting = AwaitingInterview.Count();
        if (Campaign.Stage == CampaignStage.Interviews && waiting > 0)
        {
            ModelState.AddModelError(string.Empty, texts.T(
                $"{texts.N(waiting)} متقاضی از محلهٔ شما هنوز مصاحبه نشده‌اند؛ پس از مصاحبهٔ همه، پویش به مرحلهٔ انتخاب می‌رود.",
                $"{texts.N(waiting)} shortlisted applicants of your neighbourhood have not been interviewed yet; the campaign moves to selection once all are."));
            return Page();
        }

        var today = Today;
        var result = await context.ChangeWithRetryAsync(
            new YouthMayorCampaignByIdSpec(Campaign.Id),
            campaign => campaign.AdvanceTo(CampaignStage.Selection, today),
            cancellationToken: cancellationToken);
        return Outcome(result, "advanced");
    }

    public async Task<IActionResult> OnPostSelectAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Campaign is null || Neighbourhood is null)
        {
            return Page();
        }

        var choices = new List<(YouthMayorApplicationId Id, Gender Seat)>();
        foreach (var (seat, field, chosen) in new[] { (Gender.Male, nameof(BoyApplicationId), BoyApplicationId), (Gender.Female, nameof(GirlApplicationId), GirlApplicationId) })
        {
            if (!SeatFree(seat))
            {
                continue;
            }

            if (chosen is null)
            {
                ModelState.AddModelError(field, seat == Gender.Male
                    ? texts.T("شهردار نوجوان پسر را برگزینید.", "Choose the boy youth mayor.")
                    : texts.T("شهردار نوجوان دختر را برگزینید.", "Choose the girl youth mayor."));
            }
            else if (!Applicants.Any(a => a.Application.Id.Value == chosen))
            {
                ModelState.AddModelError(field, texts.T("یکی از متقاضیان همین محله را برگزینید.", "Choose one of your neighbourhood's applicants."));
            }
            else
            {
                choices.Add((new YouthMayorApplicationId(chosen.Value), seat));
            }
        }

        if (ModelState.IsValid && choices.Count == 0)
        {
            ModelState.AddModelError(string.Empty, texts.T("کرسی خالی شهردار نوجوان در محلهٔ شما نمانده است.", "Your neighbourhood has no youth-mayor seat left to fill."));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Neighbourhood.Mayor is not { } mayor)
        {
            ModelState.AddModelError(string.Empty, texts.T("این محله شهردار ندارد.", "This neighbourhood has no neighbourhood mayor."));
            return Page();
        }

        var neighbourhood = Neighbourhood;
        var today = Today;
        try
        {
            var result = await context.ChangeWithRetryAsync(
                new YouthMayorCampaignByIdSpec(Campaign.Id),
                campaign =>
                {
                    for (var i = 0; i < choices.Count; i++)
                    {
                        var result = campaign.SelectYouthMayor(neighbourhood, mayor, choices[i].Id, choices[i].Seat, today);
                        if (result.IsFailure && i > 0)
                        {
                            // A later choice refused after an earlier one was made: throwing discards the whole attempt,
                            // so neither is stored (a returned failure would store the first).
                            throw new ChoiceRefusedException(result);
                        }

                        if (result.IsFailure)
                        {
                            return result;
                        }
                    }

                    return Result.Success();
                },
                cancellationToken: cancellationToken);
            return Outcome(result, "selected");
        }
        catch (ChoiceRefusedException refused)
        {
            return Outcome(refused.Result, "selected");
        }
    }

    private IActionResult Outcome(Result result, string done)
    {
        if (result.IsSuccess)
        {
            return RedirectToPage(new { done });
        }

        foreach (var violation in result.Violations)
        {
            ModelState.AddModelError(string.Empty, texts.T(violation.Message));
        }

        return Page();
    }

    private LocalDate ReadSessionDate()
    {
        if (string.IsNullOrWhiteSpace(HeldOn))
        {
            ModelState.AddModelError(nameof(HeldOn), texts.T("تاریخ جلسه را بنویسید، مانند ۱۴۰۵/۰۹/۰۶.", "Enter the session's date, such as 1405/09/06."));
            return default;
        }

        if (!PersianDates.TryParse(HeldOn, out var date, out var error))
        {
            ModelState.AddModelError(nameof(HeldOn), texts.T(error!));
            return default;
        }

        if (date > Today)
        {
            ModelState.AddModelError(nameof(HeldOn), texts.T(
                $"جلسه‌ای که هنوز برگزار نشده ثبت نمی‌شود؛ امروز {PersianDates.Format(Today)} است.",
                $"A session is recorded once held; today is {PersianDates.FormatNumericLatin(Today)}."));
        }

        return date;
    }

    private List<Interview> ReadInterviews()
    {
        var interviews = new List<Interview>();
        for (var i = 0; i < Interviews.Count; i++)
        {
            var input = Interviews[i];
            if (!input.Include)
            {
                continue;
            }

            var key = $"{nameof(Interviews)}[{i}]";
            if (!AwaitingInterview.Any(a => a.Application.Id.Value == input.ApplicationId))
            {
                ModelState.AddModelError(nameof(Interviews), texts.T(
                    "یکی از متقاضیان فرم در فهرست مصاحبه‌نشدگان محلهٔ شما نیست؛ صفحه را دوباره باز کنید.",
                    "An applicant in the form is not on your neighbourhood's list awaiting interview; reload the page."));
                continue;
            }

            var notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
            int? score = null;
            if (!string.IsNullOrWhiteSpace(input.Score))
            {
                if (int.TryParse(PersianDigits.ToLatin(input.Score.Trim()), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= Interview.MaxScore)
                {
                    score = value;
                }
                else
                {
                    ModelState.AddModelError($"{key}.Score", texts.T(
                        $"امتیاز عددی درست از ۰ تا {PersianDigits.Format(Interview.MaxScore)} است.",
                        $"The score is a whole number from 0 to {Interview.MaxScore}."));
                    continue;
                }
            }

            if (notes is { Length: > Interview.MaxNotesLength })
            {
                ModelState.AddModelError($"{key}.Notes", texts.T(
                    $"یادداشت حداکثر {PersianDigits.Format(Interview.MaxNotesLength)} نویسه است؛ این یکی {PersianDigits.Format(notes.Length)} نویسه دارد.",
                    $"Notes are at most {Interview.MaxNotesLength} characters; these have {notes.Length}."));
                continue;
            }

            if (score is null && notes is null)
            {
                ModelState.AddModelError($"{key}.Score", texts.T("امتیاز یا یادداشت (یا هر دو) بنویسید.", "Give a score, notes, or both."));
                continue;
            }

            interviews.Add(new Interview(new YouthMayorApplicationId(input.ApplicationId), score, notes));
        }

        if (!Interviews.Exists(i => i.Include))
        {
            ModelState.AddModelError(nameof(Interviews), texts.T("دست‌کم یک متقاضی را که در این جلسه مصاحبه شد برگزینید.", "Tick at least one applicant interviewed in this session."));
        }

        return interviews;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = PersianDates.TodayInCity(clock);
        Campaign = await CampaignRecords.CurrentAsync(context, cancellationToken);
        if (await person.NeighbourhoodIdAsync() is not { } neighbourhoodId || Campaign is null)
        {
            return;
        }

        Neighbourhood = await context.Neighbourhoods.AsNoTracking().SingleOrDefaultAsync(n => n.Id == neighbourhoodId, cancellationToken);
        if (Neighbourhood is null)
        {
            return;
        }

        var campaign = Campaign;
        Sessions = campaign.InterviewSessions.Where(s => s.NeighbourhoodId == neighbourhoodId).ToList();
        var shortlist = campaign.Applications.Where(a => a.NeighbourhoodId == neighbourhoodId && a.IsShortlisted).ToList();
        var mayors = campaign.YouthMayors.Where(m => m.NeighbourhoodId == neighbourhoodId).ToList();
        var residents = (await CampaignRecords.ResidentsAsync(context, shortlist.Select(a => a.ResidentId).Concat(mayors.Select(m => m.ResidentId)), cancellationToken))
            .ToDictionary(r => r.Id);

        // Public fields only: display name, gender and age band; never a birth date.
        ResidentPublicProfile ProfileOf(ResidentId id) => residents[id].ToPublicProfile(Today, campaign.Charter.AgeOfMajority);
        Applicants = shortlist
            .Select(a =>
            {
                var session = Sessions.FirstOrDefault(s => s.Interviews.Any(i => i.ApplicationId == a.Id));
                return new ApplicantRow(a, ProfileOf(a.ResidentId), session?.Interviews.First(i => i.ApplicationId == a.Id), session?.HeldOn, mayors.Exists(m => m.ApplicationId == a.Id));
            })
            .OrderBy(a => a.Profile.Gender)
            .ThenBy(a => a.Profile.DisplayName, StringComparer.Ordinal)
            .ToList();
        Chosen = mayors.Select(m => (m, ProfileOf(m.ResidentId))).ToList();
    }

    private sealed class ChoiceRefusedException(Result result) : Exception(result.ToString())
    {
        public Result Result { get; } = result;
    }
}

/// <summary>One row of the interview form, as posted.</summary>
public sealed class InterviewInput
{
    public Guid ApplicationId { get; set; }

    public bool Include { get; set; }

    public string? Score { get; set; }

    public string? Notes { get; set; }
}

/// <summary>A shortlisted applicant as the neighbourhood mayor sees them: public profile, and the interview once held.</summary>
public sealed record ApplicantRow(YouthMayorApplication Application, ResidentPublicProfile Profile, Interview? Interview, LocalDate? InterviewedOn, bool IsYouthMayor);
