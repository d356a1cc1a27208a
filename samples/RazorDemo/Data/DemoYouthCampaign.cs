using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;

namespace RazorDemo.Data;

/// <summary>
/// The "Become a mayor" campaigns running today, so that each step of the process has something to act on: the generated
/// 1403 campaign is over (its term has started). Their dates are set from the city's today when the demo is first run:
/// <list type="bullet">
/// <item>a supplementary call, at its training stage, for a seat the 1403 campaign left empty: its youth mayor (the
/// youthmayor@ account) has a team with <see cref="TeamMembersSeeded"/> of its nine seats filled, and recruits the rest;</item>
/// <item>this year's campaign, at its interview stage: the first neighbourhood's applicants are shortlisted and wait for
/// their neighbourhood mayor (mayor@) to interview them;</item>
/// <item>a second call of this year, open: a few teenagers have applied, and the teen@ account may apply.</item>
/// </list>
/// Every record is made through the campaign's own methods, so the library's rules hold for the seed as for a page.
/// </summary>
public static class DemoYouthCampaign
{
    /// <summary>How many boys and how many girls of the first neighbourhood are shortlisted in this year's campaign.</summary>
    public const int ShortlistedPerGender = 3;

    /// <summary>How many of the supplementary youth mayor's team seats are filled when the demo starts.</summary>
    public const int TeamMembersSeeded = 3;

    /// <summary>How many days the open call has been open when the demo is first run.</summary>
    public const int OpenCallOpenedDaysAgo = 7;

    /// <summary>How many days after the demo's first run the open call closes.</summary>
    public const int OpenCallClosesInDays = 21;

    public static async Task PrepareAsync(IServiceProvider services, TextWriter log)
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<IClock>();

        // Runs once: any campaign called after the model's unveiling is one of these (or a later one a reader made).
        var calls = await context.YouthMayorCampaigns.IgnoreAutoIncludes().AsNoTracking().Select(c => c.CallOpensOn).ToListAsync();
        if (calls.Exists(opens => opens > RafsanjanPreset.UnveiledOn))
        {
            return;
        }

        var today = PersianDates.TodayInCity(clock);
        var municipality = await context.Municipalities.AsNoTracking().SingleAsync();
        var neighbourhoods = await context.Neighbourhoods.AsNoTracking().OrderBy(n => n.Number).ToListAsync();
        var served = await context.Set<YouthMayor>().AsNoTracking().IgnoreAutoIncludes().ToListAsync();
        var first = neighbourhoods[0];

        var supplementary = await SupplementaryAsync(context, municipality, neighbourhoods, served, today);
        var current = await CurrentAsync(context, municipality, first, served.Select(m => m.ResidentId).ToHashSet(), today);
        var taken = served.Select(m => m.ResidentId)
            .Concat(current.Applications.Select(a => a.ResidentId))
            .Concat(supplementary.Applications.Select(a => a.ResidentId))
            .ToHashSet();
        var mayor = supplementary.YouthMayors[0];
        var mayorsNeighbourhood = neighbourhoods.Single(n => n.Id == mayor.NeighbourhoodId);
        var teen = await TeenagerAsync(context, municipality.Charter, first, taken, today.PlusDays(-OpenCallOpenedDaysAgo));
        taken.Add(teen);
        var open = await OpenCallAsync(context, municipality, [first, mayorsNeighbourhood], taken, today);

        context.YouthMayorCampaigns.AddRange(supplementary, current, open);
        await context.SaveChangesAsync();
        await log.WriteLineAsync(
            $"Seeded the youth-mayor campaigns of today: '{supplementary.Name.English}' at training (a team of {mayor.Team.Members.Count} of {mayor.Team.Seats} in neighbourhood {mayorsNeighbourhood.Number}), "
            + $"'{current.Name.English}' at interviews ({current.Applications.Count} applicants of neighbourhood {first.Number}), '{open.Name.English}' open until {PersianDates.FormatLatin(open.CallClosesOn)}.");
    }

    /// <summary>The resident the teen@ account is: a teenager of the first neighbourhood who may apply to the open call and has not.</summary>
    public static async Task<ResidentId?> TeenagerAsync(GovernanceDbContext context)
    {
        var campaigns = await SeededAsync(context);
        if (campaigns.Count == 0 || campaigns[^1].Stage != CampaignStage.Application)
        {
            return null;
        }

        var open = campaigns[^1];
        var first = await context.Neighbourhoods.AsNoTracking().OrderBy(n => n.Number).FirstAsync();
        var served = await context.Set<YouthMayor>().AsNoTracking().IgnoreAutoIncludes().Select(m => m.ResidentId).ToListAsync();
        var taken = campaigns.SelectMany(c => c.Applications.Select(a => a.ResidentId)).Concat(served).ToHashSet();
        return await TeenagerAsync(context, open.Charter, first, taken, open.CallOpensOn);
    }

    /// <summary>The resident the youthmayor@ account is: the supplementary call's youth mayor.</summary>
    public static async Task<ResidentId?> YouthMayorAsync(GovernanceDbContext context)
    {
        var campaigns = await SeededAsync(context);
        return campaigns.Count > 0 && campaigns[0].YouthMayors.Count > 0 ? campaigns[0].YouthMayors[0].ResidentId : null;
    }

    /// <summary>The campaigns called after the model's unveiling (the seeded ones and any a reader made), earliest call first.</summary>
    private static async Task<List<YouthMayorCampaign>> SeededAsync(GovernanceDbContext context)
    {
        var calls = await context.YouthMayorCampaigns.IgnoreAutoIncludes().AsNoTracking().Select(c => new { c.Id, c.CallOpensOn }).ToListAsync();
        var ids = calls.Where(c => c.CallOpensOn > RafsanjanPreset.UnveiledOn).Select(c => c.Id).ToList();
        var campaigns = await context.YouthMayorCampaigns.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync();
        return [.. campaigns.OrderBy(c => c.CallOpensOn)];
    }

    /// <summary>
    /// A supplementary call for a seat the 1403 campaign left empty (a neighbourhood with fewer than its boy and girl youth
    /// mayors, and a mayor), run through to training: one youth mayor, and a team partly recruited.
    /// </summary>
    private static async Task<YouthMayorCampaign> SupplementaryAsync(
        GovernanceDbContext context, Municipality municipality, List<Neighbourhood> neighbourhoods, List<YouthMayor> served, LocalDate today)
    {
        var charter = municipality.Charter;
        var opens = today.PlusDays(-150);
        var closes = today.PlusDays(-130);
        var shortlisting = today.PlusDays(-125);
        var interviews = today.PlusDays(-115);
        var selection = today.PlusDays(-100);
        var training = today.PlusDays(-80);
        var year = PersianDates.ToSolarHijri(opens).Year;
        var campaign = YouthMayorCampaign.Open(
            YouthMayorCampaignId.New(),
            municipality,
            new LocalizedText($"پویش تکمیلی شهردارشو {PersianDigits.Format(year)}", $"Become a mayor {year}: supplementary call"),
            opens,
            closes).Value;

        // The seat left empty: the first neighbourhood (after the first, which runs this year's interviews) short of a boy
        // or a girl youth mayor; the boy's seat of the second neighbourhood when every seat was filled.
        (Neighbourhood Neighbourhood, Gender Seat)? empty = null;
        foreach (var n in neighbourhoods.Skip(1).Where(n => n.HasMayorOn(opens)))
        {
            foreach (var seat in new[] { Gender.Male, Gender.Female })
            {
                if (empty is null && served.Count(m => m.NeighbourhoodId == n.Id && m.Gender == seat) < campaign.SeatsPerNeighbourhood(seat))
                {
                    empty = (n, seat);
                }
            }
        }

        var (neighbourhood, gender) = empty ?? (neighbourhoods.Skip(1).First(n => n.HasMayorOn(opens)), Gender.Male);
        var residents = await context.Residents.AsNoTracking().Where(r => r.NeighbourhoodId == neighbourhood.Id).OrderBy(r => r.Id).ToListAsync();
        var servedIds = served.Select(m => m.ResidentId).ToHashSet();
        var applicant = residents.First(r =>
            r.Gender == gender && r.BelongsTo(charter.YouthCohort) && charter.YouthAgeWindow.Contains(r.AgeOn(opens)) && !servedIds.Contains(r.Id));
        var applied = campaign.Apply(applicant, neighbourhood, opens.PlusDays(2), ConsentFor(applicant, opens, charter, opens.PlusDays(1), 0)).Value;
        campaign.AdvanceTo(CampaignStage.Shortlisting, shortlisting).ThrowIfFailed();
        campaign.Shortlist(applied, shortlisting).ThrowIfFailed();
        campaign.AdvanceTo(CampaignStage.Interviews, interviews).ThrowIfFailed();
        campaign.HoldInterviewSession(neighbourhood, interviews.PlusDays(3), [new Interview(applied, 82, "پاسخ‌های سنجیده")]).ThrowIfFailed();
        campaign.AdvanceTo(CampaignStage.Selection, selection).ThrowIfFailed();
        var mayor = campaign.SelectYouthMayor(neighbourhood, neighbourhood.Mayor!, applied, gender, selection).Value;

        // The first fields of the charter are filled; the rest wait for the youth mayor.
        var members = residents
            .Where(r => r.Id != applicant.Id && r.BelongsTo(charter.YouthCohort) && !servedIds.Contains(r.Id))
            .Take(TeamMembersSeeded)
            .ToList();
        for (var i = 0; i < members.Count; i++)
        {
            var joined = selection.PlusDays(2 + i);
            campaign.AddTeamMember(mayor, members[i], neighbourhood, charter.UrbanFields[i], joined, ConsentFor(members[i], joined, charter, joined.PlusDays(-1), i + 1)).ThrowIfFailed();
        }

        campaign.AdvanceTo(CampaignStage.Training, training).ThrowIfFailed();
        return campaign;
    }

    /// <summary>This year's campaign at its interview stage: the first neighbourhood's teenagers shortlisted, waiting for interview.</summary>
    private static async Task<YouthMayorCampaign> CurrentAsync(
        GovernanceDbContext context, Municipality municipality, Neighbourhood neighbourhood, HashSet<ResidentId> served, LocalDate today)
    {
        var callOpensOn = today.PlusDays(-56);
        var callClosesOn = today.PlusDays(-35);
        var shortlistingOn = today.PlusDays(-30);
        var interviewsOn = today.PlusDays(-14);
        var charter = municipality.Charter;
        var year = PersianDates.ToSolarHijri(callOpensOn).Year;
        var campaign = YouthMayorCampaign.Open(
            YouthMayorCampaignId.New(),
            municipality,
            new LocalizedText($"پویش شهردارشو {PersianDigits.Format(year)}", $"Become a mayor {year}"),
            callOpensOn,
            callClosesOn).Value;

        // Teenagers of the cohort inside the age window on the day the call opened; last time's youth mayors sit out.
        var residents = await context.Residents.AsNoTracking().Where(r => r.NeighbourhoodId == neighbourhood.Id).ToListAsync();
        var applicants = residents
            .Where(r => r.BelongsTo(charter.YouthCohort) && charter.YouthAgeWindow.Contains(r.AgeOn(callOpensOn)) && !served.Contains(r.Id))
            .OrderBy(r => r.Id.Value)
            .GroupBy(r => r.Gender)
            .SelectMany(g => g.Take(ShortlistedPerGender))
            .ToList();

        var applied = new List<YouthMayorApplicationId>();
        for (var i = 0; i < applicants.Count; i++)
        {
            var on = callOpensOn.PlusDays(1 + i);
            applied.Add(campaign.Apply(applicants[i], neighbourhood, on, ConsentFor(applicants[i], callOpensOn, charter, on.PlusDays(-1), i)).Value);
        }

        campaign.AdvanceTo(CampaignStage.Shortlisting, shortlistingOn).ThrowIfFailed();
        foreach (var id in applied)
        {
            campaign.Shortlist(id, shortlistingOn.PlusDays(2)).ThrowIfFailed();
        }

        campaign.AdvanceTo(CampaignStage.Interviews, interviewsOn).ThrowIfFailed();
        return campaign;
    }

    /// <summary>A second call of this year, open today: a few teenagers of two neighbourhoods have applied.</summary>
    private static async Task<YouthMayorCampaign> OpenCallAsync(
        GovernanceDbContext context, Municipality municipality, Neighbourhood[] neighbourhoods, HashSet<ResidentId> taken, LocalDate today)
    {
        var opens = today.PlusDays(-OpenCallOpenedDaysAgo);
        var charter = municipality.Charter;
        var year = PersianDates.ToSolarHijri(opens).Year;
        var campaign = YouthMayorCampaign.Open(
            YouthMayorCampaignId.New(),
            municipality,
            new LocalizedText($"فراخوان دوم شهردارشو {PersianDigits.Format(year)}", $"Become a mayor {year}: second call"),
            opens,
            today.PlusDays(OpenCallClosesInDays)).Value;
        var i = 0;
        foreach (var neighbourhood in neighbourhoods)
        {
            var residents = await context.Residents.AsNoTracking().Where(r => r.NeighbourhoodId == neighbourhood.Id).OrderByDescending(r => r.Id).ToListAsync();
            // A minor (who brings a guardian's consent) and an adult of each neighbourhood.
            var eligible = residents.Where(r => r.BelongsTo(charter.YouthCohort) && charter.YouthAgeWindow.Contains(r.AgeOn(opens)) && !taken.Contains(r.Id)).ToList();
            foreach (var applicant in eligible.Where(r => r.IsMinorOn(opens, charter.AgeOfMajority)).Take(1).Concat(eligible.Where(r => !r.IsMinorOn(opens, charter.AgeOfMajority)).Take(1)))
            {
                var on = opens.PlusDays(1 + (i % OpenCallOpenedDaysAgo));
                campaign.Apply(applicant, neighbourhood, on, ConsentFor(applicant, opens, charter, on.PlusDays(-1), i)).ThrowIfFailed();
                i++;
            }
        }

        return campaign;
    }

    /// <summary>
    /// A teenager of the neighbourhood, a minor inside the age window on the day the call opened (so their application
    /// needs a guardian's consent), who has not applied and did not serve.
    /// </summary>
    private static async Task<ResidentId> TeenagerAsync(GovernanceDbContext context, GovernanceCharter charter, Neighbourhood neighbourhood, HashSet<ResidentId> taken, LocalDate callOpensOn)
    {
        var residents = await context.Residents.AsNoTracking().Where(r => r.NeighbourhoodId == neighbourhood.Id).OrderBy(r => r.Id).ToListAsync();
        return residents.First(r =>
                r.BelongsTo(charter.YouthCohort)
                && charter.YouthAgeWindow.Contains(r.AgeOn(callOpensOn))
                && r.IsMinorOn(callOpensOn, charter.AgeOfMajority)
                && !taken.Contains(r.Id))
            .Id;
    }

    /// <summary>A parent's consent for a minor on <paramref name="measuredOn"/>; none for an adult.</summary>
    private static GuardianConsent? ConsentFor(Resident person, LocalDate measuredOn, GovernanceCharter charter, LocalDate givenOn, int index) =>
        person.IsMinorOn(measuredOn, charter.AgeOfMajority)
            ? new GuardianConsent(new PersonName(GuardianNames[index % GuardianNames.Length], person.Name.FamilyName), GuardianRelationship.Parent, givenOn)
            : null;

    private static readonly string[] GuardianNames = ["محمد", "فاطمه", "علی", "زهرا", "حسین", "مریم"];
}
