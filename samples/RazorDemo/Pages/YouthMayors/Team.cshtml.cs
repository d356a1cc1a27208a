using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Municipalities;
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
/// A youth mayor's page: their team of nine in the charter's urban fields, the fields filled and those that remain, and
/// the form that brings a teenager of the neighbourhood onto the team (with a guardian's consent for a minor). Who may
/// join, when, and whether the team has a seat is the library's to say.
/// </summary>
[Authorize(Policy = DemoPolicies.LeadYouthTeam)]
public sealed class TeamModel(GovernanceDbContext context, DemoCommands commands, IClock clock, Texts texts, CurrentPerson person) : PageModel
{
    /// <summary>The resident chosen to join, as posted.</summary>
    [BindProperty]
    public string? MemberId { get; set; }

    /// <summary>The key of the urban field the member will work in, as posted.</summary>
    [BindProperty]
    public string? Field { get; set; }

    [BindProperty]
    public ConsentInput Consent { get; set; } = new();

    /// <summary>What the last action did, after its redirect: added.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public YouthMayorCampaign? Campaign { get; private set; }

    public YouthMayor? Mayor { get; private set; }

    public Neighbourhood? Neighbourhood { get; private set; }

    public ResidentPublicProfile? MayorProfile { get; private set; }

    /// <summary>Each of the charter's urban fields with the members working in it, in the charter's order.</summary>
    public IReadOnlyList<(UrbanField Field, IReadOnlyList<ResidentPublicProfile> Members)> Fields { get; private set; } = [];

    /// <summary>The teenagers of the neighbourhood, born in the cohort, not on this team: whom the youth mayor may ask.</summary>
    public IReadOnlyList<ResidentPublicProfile> Candidates { get; private set; } = [];

    public LocalDate Today { get; private set; }

    public bool FormingTeams => Campaign?.Stage is CampaignStage.Selection or CampaignStage.Training;

    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public IEnumerable<string> Refusals =>
        ModelState.TryGetValue(string.Empty, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Campaign is null || Mayor is null)
        {
            return Page();
        }

        // Translating the form only: the chosen resident, the consent's relationship and date. The field is passed as
        // posted; the library refuses one the charter does not have.
        ResidentId? member = null;
        if (string.IsNullOrWhiteSpace(MemberId))
        {
            ModelState.AddModelError(nameof(MemberId), texts.T("عضو تازه را از فهرست برگزینید.", "Choose the new member from the list."));
        }
        else if (Guid.TryParse(MemberId, out var id))
        {
            member = new ResidentId(id);
        }
        else
        {
            ModelState.AddModelError(nameof(MemberId), texts.T("این شهروند شناخته نیست؛ از فهرست برگزینید.", "This resident is not known; choose from the list."));
        }

        var (relationship, givenOn) = Consent.Read(ModelState, texts);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await commands.RunAsync(commands.Get<AddTeamMemberHandler>().HandleObservedAsync(
            new AddTeamMember(Campaign.MunicipalityId, Campaign.Id, Mayor.Id, member!.Value, Field, Consent.GivenName, Consent.FamilyName, relationship, givenOn),
            cancellationToken));
        if (result.IsSuccess)
        {
            return RedirectToPage(new { done = "added" });
        }

        ModelState.AddRefusal(result, texts);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = PersianDates.TodayInCity(clock);
        if (await person.ResidentIdAsync() is not { } me || await CampaignRecords.YouthMayorOfAsync(context, me, cancellationToken) is not { } found)
        {
            return;
        }

        (Campaign, Mayor) = found;
        var campaign = Campaign;
        var mayor = Mayor;
        Neighbourhood = await context.Neighbourhoods.AsNoTracking().SingleAsync(n => n.Id == mayor.NeighbourhoodId, cancellationToken);

        // Public profiles only (display name, gender, age band): a youth mayor never sees a birth date.
        var onTeam = mayor.Team.Members.Select(m => m.ResidentId).ToHashSet();
        var neighbours = await context.Residents.AsNoTracking().Where(r => r.NeighbourhoodId == mayor.NeighbourhoodId).ToListAsync(cancellationToken);
        var members = await CampaignRecords.ResidentsAsync(context, onTeam, cancellationToken);
        var profiles = members.Concat(neighbours).DistinctBy(r => r.Id).ToDictionary(r => r.Id, r => r.ToPublicProfile(Today, campaign.Charter.AgeOfMajority));
        MayorProfile = profiles.GetValueOrDefault(mayor.ResidentId);
        Fields = campaign.Charter.UrbanFields
            .Select(f => (f, (IReadOnlyList<ResidentPublicProfile>)mayor.Team.Members
                .Where(m => string.Equals(m.UrbanFieldKey, f.Key, StringComparison.OrdinalIgnoreCase))
                .Select(m => profiles[m.ResidentId])
                .ToList()))
            .ToList();
        Candidates = neighbours
            .Where(r => r.BelongsTo(campaign.Charter.YouthCohort) && r.Id != mayor.ResidentId && !onTeam.Contains(r.Id))
            .Select(r => profiles[r.Id])
            .OrderBy(p => p.DisplayName, StringComparer.Ordinal)
            .ToList();
    }
}
