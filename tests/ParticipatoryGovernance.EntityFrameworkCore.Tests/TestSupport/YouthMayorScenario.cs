using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;

/// <summary>
/// A "Become a mayor" campaign on Rafsanjan's dates (call in Bahman 1402, term from 9 Ordibehesht 1403) over a
/// <see cref="World"/> of two neighbourhoods, driven through the campaign's own methods.
/// </summary>
internal sealed class YouthMayorScenario
{
    public static readonly LocalDate CallOpens = PersianDates.FromSolarHijri(1402, 11, 1);
    public static readonly LocalDate CallCloses = PersianDates.FromSolarHijri(1402, 11, 30);
    public static readonly LocalDate ApplyOn = PersianDates.FromSolarHijri(1402, 11, 10);
    public static readonly LocalDate ShortlistOn = PersianDates.FromSolarHijri(1402, 12, 5);
    public static readonly LocalDate InterviewsOn = PersianDates.FromSolarHijri(1402, 12, 15);
    public static readonly LocalDate SelectionOn = PersianDates.FromSolarHijri(1403, 1, 25);
    public static readonly LocalDate TrainingOn = PersianDates.FromSolarHijri(1403, 2, 1);
    public static readonly LocalDate TermOn = PersianDates.FromSolarHijri(1403, 2, 9);

    public YouthMayorScenario(YouthMayorSelection selection = YouthMayorSelection.InterviewByNeighbourhoodMayor)
    {
        World = new World(RafsanjanPreset.Charter with { YouthMayorSelection = selection });
        Campaign = YouthMayorCampaign.Open(YouthMayorCampaignId.New(), World.City, new LocalizedText("پویش شهردارشو ۱۴۰۲", "Become a mayor 1402"), CallOpens, CallCloses).Value;
    }

    public World World { get; }

    public YouthMayorCampaign Campaign { get; }

    public static GuardianConsent Consent(LocalDate givenOn) =>
        new(new PersonName("پدر", "متقاضی"), GuardianRelationship.Parent, givenOn);

    /// <summary>A resident of the youth cohort: 17 when the call opens (a minor) unless born earlier.</summary>
    public Resident Youth(Neighbourhood home, Gender gender, int year = 1385) => World.Resident(home, gender, year, 6, 15);

    /// <summary>Two boys and two girls per neighbourhood, one of each an adult, who apply on <see cref="ApplyOn"/>.</summary>
    public List<(Resident Applicant, YouthMayorApplicationId Application)> Apply()
    {
        var applications = new List<(Resident, YouthMayorApplicationId)>();
        foreach (var home in World.Neighbourhoods)
        {
            foreach (var (gender, year) in new[] { (Gender.Male, 1385), (Gender.Male, 1381), (Gender.Female, 1386), (Gender.Female, 1381) })
            {
                var applicant = Youth(home, gender, year);
                applications.Add((applicant, Campaign.Apply(applicant, home, ApplyOn, Consent(CallOpens)).Value));
            }
        }

        return applications;
    }

    /// <summary>Fills a youth mayor's team with new residents of the neighbourhood, each in the charter's fields in turn.</summary>
    public List<Resident> FillTeam(YouthMayorId mayorId, LocalDate on)
    {
        var mayor = Campaign.FindYouthMayor(mayorId)!;
        var home = World.Neighbourhoods.Single(n => n.Id == mayor.NeighbourhoodId);
        var fields = Campaign.Charter.UrbanFields;
        var members = new List<Resident>();
        for (var seat = 0; mayor.Team.FreeSeats > 0; seat++)
        {
            var member = Youth(home, seat % 2 == 0 ? Gender.Female : Gender.Male, seat % 3 == 0 ? 1381 : 1386);
            Campaign.AddTeamMember(mayorId, member, home, fields[seat % fields.Count], on, Consent(on)).ThrowIfFailed();
            members.Add(member);
        }

        return members;
    }
}
