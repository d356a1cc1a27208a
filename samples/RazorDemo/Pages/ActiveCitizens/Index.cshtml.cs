using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.EntityFrameworkCore.Residents;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Residents.UseCases;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.ActiveCitizens;

/// <summary>
/// Staff see a neighbourhood's active citizens as last recorded, each with the reasons the library's assessor gives,
/// and re-run the assessment (the <see cref="AssessActiveCitizens"/> command, which records it on every resident).
/// </summary>
[Authorize(Policy = DemoPolicies.Review)]
public sealed class IndexModel(ParticipationRecords records, DemoCommands commands, DemoCity city, IClock clock, Texts texts) : PageModel
{
    public const int PageSize = 25;

    /// <summary>The neighbourhood's number as the link or the form carries it, Persian or Latin digits.</summary>
    [BindProperty(SupportsGet = true, Name = "n")]
    public string? NeighbourhoodText { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public string? PageText { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public CitySnapshot City { get; private set; } = null!;

    public Neighbourhood? Neighbourhood { get; private set; }

    public LocalDate Today { get; private set; }

    /// <summary>Residents of the neighbourhood.</summary>
    public int ResidentCount { get; private set; }

    /// <summary>The active citizens on this page, by name.</summary>
    public IReadOnlyList<ActiveCitizenRow> Rows { get; private set; } = [];

    /// <summary>All active citizens of the neighbourhood.</summary>
    public int Total { get; private set; }

    /// <summary>The date of the latest recorded assessment, if any resident has one.</summary>
    public LocalDate? LastAssessedOn { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public List<string> Problems { get; } = [];

    public string PageUrl(int page) => $"/ActiveCitizens?n={Neighbourhood?.Number}&p={page}";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAssessAsync(CancellationToken cancellationToken)
    {
        City = await city.GetAsync(cancellationToken);
        var neighbourhood = City.ByNumber(NeighbourhoodText);
        if (neighbourhood is null)
        {
            ModelState.AddModelError(string.Empty, texts.T("محله‌ای را از فهرست برگزینید.", "Choose a neighbourhood from the list."));
            await LoadAsync(cancellationToken);
            return Page();
        }

        var result = await commands.RunAsync(commands.Get<AssessActiveCitizensHandler>().HandleObservedAsync(
            new AssessActiveCitizens(City.Municipality.Id, neighbourhood.Id), cancellationToken));
        if (result.IsFailure)
        {
            ModelState.AddRefusal(result, texts, atFields: false);
            await LoadAsync(cancellationToken);
            return Page();
        }

        Notice = texts.T("ارزیابی دوباره انجام و برای همهٔ ساکنان محله ثبت شد.", "The assessment was run again and recorded for every resident of the neighbourhood.");
        return RedirectToPage("/ActiveCitizens/Index", new { n = neighbourhood.Number, handler = (string?)null });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        City ??= await city.GetAsync(cancellationToken);
        Today = PersianDates.TodayInCity(clock);
        if (string.IsNullOrWhiteSpace(NeighbourhoodText))
        {
            Neighbourhood = City.Neighbourhoods.Count > 0 ? City.Neighbourhoods[0] : null;
        }
        else
        {
            Neighbourhood = City.ByNumber(NeighbourhoodText);
            if (Neighbourhood is null)
            {
                Problems.Add(texts.T($"محلهٔ «{NeighbourhoodText}» در این شهر نیست؛ محله‌ای را از فهرست برگزینید.", $"There is no neighbourhood '{NeighbourhoodText}' in this city; choose one from the list."));
                return;
            }
        }

        if (Neighbourhood is null)
        {
            return;
        }

        var participation = await records.ReadNeighbourhoodAsync(City.Municipality.Id, Neighbourhood.Id, cancellationToken);
        if (participation is null)
        {
            return;
        }

        ResidentCount = participation.Residents.Count;
        LastAssessedOn = participation.Residents.Select(r => r.ActiveCitizenship?.AssessedOn).Max();
        var active = participation.Residents
            .Where(r => r.IsActiveCitizen)
            .Select(r => (Resident: r, Profile: r.ToPublicProfile(Today, City.Charter.AgeOfMajority)))
            .OrderBy(x => x.Profile.DisplayName, StringComparer.Ordinal).ThenBy(x => x.Resident.Id)
            .ToList();
        Total = active.Count;
        PageNumber = DemoInput.Page(PageText, PageCount, texts, out var pageProblem);
        if (pageProblem is not null)
        {
            Problems.Add(pageProblem);
        }


        // The reasons are the assessor's own explanations, as of the day each resident's status was recorded.
        var assessor = new ActiveCitizenAssessor(City.Charter);
        var byResident = participation.Participations.ToLookup(p => p.ResidentId);
        Rows = active
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(x =>
            {
                var on = x.Resident.ActiveCitizenship?.AssessedOn ?? Today;
                var assessment = assessor.Assess(x.Resident.Id, byResident[x.Resident.Id], participation.HeldMeetings, on);
                var recorded = x.Resident.ActiveCitizenship?.ReasonRuleIds ?? [];
                return new ActiveCitizenRow(x.Profile, on, [.. assessment.Outcomes.Where(o => recorded.Contains(o.RuleId))]);
            })
            .ToList();
    }
}

/// <summary>An active citizen as the page shows them: the public profile, when assessed, and why.</summary>
public sealed record ActiveCitizenRow(ResidentPublicProfile Profile, LocalDate AssessedOn, IReadOnlyList<ActiveCitizenRuleOutcome> Reasons);
