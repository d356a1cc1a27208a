using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.YouthMayors;
using ParticipatoryGovernance.YouthMayors.UseCases;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;
using RazorDemo.YouthMayors;

namespace RazorDemo.Pages.YouthMayors;

/// <summary>
/// A resident applies online to the open "Become a mayor" call, with a guardian's consent when they are a minor. Who may
/// apply (the cohort, the age window, the neighbourhood, once, while the call is open) is the library's to decide; the
/// page shows its refusal in the reader's language and keeps what was typed.
/// </summary>
[Authorize(Policy = DemoPolicies.TakePart)]
public sealed class ApplyModel(GovernanceDbContext context, DemoCommands commands, IClock clock, Texts texts, CurrentPerson person, DemoCity city) : PageModel
{
    [BindProperty]
    public ConsentInput Consent { get; set; } = new();

    /// <summary>What the last action did, after its redirect: applied.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public YouthMayorCampaign? Campaign { get; private set; }

    public bool IsLinked { get; private set; }

    public YouthMayorApplication? Application { get; private set; }

    public Neighbourhood? Neighbourhood { get; private set; }

    public LocalDate Today { get; private set; }

    public IEnumerable<string> Refusals =>
        ModelState.TryGetValue(string.Empty, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Campaign is null || !IsLinked)
        {
            return Page();
        }

        var (relationship, givenOn) = Consent.Read(ModelState, texts);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var resident = (await person.ResidentIdAsync())!.Value;
        var result = await commands.RunAsync(commands.Get<ApplyAsYouthMayorHandler>().HandleObservedAsync(
            new ApplyAsYouthMayor(Campaign.MunicipalityId, Campaign.Id, resident, Consent.GivenName, Consent.FamilyName, relationship, givenOn),
            cancellationToken));
        if (result.IsSuccess)
        {
            return RedirectToPage(new { done = "applied" });
        }

        ModelState.AddRefusal(result, texts);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = PersianDates.TodayInCity(clock);
        Campaign = await CampaignRecords.OpenCallAsync(context, (await city.GetAsync(cancellationToken)).Municipality.Id, Today, cancellationToken);
        var resident = await person.ResidentIdAsync();
        IsLinked = resident is not null;
        if (Campaign is null || resident is not { } id)
        {
            return;
        }

        Application = Campaign.FindApplicationOf(id);
        if (Application is not null)
        {
            Neighbourhood = await context.Neighbourhoods.AsNoTracking().SingleOrDefaultAsync(n => n.Id == Application.NeighbourhoodId, cancellationToken);
        }
    }
}
