using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.Tests.YouthMayors;

/// <summary>
/// A municipality with neighbourhoods (each with a neighbourhood mayor) and a campaign on Rafsanjan's dates: the call
/// runs through Bahman 1402, shortlisting and interviews in Esfand, selection in Farvardin 1403, training from
/// 1 Ordibehesht and the term from 9 Ordibehesht 1403. The report gives only the last date; the others are plausible.
/// </summary>
internal sealed class CampaignScenario
{
    public static readonly LocalDate CallOpens = Make.Solar(1402, 11, 1);
    public static readonly LocalDate CallCloses = Make.Solar(1402, 11, 30);
    public static readonly LocalDate ApplyOn = Make.Solar(1402, 11, 10);
    public static readonly LocalDate ShortlistOn = Make.Solar(1402, 12, 5);
    public static readonly LocalDate InterviewsOn = Make.Solar(1402, 12, 15);
    public static readonly LocalDate SelectionOn = Make.Solar(1403, 1, 25);
    public static readonly LocalDate TrainingOn = Make.Solar(1403, 2, 1);
    public static readonly LocalDate TermOn = Make.Solar(1403, 2, 9);

    private static readonly string[] GivenNames = ["علی", "زهرا", "محمد", "فاطمه", "حسین", "مریم", "رضا", "سارا", "امیر", "نرگس"];
    private static readonly string[] FamilyNames = ["احمدی", "رضایی", "کاظمی", "محمدی", "حسینی", "کریمی", "جعفری", "باقری"];
    private int _residentCount;

    public CampaignScenario(GovernanceCharter? charter = null, int neighbourhoods = 2)
    {
        City = Municipality.Create(MunicipalityId.New(), RafsanjanPreset.Name, charter ?? RafsanjanPreset.Charter).Value;
        Neighbourhoods = [];
        for (var number = 1; number <= neighbourhoods; number++)
        {
            var neighbourhood = Make.Neighbourhood(number, City.Id);
            neighbourhood.AppointMayor(MayorOf(number)).ThrowIfFailed();
            Neighbourhoods.Add(neighbourhood);
        }

        Campaign = YouthMayorCampaign.Open(YouthMayorCampaignId.New(), City, new LocalizedText("پویش شهردارشو", "Become a mayor"), CallOpens, CallCloses).Value;
    }

    public Municipality City { get; }

    public List<Neighbourhood> Neighbourhoods { get; }

    public YouthMayorCampaign Campaign { get; }

    public Neighbourhood North => Neighbourhoods[0];

    public Neighbourhood South => Neighbourhoods[1];

    public static NeighbourhoodMayor MayorOf(int number) =>
        new(new PersonName("شهردار", $"محله {number}"), Make.Solar(1401, 1, 1));

    public static GuardianConsent Consent(LocalDate? givenOn = null) =>
        new(new PersonName("پدر", "متقاضی"), GuardianRelationship.Parent, givenOn ?? CallOpens);

    /// <summary>A resident born on the given Solar Hijri date; 1385/06/15 makes a 17-year-old minor when the call opens.</summary>
    public Resident Resident(Neighbourhood home, Gender gender, int year = 1385, int month = 6, int day = 15)
    {
        var n = _residentCount++;
        return Make.Resident(home.Id, GivenNames[n % GivenNames.Length], FamilyNames[n / GivenNames.Length % FamilyNames.Length], gender, year, month, day);
    }

    public Neighbourhood HomeOf(Resident resident) => Neighbourhoods.Single(n => n.Id == resident.NeighbourhoodId);

    /// <summary>Applies on <see cref="ApplyOn"/>, with a guardian's consent (recorded only for minors).</summary>
    public YouthMayorApplicationId Apply(Resident applicant) =>
        Campaign.Apply(applicant, HomeOf(applicant), ApplyOn, Consent()).Value;

    public void Advance(CampaignStage stage, LocalDate on) => Campaign.AdvanceTo(stage, on).ThrowIfFailed();

    /// <summary>Applies and shortlists the residents, leaving the campaign at the shortlisting stage.</summary>
    public List<YouthMayorApplicationId> Shortlisted(params Resident[] applicants)
    {
        var ids = applicants.Select(Apply).ToList();
        Advance(CampaignStage.Shortlisting, ShortlistOn);
        ids.ForEach(id => Campaign.Shortlist(id, ShortlistOn).ThrowIfFailed());
        return ids;
    }

    /// <summary>Interviews each applicant in a session of their own neighbourhood on <see cref="InterviewsOn"/>.</summary>
    public void Interview(IEnumerable<(Resident Applicant, YouthMayorApplicationId Application)> applicants)
    {
        foreach (var group in applicants.GroupBy(a => a.Applicant.NeighbourhoodId))
        {
            Campaign.HoldInterviewSession(
                Neighbourhoods.Single(n => n.Id == group.Key),
                InterviewsOn,
                group.Select(a => new Interview(a.Application, 70, "پاسخ‌های روشن")).ToList()).Value.Should().NotBe(default(InterviewSessionId));
        }
    }

    /// <summary>
    /// Takes the campaign to the selection stage with the residents shortlisted and interviewed for their neighbourhoods.
    /// </summary>
    public List<YouthMayorApplicationId> InterviewedAndSelecting(params Resident[] applicants)
    {
        var ids = Shortlisted(applicants);
        Advance(CampaignStage.Interviews, InterviewsOn);
        Interview(applicants.Zip(ids));
        Advance(CampaignStage.Selection, SelectionOn);
        return ids;
    }

    public YouthMayorId Select(Resident applicant, YouthMayorApplicationId application)
    {
        var home = HomeOf(applicant);
        return Campaign.SelectYouthMayor(home, home.Mayor!, application, applicant.Gender, SelectionOn).Value;
    }

    /// <summary>Fills a youth mayor's team with new residents of the neighbourhood, each in the charter's fields in turn.</summary>
    public List<Resident> FillTeam(YouthMayorId mayorId, LocalDate on)
    {
        var mayor = Campaign.FindYouthMayor(mayorId)!;
        var home = Neighbourhoods.Single(n => n.Id == mayor.NeighbourhoodId);
        var fields = Campaign.Charter.UrbanFields;
        var members = new List<Resident>();
        for (var seat = 0; mayor.Team.FreeSeats > 0; seat++)
        {
            var member = Resident(home, seat % 2 == 0 ? Gender.Female : Gender.Male, 1386, 3, 3);
            Campaign.AddTeamMember(mayorId, member, home, fields[seat % fields.Count], on, Consent(on)).ThrowIfFailed();
            members.Add(member);
        }

        return members;
    }
}
