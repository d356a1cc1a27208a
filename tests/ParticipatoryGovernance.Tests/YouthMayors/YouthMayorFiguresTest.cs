using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.YouthMayors;
using static ParticipatoryGovernance.Tests.YouthMayors.CampaignScenario;

namespace ParticipatoryGovernance.Tests.YouthMayors;

public class YouthMayorFiguresTest
{
    [Fact]
    public void From_CountsEachFigureFromTheRecords_AtAnyStage()
    {
        var scenario = new CampaignScenario(neighbourhoods: 3);
        var boy = scenario.Resident(scenario.North, Gender.Male);
        var girl = scenario.Resident(scenario.North, Gender.Female);
        var southern = scenario.Resident(scenario.South, Gender.Female);
        var notShortlisted = scenario.Resident(scenario.South, Gender.Male);
        var ids = new[] { boy, girl, southern, notShortlisted }.Select(scenario.Apply).ToList();
        scenario.Advance(CampaignStage.Shortlisting, ShortlistOn);
        ids.Take(3).ToList().ForEach(id => scenario.Campaign.Shortlist(id, ShortlistOn).ThrowIfFailed());
        scenario.Advance(CampaignStage.Interviews, InterviewsOn);
        scenario.Interview([(boy, ids[0]), (girl, ids[1])]);

        var midway = YouthMayorFigures.From(scenario.Campaign, scenario.Neighbourhoods);

        (midway.Applicants, midway.Shortlisted, midway.Interviewed, midway.InterviewSessions).Should().Be((4, 3, 2, 1));
        midway.Mayors.Should().Be(0);
        midway.NeighbourhoodsWithoutBoyMayor.Should().Equal(scenario.Neighbourhoods.Select(n => n.Id));

        scenario.Advance(CampaignStage.Selection, SelectionOn);
        var boyMayor = scenario.Select(boy, ids[0]);
        scenario.Campaign.AddTeamMember(boyMayor, girl, scenario.North, RafsanjanPreset.UrbanFields[2], SelectionOn, Consent()).ThrowIfFailed();
        var elsewhere = Make.Neighbourhood(1, MunicipalityId.New());

        var figures = YouthMayorFigures.From(scenario.Campaign, [.. scenario.Neighbourhoods, elsewhere]);

        (figures.BoyMayors, figures.GirlMayors, figures.Mayors).Should().Be((1, 0, 1));
        figures.NeighbourhoodsWithoutBoyMayor.Should().Equal(scenario.Neighbourhoods[1].Id, scenario.Neighbourhoods[2].Id);
        figures.NeighbourhoodsWithoutGirlMayor.Should().Equal(scenario.Neighbourhoods.Select(n => n.Id), "the other city's neighbourhood is ignored");
        (figures.TeamMembers, figures.CompleteTeams, figures.TeenagersEngaged).Should().Be((1, 0, 2));
    }

    [Fact]
    public void From_CountsNoNeighbourhoodAsLacking_AGenderTheCharterGivesNoSeats()
    {
        var scenario = new CampaignScenario(RafsanjanPreset.Charter with { GirlYouthMayorsPerNeighbourhood = 0 });

        var figures = YouthMayorFigures.From(scenario.Campaign, scenario.Neighbourhoods);

        figures.NeighbourhoodsWithoutGirlMayor.Should().BeEmpty();
        figures.NeighbourhoodsWithoutBoyMayor.Should().HaveCount(2);
    }

    [Fact]
    public void From_Throws_ForNullArguments()
    {
        var scenario = new CampaignScenario();

        FluentActions.Invoking(() => YouthMayorFigures.From(null!, scenario.Neighbourhoods)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => YouthMayorFigures.From(scenario.Campaign, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => YouthMayorFigures.From(scenario.Campaign, [null!])).Should().Throw<ArgumentNullException>();
    }

    /// <summary>
    /// Rafsanjan's campaign end to end: 50 neighbourhoods, applicants generated from a fixed seed, 350 shortlisted and
    /// interviewed in 56 sessions, 48 boy and 46 girl youth mayors each with a full team of 9, training, and the term from
    /// 9 Ordibehesht 1403. The figures are then read back from the records.
    /// </summary>
    [Fact]
    public void From_ReadsBackRafsanjansCampaign_RunEndToEnd()
    {
        var random = new Random(1403);
        var city = RafsanjanPreset.CreateMunicipality(MunicipalityId.New());
        var neighbourhoods = Enumerable.Range(1, RafsanjanPreset.NeighbourhoodCount).Select(number =>
        {
            var neighbourhood = Make.Neighbourhood(number, city.Id);
            neighbourhood.AppointMayor(MayorOf(number)).ThrowIfFailed();
            return neighbourhood;
        }).ToList();
        var campaign = YouthMayorCampaign.Open(YouthMayorCampaignId.New(), city, new LocalizedText("پویش شهردارشو", "Become a mayor"), CallOpens, CallCloses).Value;
        var residents = new List<Resident>();
        Resident NewResident(Neighbourhood home, Gender gender)
        {
            var birth = PersianDates.FromSolarHijri(random.Next(1380, 1390), random.Next(1, 13), random.Next(1, 30));
            var resident = new Resident(ResidentId.New(), home.Id, new PersonName($"نوجوان {residents.Count}", "رفسنجانی"), gender, birth);
            residents.Add(resident);
            return resident;
        }

        GuardianConsent? ConsentFor(Resident resident, LocalDate on) => resident.IsMinorOn(on) ? Consent(on) : null;

        // The call: 9 applicants a neighbourhood, 7 of whom (at least a boy and a girl) will be shortlisted.
        var applications = new Dictionary<Neighbourhood, List<(Resident Applicant, YouthMayorApplicationId Id)>>();
        foreach (var neighbourhood in neighbourhoods)
        {
            var genders = new[] { Gender.Male, Gender.Female }.Concat(Enumerable.Range(0, 7).Select(_ => random.Next(2) == 0 ? Gender.Male : Gender.Female));
            applications[neighbourhood] = genders.Select(gender =>
            {
                var applicant = NewResident(neighbourhood, gender);
                var on = CallOpens.PlusDays(random.Next(0, 30));
                return (applicant, campaign.Apply(applicant, neighbourhood, on, ConsentFor(applicant, CallOpens) is null ? null : Consent(on)).Value);
            }).ToList();
        }

        // Refused applications leave no record: a second application, and a resident born in the 1390s.
        var first = applications[neighbourhoods[0]][0];
        campaign.Apply(first.Applicant, neighbourhoods[0], CallCloses, Consent()).Violations.Single().Rule.Should().Be(YouthMayorCampaignRuleIds.AlreadyApplied);
        var tooYoung = new Resident(ResidentId.New(), neighbourhoods[1].Id, new PersonName("کودک", "رفسنجانی"), Gender.Female, PersianDates.FromSolarHijri(1391, 1, 1));
        campaign.Apply(tooYoung, neighbourhoods[1], CallCloses, Consent()).Violations.Single().Rule.Should().Be(YouthMayorCampaignRuleIds.OutsideCohort);

        campaign.AdvanceTo(CampaignStage.Shortlisting, ShortlistOn).ThrowIfFailed();
        var shortlisted = neighbourhoods.ToDictionary(n => n, n => applications[n].Take(7).ToList());
        foreach (var (_, id) in shortlisted.Values.SelectMany(s => s))
        {
            campaign.Shortlist(id, ShortlistOn).ThrowIfFailed();
        }

        // Interviews: one session in each neighbourhood, and a second in six of them (4 then 3 applicants): 56 sessions.
        campaign.AdvanceTo(CampaignStage.Interviews, InterviewsOn).ThrowIfFailed();
        var scores = new Dictionary<YouthMayorApplicationId, int>();
        var sessionCount = 0;
        foreach (var neighbourhood in neighbourhoods)
        {
            var batches = neighbourhood.Number <= 6 ? shortlisted[neighbourhood].Chunk(4) : [shortlisted[neighbourhood].ToArray()];
            foreach (var batch in batches)
            {
                var interviews = batch.Select(a => new Interview(a.Id, random.Next(40, 101), "مصاحبه انجام شد")).ToList();
                interviews.ForEach(i => scores[i.ApplicationId] = i.Score!.Value);
                campaign.HoldInterviewSession(neighbourhood, InterviewsOn.PlusDays(sessionCount++ / 2), interviews).ThrowIfFailed();
            }
        }

        // Selection: each neighbourhood mayor picks the best-scored boy and girl, except in 2 neighbourhoods for boys and
        // 4 for girls, drawn from the seed, where no youth mayor is chosen.
        campaign.AdvanceTo(CampaignStage.Selection, SelectionOn).ThrowIfFailed();
        var order = neighbourhoods.OrderBy(_ => random.Next()).ToList();
        var withoutBoy = order.Take(2).ToHashSet();
        var withoutGirl = order.Skip(2).Take(4).ToHashSet();
        foreach (var neighbourhood in neighbourhoods)
        {
            foreach (var gender in new[] { Gender.Male, Gender.Female })
            {
                if ((gender == Gender.Male ? withoutBoy : withoutGirl).Contains(neighbourhood))
                {
                    continue;
                }

                var best = shortlisted[neighbourhood].Where(a => a.Applicant.Gender == gender).MaxBy(a => scores[a.Id]);
                campaign.SelectYouthMayor(neighbourhood, neighbourhood.Mayor!, best.Id, gender, SelectionOn).ThrowIfFailed();
            }
        }

        // Teams of 9 from the neighbourhood: applicants not chosen first, then other residents of the cohort.
        var fields = city.Charter.UrbanFields;
        foreach (var mayor in campaign.YouthMayors)
        {
            var neighbourhood = neighbourhoods.Single(n => n.Id == mayor.NeighbourhoodId);
            var joinOn = SelectionOn.PlusDays(random.Next(0, 6));
            var available = applications[neighbourhood].Select(a => a.Applicant)
                .Where(r => campaign.YouthMayors.All(m => m.ResidentId != r.Id) && campaign.YouthMayors.All(m => m.Team.Members.All(t => t.ResidentId != r.Id)))
                .ToList();
            for (var seat = 0; !mayor.Team.IsComplete; seat++)
            {
                var member = seat < available.Count ? available[seat] : NewResident(neighbourhood, random.Next(2) == 0 ? Gender.Male : Gender.Female);
                campaign.AddTeamMember(mayor.Id, member, neighbourhood, fields[seat % fields.Count], joinOn, ConsentFor(member, joinOn)).ThrowIfFailed();
            }
        }

        campaign.AdvanceTo(CampaignStage.Training, TrainingOn).ThrowIfFailed();
        campaign.AdvanceTo(CampaignStage.Term, RafsanjanPreset.UnveiledOn).ThrowIfFailed();

        var figures = YouthMayorFigures.From(campaign, neighbourhoods);

        figures.Applicants.Should().Be(450);
        figures.Shortlisted.Should().Be(350, "350 applicants reached interview");
        figures.Interviewed.Should().Be(350);
        figures.InterviewSessions.Should().Be(56);
        figures.BoyMayors.Should().Be(48);
        figures.GirlMayors.Should().Be(46);
        figures.Mayors.Should().Be(94);
        figures.NeighbourhoodsWithoutBoyMayor.Should().BeEquivalentTo(withoutBoy.Select(n => n.Id));
        figures.NeighbourhoodsWithoutGirlMayor.Should().BeEquivalentTo(withoutGirl.Select(n => n.Id));
        figures.TeamMembers.Should().Be(846);
        figures.CompleteTeams.Should().Be(94);
        figures.TeenagersEngaged.Should().Be(940, "94 youth mayors with teams of 9 make 940, not the 1,040 the report gives");
        campaign.TermStartedOn.Should().Be(PersianDates.FromSolarHijri(1403, 2, 9));
        campaign.Participations().Select(p => p.ResidentId).Distinct().Should().HaveCount(figures.TeenagersEngaged);
        campaign.Applications.Where(a => a.IsMinorAtCall).Should().OnlyContain(a => a.GuardianConsent != null);
        campaign.Applications.Where(a => !a.IsMinorAtCall).Should().OnlyContain(a => a.GuardianConsent == null);
        campaign.PublicProfiles(residents, RafsanjanPreset.UnveiledOn).Should().HaveCount(94).And.OnlyContain(p => p.IsTeamComplete);
    }
}
