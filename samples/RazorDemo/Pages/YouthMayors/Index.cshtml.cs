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
using RazorDemo.Dashboard;
using RazorDemo.Localization;
using RazorDemo.YouthMayors;

namespace RazorDemo.Pages.YouthMayors;

/// <summary>The "Become a mayor" campaign: its stages, its funnel, its teams by urban field and its youth mayors by neighbourhood.</summary>
public sealed class IndexModel(GovernanceDbContext context, RecordCounts counts, IClock clock, Texts texts, RazorDemo.Data.DemoCity city) : PageModel
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
        var municipality = (await city.GetAsync(cancellationToken)).Municipality.Id;

        // What the page shows is the same for every reader and changes only when a command changes the campaigns: it is
        // read once and kept until then (ADR 0032), so a signed-in reader's page, which the output cache does not serve,
        // does not load the campaigns with every application on each view either.
        // An address naming no campaign is answered without keeping anything, so made-up addresses cannot fill the memory.
        if (CampaignId is { } asked)
        {
            var wanted = new YouthMayorCampaignId(asked);
            if (!await context.YouthMayorCampaigns.IgnoreAutoIncludes().AnyAsync(c => c.Id == wanted && c.MunicipalityId == municipality, cancellationToken))
            {
                return NotFound();
            }
        }

        var view = await counts.GetOrCountAsync($"youth-mayors-page|{municipality.Value:N}|{CampaignId}|{Today}", token => ReadAsync(municipality, CampaignId, Today, token), cancellationToken);
        Campaigns = view.Campaigns;
        Campaign = view.Campaign;
        if (CampaignId is not null && Campaign is null)
        {
            return NotFound();
        }

        if (Campaign is null)
        {
            return Page();
        }

        Figures = view.Figures!;
        TeamsByField = view.TeamsByField;
        ByNeighbourhood = view.ByNeighbourhood;

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
            rtl = texts.IsRightToLeft,
        };
        ChartData = JsonSerializer.Serialize(chart);
        return Page();
    }

    private async Task<YouthMayorsView> ReadAsync(ParticipatoryGovernance.Municipalities.MunicipalityId municipality, Guid? campaignId, LocalDate today, CancellationToken cancellationToken)
    {
        var campaigns = await CampaignRecords.AllAsync(context, municipality, cancellationToken);
        var campaign = campaignId is { } id
            ? campaigns.FirstOrDefault(c => c.Id.Value == id)
            : campaigns.FirstOrDefault(c => c.TermStartedOn is not null) ?? (campaigns.Count > 0 ? campaigns[0] : null);
        if (campaign is null)
        {
            return new YouthMayorsView(campaigns, null, null, [], []);
        }

        var neighbourhoods = await context.Neighbourhoods.AsNoTracking().Where(n => n.MunicipalityId == municipality).OrderBy(n => n.Number).ToListAsync(cancellationToken);
        var figures = YouthMayorFigures.From(campaign, neighbourhoods);
        var members = campaign.YouthMayors.SelectMany(m => m.Team.Members).ToList();
        var teamsByField = campaign.Charter.UrbanFields
            .Select(f => (f.Name, f.Key, members.Count(m => string.Equals(m.UrbanFieldKey, f.Key, StringComparison.OrdinalIgnoreCase))))
            .ToList();

        // Only public profiles reach the page: display names (given name and initial for minors), never a birth date.
        var residents = await CampaignRecords.ResidentsAsync(
            context, campaign.YouthMayors.Select(m => m.ResidentId).Concat(members.Select(m => m.ResidentId)), cancellationToken);
        var profiles = campaign.PublicProfiles(residents, today);
        var byNeighbourhood = neighbourhoods
            .Select(n => new NeighbourhoodYouth(
                n,
                profiles.Where(p => p.NeighbourhoodId == n.Id && p.Person.Gender == Gender.Male).ToList(),
                profiles.Where(p => p.NeighbourhoodId == n.Id && p.Person.Gender == Gender.Female).ToList()))
            .Where(n => n.Boys.Count + n.Girls.Count > 0)
            .ToList();

        // Only the shown campaign keeps its applications; the others name the tabs.
        return new YouthMayorsView(campaigns, campaign, figures, teamsByField, byNeighbourhood);
    }

    /// <summary>What the page shows, the same in every language and for every reader.</summary>
    private sealed record YouthMayorsView(
        IReadOnlyList<YouthMayorCampaign> Campaigns,
        YouthMayorCampaign? Campaign,
        YouthMayorFigures? Figures,
        IReadOnlyList<(LocalizedText Field, string Key, int Members)> TeamsByField,
        IReadOnlyList<NeighbourhoodYouth> ByNeighbourhood);
}

/// <summary>A neighbourhood's youth mayors, boys and girls, as public profiles.</summary>
public sealed record NeighbourhoodYouth(Neighbourhood Neighbourhood, IReadOnlyList<YouthMayorPublicProfile> Boys, IReadOnlyList<YouthMayorPublicProfile> Girls)
{
    public int TeamMembers => Boys.Concat(Girls).Sum(p => p.Team.Count);

    public int TeamSeats => Boys.Concat(Girls).Sum(p => p.TeamSeats);
}
