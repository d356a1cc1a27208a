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
/// A second, current "Become a mayor" campaign, so that a neighbourhood mayor has interviews to hold: the generated
/// 1403 campaign is over (its term has started). Its dates are set from the city's today, so the call has closed and
/// the interviews have just begun whenever the demo is first run; its applicants are teenagers of the first
/// neighbourhood, shortlisted, waiting for interview.
/// </summary>
public static class DemoYouthCampaign
{
    /// <summary>How many boys and how many girls of the first neighbourhood are shortlisted.</summary>
    public const int ShortlistedPerGender = 3;

    public static async Task PrepareAsync(IServiceProvider services, TextWriter log)
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<IClock>();

        // Runs once: any campaign called after the model's unveiling is this one (or a later one a reader made).
        var calls = await context.YouthMayorCampaigns.IgnoreAutoIncludes().AsNoTracking().Select(c => c.CallOpensOn).ToListAsync();
        if (calls.Exists(opens => opens > RafsanjanPreset.UnveiledOn))
        {
            return;
        }

        var today = PersianDates.TodayInCity(clock);
        var callOpensOn = today.PlusDays(-56);
        var callClosesOn = today.PlusDays(-35);
        var shortlistingOn = today.PlusDays(-30);
        var interviewsOn = today.PlusDays(-14);

        var municipality = await context.Municipalities.AsNoTracking().SingleAsync();
        var neighbourhood = await context.Neighbourhoods.AsNoTracking().OrderBy(n => n.Number).FirstAsync();
        var charter = municipality.Charter;
        var year = PersianDates.ToSolarHijri(callOpensOn).Year;
        var campaign = YouthMayorCampaign.Open(
            YouthMayorCampaignId.New(),
            municipality,
            new LocalizedText($"پویش شهردارشو {PersianDigits.Format(year)}", $"Become a mayor {year}"),
            callOpensOn,
            callClosesOn).Value;

        // Teenagers of the cohort inside the age window on the day the call opened; last time's youth mayors sit out.
        var served = await context.Set<YouthMayor>().AsNoTracking().IgnoreAutoIncludes().Select(m => m.ResidentId).ToListAsync();
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
            var applicant = applicants[i];
            var on = callOpensOn.PlusDays(1 + i);
            var consent = applicant.IsMinorOn(callOpensOn, charter.AgeOfMajority)
                ? new GuardianConsent(new PersonName(GuardianNames[i % GuardianNames.Length], applicant.Name.FamilyName), GuardianRelationship.Parent, on.PlusDays(-1))
                : null;
            applied.Add(campaign.Apply(applicant, neighbourhood, on, consent).Value);
        }

        campaign.AdvanceTo(CampaignStage.Shortlisting, shortlistingOn).ThrowIfFailed();
        foreach (var id in applied)
        {
            campaign.Shortlist(id, shortlistingOn.PlusDays(2)).ThrowIfFailed();
        }

        campaign.AdvanceTo(CampaignStage.Interviews, interviewsOn).ThrowIfFailed();
        context.YouthMayorCampaigns.Add(campaign);
        await context.SaveChangesAsync();
        await log.WriteLineAsync(
            $"Seeded the current youth-mayor campaign '{campaign.Name.English}': {applied.Count} applicants of neighbourhood {neighbourhood.Number} shortlisted, interviews from {PersianDates.FormatLatin(interviewsOn)}.");
    }

    private static readonly string[] GuardianNames = ["محمد", "فاطمه", "علی", "زهرا", "حسین", "مریم"];
}
