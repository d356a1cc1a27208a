using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using ParticipatoryGovernance.YouthMayors.UseCases;
using RazorDemo.Data;
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
public sealed class InterviewsModel(GovernanceDbContext context, DemoCommands commands, IClock clock, Texts texts, CurrentPerson person, DemoCity city) : PageModel
{
    /// <summary>The session's date, Solar Hijri, as typed (such as ۱۴۰۵/۰۹/۰۶ or 1405/09/06).</summary>
    [BindProperty]
    public string? HeldOn { get; set; }

    [BindProperty]
    public List<InterviewRow> Interviews { get; set; } = [];

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

    /// <summary>How many other neighbourhoods still have shortlisted applicants awaiting interview.</summary>
    public int OtherNeighbourhoodsAwaiting { get; private set; }

    public bool SeatFree(Gender seat) =>
        Campaign is not null && Neighbourhood is not null
        && Chosen.Count(c => c.Mayor.Gender == seat) < Campaign.SeatsPerNeighbourhood(seat);

    /// <summary>The first error recorded for a form field, for the span beside it.</summary>
    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public IEnumerable<string> Refusals =>
        ModelState.TryGetValue(string.Empty, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    public InterviewRow? PostedFor(YouthMayorApplicationId id) => Interviews.Find(i => i.ApplicationId == id.Value);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        HeldOn = texts.InputDate(Today);
    }

    public async Task<IActionResult> OnPostHoldAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Campaign is null || Neighbourhood is null)
        {
            return Page();
        }

        // Translating the form only: the typed date and scores into values. The rules (scores 0–100, notes' length,
        // at least one interview, applicants of this neighbourhood, no future session) are the library's.
        var heldOn = ReadSessionDate();
        var interviews = ReadInterviews();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await commands.RunAsync(commands.Get<HoldInterviewSessionHandler>().HandleObservedAsync(
            new HoldInterviewSession(Campaign.MunicipalityId, Campaign.Id, Neighbourhood.Id, interviews, heldOn),
            cancellationToken));
        return Outcome(result, "held");
    }

    /// <summary>
    /// Closing the interviews is not a neighbourhood mayor's act: the campaign's stages are the whole city's, so moving it
    /// to selection would end every other neighbourhood's interviews too. The library has no per-neighbourhood close; the
    /// municipality moves the campaign on (/YouthMayors/Applications). A post here (a page left open from before) is
    /// refused with that reason, and changes nothing.
    /// </summary>
    public async Task<IActionResult> OnPostAdvanceAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ModelState.AddModelError(string.Empty, texts.T(
            "پایان مصاحبه‌ها با شهرداری است، نه با شهردار محله: مرحلهٔ پویش برای همهٔ محله‌های شهر یکی است و رفتن به انتخاب، مصاحبهٔ محله‌های دیگر را هم می‌بندد. کارشناس شهرداری پس از مصاحبهٔ همهٔ محله‌ها پویش را به مرحلهٔ انتخاب می‌برد.",
            "Closing the interviews is the municipality's act, not a neighbourhood mayor's: the campaign's stage is the same for every neighbourhood of the city, and moving it to selection would close the other neighbourhoods' interviews too. Municipal staff move the campaign to selection once every neighbourhood has interviewed its applicants."));
        return Page();
    }

    public async Task<IActionResult> OnPostSelectAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Campaign is null || Neighbourhood is null)
        {
            return Page();
        }

        // Both seats in one act: the campaign seats both or neither.
        var result = await commands.RunAsync(commands.Get<SelectYouthMayorsHandler>().HandleObservedAsync(
            new SelectYouthMayors(
                Campaign.MunicipalityId,
                Campaign.Id,
                Neighbourhood.Id,
                BoyApplicationId is { } boy ? new YouthMayorApplicationId(boy) : null,
                GirlApplicationId is { } girl ? new YouthMayorApplicationId(girl) : null),
            cancellationToken));
        return Outcome(result, "selected");
    }

    private IActionResult Outcome(Result result, string done)
    {
        if (result.IsSuccess)
        {
            return RedirectToPage(new { done });
        }

        // A violation about the session's date goes next to it; the others above the form.
        ModelState.AddRefusal(result, texts);
        return Page();
    }

    private LocalDate? ReadSessionDate()
    {
        if (string.IsNullOrWhiteSpace(HeldOn))
        {
            ModelState.AddModelError(nameof(HeldOn), texts.T("تاریخ جلسه را بنویسید، مانند ۱۴۰۵/۰۹/۰۶.", "Enter the session's date, such as 1405/09/06."));
            return null;
        }

        if (!PersianDates.TryParse(HeldOn, out var date, out var error))
        {
            ModelState.AddModelError(nameof(HeldOn), texts.T(error!));
            return null;
        }

        return date;
    }

    private List<ParticipatoryGovernance.YouthMayors.UseCases.InterviewInput> ReadInterviews()
    {
        var interviews = new List<ParticipatoryGovernance.YouthMayors.UseCases.InterviewInput>();
        for (var i = 0; i < Interviews.Count; i++)
        {
            var input = Interviews[i];
            if (!input.Include)
            {
                continue;
            }

            int? score = null;
            if (!string.IsNullOrWhiteSpace(input.Score))
            {
                score = DemoInput.Number(input.Score);
                if (score is null)
                {
                    ModelState.AddModelError($"{nameof(Interviews)}[{i}].Score", texts.T(
                        $"امتیاز عددی درست از ۰ تا {PersianDigits.Format(Interview.MaxScore)} است.",
                        $"The score is a whole number from 0 to {Interview.MaxScore}."));
                    continue;
                }
            }

            interviews.Add(new(new YouthMayorApplicationId(input.ApplicationId), score, input.Notes));
        }

        return interviews;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = PersianDates.TodayInCity(clock);
        Campaign = await CampaignRecords.CurrentAsync(context, (await city.GetAsync(cancellationToken)).Municipality.Id, cancellationToken);
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
        OtherNeighbourhoodsAwaiting = campaign.Applications
            .Where(a => a.NeighbourhoodId != neighbourhoodId && a.IsShortlisted && !campaign.WasInterviewed(a.Id))
            .Select(a => a.NeighbourhoodId)
            .Distinct()
            .Count();
    }
}

/// <summary>One row of the interview form, as posted.</summary>
public sealed class InterviewRow
{
    public Guid ApplicationId { get; set; }

    public bool Include { get; set; }

    public string? Score { get; set; }

    public string? Notes { get; set; }
}

/// <summary>A shortlisted applicant as the neighbourhood mayor sees them: public profile, and the interview once held.</summary>
public sealed record ApplicantRow(YouthMayorApplication Application, ResidentPublicProfile Profile, Interview? Interview, LocalDate? InterviewedOn, bool IsYouthMayor);
