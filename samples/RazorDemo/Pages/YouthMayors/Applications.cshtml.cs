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
/// The municipality's page for its running campaigns: the applications received, the shortlist for interview, each
/// neighbourhood's progress through its interviews, and the move of the whole campaign to its next stage. When a stage
/// may start (the call closed, a shortlist drawn, interviews held) is the library's to say; the page shows its refusal.
/// </summary>
[Authorize(Policy = DemoPolicies.Review)]
public sealed class ApplicationsModel(GovernanceDbContext context, DemoCommands commands, IClock clock, Texts texts, DemoCity city) : PageModel
{
    /// <summary>The campaign shown; by default the running campaign with the latest call.</summary>
    [BindProperty(SupportsGet = true, Name = "campaign")]
    public Guid? CampaignId { get; set; }

    /// <summary>The applications ticked for the shortlist.</summary>
    [BindProperty]
    public List<string> Shortlist { get; set; } = [];

    /// <summary>The stage the campaign is to enter, as the page offered it (so a page left open cannot move it twice).</summary>
    [BindProperty]
    public string? Stage { get; set; }

    /// <summary>What the last action did, after its redirect: shortlisted or advanced.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public IReadOnlyList<YouthMayorCampaign> Campaigns { get; private set; } = [];

    public YouthMayorCampaign? Campaign { get; private set; }

    public IReadOnlyList<ApplicationRow> Rows { get; private set; } = [];

    public IReadOnlyList<NeighbourhoodProgress> Progress { get; private set; } = [];

    public LocalDate Today { get; private set; }

    /// <summary>The stage after the current one by the campaign's charter, or null at the last.</summary>
    public CampaignStage? NextStage
    {
        get
        {
            if (Campaign is null)
            {
                return null;
            }

            var sequence = CampaignStages.Sequence(Campaign.Charter.YouthMayorSelection);
            var position = sequence.ToList().IndexOf(Campaign.Stage);
            return position + 1 < sequence.Count ? sequence[position + 1] : null;
        }
    }

    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public IEnumerable<string> Refusals =>
        ModelState.TryGetValue(string.Empty, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).Distinct() : [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return CampaignId is not null && Campaign is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostShortlistAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Campaign is null)
        {
            return CampaignId is null ? Page() : NotFound();
        }

        // Translating the form only: the ticked identifiers. Whether each may be shortlisted now is the library's.
        var ids = new List<YouthMayorApplicationId>();
        foreach (var posted in Shortlist.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal))
        {
            if (Guid.TryParse(posted, out var id))
            {
                ids.Add(new YouthMayorApplicationId(id));
            }
            else
            {
                ModelState.AddModelError(nameof(Shortlist), texts.T("یکی از درخواست‌های برگزیده شناخته نیست؛ از فهرست برگزینید.", "One of the applications ticked is not known; tick them in the list."));
                return Page();
            }
        }

        if (ids.Count == 0)
        {
            ModelState.AddModelError(nameof(Shortlist), texts.T("دست‌کم یک درخواست را برای گزینش برگزینید.", "Tick at least one application to shortlist."));
            return Page();
        }

        foreach (var id in ids)
        {
            var result = await commands.RunAsync(commands.Get<ShortlistApplicationHandler>().HandleObservedAsync(
                new ShortlistApplication(Campaign.MunicipalityId, Campaign.Id, id), cancellationToken));
            if (result.IsFailure)
            {
                // The ones before it are shortlisted; the page, read again, shows which.
                ModelState.AddRefusal(result, texts);
                await LoadAsync(cancellationToken);
                return Page();
            }
        }

        return RedirectToPage(new { campaign = Campaign.Id.Value, done = "shortlisted" });
    }

    public async Task<IActionResult> OnPostAdvanceAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Campaign is null)
        {
            return CampaignId is null ? Page() : NotFound();
        }

        if (Stage is null || !Enum.GetNames<CampaignStage>().Contains(Stage.Trim(), StringComparer.Ordinal))
        {
            ModelState.AddModelError(nameof(Stage), texts.T("مرحلهٔ بعد را از همین صفحه برگزینید.", "Choose the next stage on this page."));
            return Page();
        }

        var result = await commands.RunAsync(commands.Get<AdvanceCampaignHandler>().HandleObservedAsync(
            new AdvanceCampaign(Campaign.MunicipalityId, Campaign.Id, Enum.Parse<CampaignStage>(Stage.Trim())), cancellationToken));
        if (result.IsSuccess)
        {
            return RedirectToPage(new { campaign = Campaign.Id.Value, done = "advanced" });
        }

        ModelState.AddRefusal(result, texts);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = PersianDates.TodayInCity(clock);
        Campaigns = await CampaignRecords.RunningAsync(context, (await city.GetAsync(cancellationToken)).Municipality.Id, cancellationToken);
        Campaign = CampaignId is { } id ? Campaigns.FirstOrDefault(c => c.Id.Value == id) : Campaigns.Count > 0 ? Campaigns[0] : null;
        if (Campaign is null)
        {
            Rows = [];
            Progress = [];
            return;
        }

        var campaign = Campaign;
        var neighbourhoodIds = campaign.Applications.Select(a => a.NeighbourhoodId).Distinct().ToList();
        var neighbourhoods = (await context.Neighbourhoods.AsNoTracking().Where(n => neighbourhoodIds.Contains(n.Id)).ToListAsync(cancellationToken)).ToDictionary(n => n.Id);
        var residents = (await CampaignRecords.ResidentsAsync(context, campaign.Applications.Select(a => a.ResidentId), cancellationToken)).ToDictionary(r => r.Id);

        // Public fields of the applicant (display name, gender, age band); staff see the consent, never a birth date.
        Rows = campaign.Applications
            .Select(a => new ApplicationRow(a, residents[a.ResidentId].ToPublicProfile(Today, campaign.Charter.AgeOfMajority), neighbourhoods[a.NeighbourhoodId], campaign.WasInterviewed(a.Id)))
            .OrderBy(r => r.Neighbourhood.Number)
            .ThenBy(r => r.Application.AppliedOn)
            .ToList();
        Progress = Rows
            .Where(r => r.Application.IsShortlisted)
            .GroupBy(r => r.Neighbourhood.Id)
            .Select(g => new NeighbourhoodProgress(g.First().Neighbourhood, g.Count(), g.Count(r => r.Interviewed)))
            .OrderBy(p => p.Neighbourhood.Number)
            .ToList();
    }
}

/// <summary>An application as staff see it.</summary>
public sealed record ApplicationRow(YouthMayorApplication Application, ResidentPublicProfile Profile, Neighbourhood Neighbourhood, bool Interviewed);

/// <summary>How far a neighbourhood's interviews have come: its shortlisted applicants and those interviewed.</summary>
public sealed record NeighbourhoodProgress(Neighbourhood Neighbourhood, int Shortlisted, int Interviewed)
{
    public int Awaiting => Shortlisted - Interviewed;
}
