using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using RazorDemo.Localization;
using RazorDemo.YouthMayors;

namespace RazorDemo.Pages.YouthMayors;

/// <summary>The "Become a mayor" campaign: its stages, its funnel, its teams by urban field and its youth mayors by neighbourhood.</summary>
public sealed class IndexModel(GovernanceDbContext context, IClock clock, Texts texts) : PageModel
{
    /// <summary>The campaign shown; by default the latest whose youth mayors have started their term.</summary>
    [BindProperty(SupportsGet = true, Name = "campaign")]
    public Guid? CampaignId { get; set; }

    public IReadOnlyList<YouthMayorCampaign> Campaigns { get; private set; } = [];

    public YouthMayorCampaign? Campaign { get; private set; }

    public YouthMayorFigures? Figures { get; private set; }

    public IReadOnlyList<(LocalizedText Field, string Key, int Members)> TeamsByField { get; private set; } = [];

    public IReadOnlyList<NeighbourhoodYouth> ByNeighbourhood { get; private set; } = [];

    public LocalDate Today { get; private set; }

    public string ChartData { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Today = PersianDates.TodayInCity(clock);
        Campaigns = await CampaignRecords.AllAsync(context, cancellationToken);
        Campaign = CampaignId is { } id
            ? Campaigns.FirstOrDefault(c => c.Id.Value == id)
            : Campaigns.FirstOrDefault(c => c.TermStartedOn is not null) ?? (Campaigns.Count > 0 ? Campaigns[0] : null);
        if (CampaignId is not null && Campaign is null)
        {
            return NotFound();
        }

        if (Campaign is null)
        {
            return Page();
        }

        var neighbourhoods = await context.Neighbourhoods.AsNoTracking().OrderBy(n => n.Number).ToListAsync(cancellationToken);
        Figures = YouthMayorFigures.From(Campaign, neighbourhoods);
        var members = Campaign.YouthMayors.SelectMany(m => m.Team.Members).ToList();
        TeamsByField = Campaign.Charter.UrbanFields
            .Select(f => (f.Name, f.Key, members.Count(m => string.Equals(m.UrbanFieldKey, f.Key, StringComparison.OrdinalIgnoreCase))))
            .ToList();

        // Only public profiles reach the page: display names (given name and initial for minors), never a birth date.
        var residents = await CampaignRecords.ResidentsAsync(
            context, Campaign.YouthMayors.Select(m => m.ResidentId).Concat(members.Select(m => m.ResidentId)), cancellationToken);
        var profiles = Campaign.PublicProfiles(residents, Today);
        ByNeighbourhood = neighbourhoods
            .Select(n => new NeighbourhoodYouth(
                n,
                profiles.Where(p => p.NeighbourhoodId == n.Id && p.Person.Gender == Gender.Male).ToList(),
                profiles.Where(p => p.NeighbourhoodId == n.Id && p.Person.Gender == Gender.Female).ToList()))
            .Where(n => n.Boys.Count + n.Girls.Count > 0)
            .ToList();

        var chart = new
        {
            funnel = new
            {
                labels = new[]
                {
                    texts.T("متقاضیان", "Applicants"), texts.T("گزینش‌شدگان", "Shortlisted"), texts.T("مصاحبه‌شدگان", "Interviewed"),
                    texts.T("شهرداران نوجوان پسر", "Boy youth mayors"), texts.T("شهرداران نوجوان دختر", "Girl youth mayors"), texts.T("اعضای تیم‌ها", "Team members"),
                },
                data = new[] { Figures.Applicants, Figures.Shortlisted, Figures.Interviewed, Figures.BoyMayors, Figures.GirlMayors, Figures.TeamMembers },
                label = texts.T("نفر", "People"),
            },
            fields = new
            {
                labels = TeamsByField.Select(f => texts.T(f.Field)),
                data = TeamsByField.Select(f => f.Members),
                label = texts.T("اعضای تیم", "Team members"),
            },
            rtl = texts.IsPersian,
        };
        ChartData = JsonSerializer.Serialize(chart);
        return Page();
    }
}

/// <summary>A neighbourhood's youth mayors, boys and girls, as public profiles.</summary>
public sealed record NeighbourhoodYouth(Neighbourhood Neighbourhood, IReadOnlyList<YouthMayorPublicProfile> Boys, IReadOnlyList<YouthMayorPublicProfile> Girls)
{
    public int TeamMembers => Boys.Concat(Girls).Sum(p => p.Team.Count);

    public int TeamSeats => Boys.Concat(Girls).Sum(p => p.TeamSeats);
}
