using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.YouthMayors;
using ParticipatoryGovernance.YouthMayors.Events;
using static ParticipatoryGovernance.Tests.YouthMayors.CampaignScenario;

namespace ParticipatoryGovernance.Tests.YouthMayors;

public partial class YouthMayorCampaignTest
{
    private static readonly UrbanField Environment = RafsanjanPreset.UrbanFields[0];

    private static CampaignScenario WithYouthMayor(out YouthMayorId mayorId, GovernanceCharter? charter = null)
    {
        var scenario = new CampaignScenario(charter);
        var boy = scenario.Resident(scenario.North, Gender.Male);
        var application = scenario.InterviewedAndSelecting(boy).Single();
        mayorId = scenario.Select(boy, application);
        return scenario;
    }

    [Fact]
    public void AddTeamMember_GivesASeatInAnUrbanField_AndTheTeamIsCompleteWhenEverySeatIsFilled()
    {
        var scenario = WithYouthMayor(out var mayorId);
        var member = scenario.Resident(scenario.North, Gender.Female, 1386, 3, 3);

        scenario.Campaign.AddTeamMember(mayorId, member, scenario.North, new UrbanField("traffic", new LocalizedText("ترافیک", "Traffic")), SelectionOn, Consent(SelectionOn))
            .IsSuccess.Should().BeTrue();

        var team = scenario.Campaign.FindYouthMayor(mayorId)!.Team;
        team.Members.Should().ContainSingle().Which.Should().Be(
            new YouthTeamMember(member.Id, scenario.North.Id, "traffic", SelectionOn, true, Consent(SelectionOn)));
        team.FreeSeats.Should().Be(8);
        team.IsComplete.Should().BeFalse();
        scenario.Campaign.DomainEvents.OfType<YouthTeamMemberJoined>().Should().ContainSingle()
            .Which.Should().Be(new YouthTeamMemberJoined(scenario.Campaign.Id, mayorId, member.Id, "traffic", SelectionOn));

        scenario.FillTeam(mayorId, SelectionOn);

        team.Members.Should().HaveCount(9);
        team.IsComplete.Should().BeTrue();
        team.Members.Select(m => m.UrbanFieldKey).Should().OnlyContain(key => scenario.Campaign.Charter.FindUrbanField(key) != null);
    }

    [Fact]
    public void AddTeamMember_AcceptsMembersDuringTraining_AndRecordsNoGuardianDataForAdults()
    {
        var scenario = WithYouthMayor(out var mayorId);
        scenario.Advance(CampaignStage.Training, TrainingOn);
        var adult = scenario.Resident(scenario.North, Gender.Male, 1381, 1, 1);

        scenario.Campaign.AddTeamMember(mayorId, adult, scenario.North, Environment, TrainingOn, Consent()).IsSuccess.Should().BeTrue();

        var member = scenario.Campaign.FindYouthMayor(mayorId)!.Team.Members.Single();
        member.IsMinorOnJoining.Should().BeFalse();
        member.GuardianConsent.Should().BeNull();
    }

    [Fact]
    public void AddTeamMember_Refuses_OnceTheTermHasStarted()
    {
        var scenario = WithYouthMayor(out var mayorId);
        scenario.Advance(CampaignStage.Training, TrainingOn);
        scenario.Advance(CampaignStage.Term, TermOn);

        scenario.Campaign.AddTeamMember(mayorId, scenario.Resident(scenario.North, Gender.Male, 1381), scenario.North, Environment, TermOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.NotFormingTeams,
            "Adding a team member belongs to the selection of youth mayors or training stage; the campaign has been at the term of office stage since 9 Ordibehesht 1403.");
    }

    [Fact]
    public void AddTeamMember_Refuses_ADateBeforeTheYouthMayorWasChosen()
    {
        var scenario = new CampaignScenario();
        var boy = scenario.Resident(scenario.North, Gender.Male);
        var application = scenario.InterviewedAndSelecting(boy).Single();
        var mayorId = scenario.Campaign.SelectYouthMayor(scenario.North, MayorOf(1), application, Gender.Male, SelectionOn.PlusDays(3)).Value;

        scenario.Campaign.AddTeamMember(mayorId, scenario.Resident(scenario.North, Gender.Male, 1381), scenario.North, Environment, SelectionOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.TeamBeforeMayorChosen,
            "This youth mayor was chosen on 28 Farvardin 1403; nobody can join their team before that.");
    }

    [Fact]
    public void AddTeamMember_Refuses_AResidentOfAnotherMunicipality()
    {
        var scenario = WithYouthMayor(out var mayorId);
        var elsewhere = Make.Neighbourhood(1, MunicipalityId.New());

        scenario.Campaign.AddTeamMember(mayorId, Make.Resident(elsewhere.Id, "سارا", "رضایی", Gender.Female, 1381, 1, 1), elsewhere, Environment, SelectionOn)
            .ShouldBeRefusedWith(
                YouthMayorCampaignRuleIds.OtherMunicipality,
                "Neighbourhood 1 belongs to another municipality; this campaign is for its own municipality's neighbourhoods.");
    }

    [Fact]
    public void AddTeamMember_Refuses_AResidentOutsideTheCohort()
    {
        var scenario = WithYouthMayor(out var mayorId);

        scenario.Campaign.AddTeamMember(mayorId, scenario.Resident(scenario.North, Gender.Female, 1379, 12, 1), scenario.North, Environment, SelectionOn)
            .ShouldBeRefusedWith(
                YouthMayorCampaignRuleIds.TeamMemberOutsideCohort,
                "A youth team seat is for residents born in the 1380s (1380–1389); this resident was not born in those years.");
    }

    [Fact]
    public void AddTeamMember_Refuses_AResidentOfAnotherNeighbourhood_UnlessTheCharterAllowsIt()
    {
        var strict = WithYouthMayor(out var strictMayor);
        var lenient = WithYouthMayor(out var lenientMayor, RafsanjanPreset.Charter with { YouthMayors = new YouthMayorRules { TeamMembersFromOwnNeighbourhood = false } });

        strict.Campaign.AddTeamMember(strictMayor, strict.Resident(strict.South, Gender.Male, 1381), strict.South, Environment, SelectionOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.TeamMemberOtherNeighbourhood,
            "This resident lives in Neighbourhood 2; by the charter, team members live in their youth mayor's neighbourhood.");
        lenient.Campaign.AddTeamMember(lenientMayor, lenient.Resident(lenient.South, Gender.Male, 1381), lenient.South, Environment, SelectionOn)
            .IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void AddTeamMember_Refuses_AFieldNotInTheCharter()
    {
        var scenario = WithYouthMayor(out var mayorId);
        var astronomy = new UrbanField("astronomy", new LocalizedText("نجوم", "Astronomy"));

        scenario.Campaign.AddTeamMember(mayorId, scenario.Resident(scenario.North, Gender.Male, 1381), scenario.North, astronomy, SelectionOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.UnknownUrbanField,
            "The field 'astronomy' is not in the charter; its fields are: environment, traffic, culture, sport, health, social-affairs, urban-services, media.");
    }

    [Fact]
    public void AddTeamMember_Refuses_AYouthMayor()
    {
        var scenario = new CampaignScenario();
        var boy = scenario.Resident(scenario.North, Gender.Male, 1381);
        var girl = scenario.Resident(scenario.North, Gender.Female, 1381);
        var applications = scenario.InterviewedAndSelecting(boy, girl);
        var boyMayor = scenario.Select(boy, applications[0]);
        scenario.Select(girl, applications[1]);

        scenario.Campaign.AddTeamMember(boyMayor, girl, scenario.North, Environment, SelectionOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.MemberIsYouthMayor, "This resident is a youth mayor and cannot also sit on a team.");
        scenario.Campaign.AddTeamMember(boyMayor, boy, scenario.North, Environment, SelectionOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.MemberIsYouthMayor, "This resident is a youth mayor and cannot also sit on a team.");
    }

    [Fact]
    public void AddTeamMember_Refuses_AResidentAlreadyOnATeam_ThisOrAnother()
    {
        var scenario = new CampaignScenario();
        var boy = scenario.Resident(scenario.North, Gender.Male, 1381);
        var girl = scenario.Resident(scenario.North, Gender.Female, 1381);
        var applications = scenario.InterviewedAndSelecting(boy, girl);
        var boyMayor = scenario.Select(boy, applications[0]);
        var girlMayor = scenario.Select(girl, applications[1]);
        var member = scenario.Resident(scenario.North, Gender.Female, 1382);
        scenario.Campaign.AddTeamMember(boyMayor, member, scenario.North, Environment, SelectionOn).ThrowIfFailed();

        foreach (var team in new[] { boyMayor, girlMayor })
        {
            scenario.Campaign.AddTeamMember(team, member, scenario.North, Environment, SelectionOn).ShouldBeRefusedWith(
                YouthMayorCampaignRuleIds.AlreadyInTeam, "This resident already sits on a youth mayor's team; nobody sits on two teams.");
        }

        scenario.Campaign.YouthMayors.Sum(m => m.Team.Members.Count).Should().Be(1);
    }

    [Fact]
    public void AddTeamMember_Refuses_ASeatBeyondTheTeamSize()
    {
        var scenario = WithYouthMayor(out var mayorId, RafsanjanPreset.Charter with { YouthTeamSize = 3 });
        scenario.FillTeam(mayorId, SelectionOn).Should().HaveCount(3);

        scenario.Campaign.AddTeamMember(mayorId, scenario.Resident(scenario.North, Gender.Male, 1381), scenario.North, Environment, SelectionOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.TeamFull, "This youth mayor's team already has all 3 members.");
    }

    [Fact]
    public void AddTeamMember_Refuses_AMinorWithoutConsent_OrWithConsentDatedAfterJoining()
    {
        var scenario = WithYouthMayor(out var mayorId);
        var minor = scenario.Resident(scenario.North, Gender.Female, 1388, 1, 1);

        scenario.Campaign.AddTeamMember(mayorId, minor, scenario.North, Environment, SelectionOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.GuardianConsentRequired, "The team member is under 18; record a parent's or guardian's consent.");
        scenario.Campaign.AddTeamMember(mayorId, minor, scenario.North, Environment, SelectionOn, Consent(SelectionOn.PlusDays(1))).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.ConsentDatedLater,
            "The guardian's consent is dated 26 Farvardin 1403, after 25 Farvardin 1403; consent must come first.");
        scenario.Campaign.FindYouthMayor(mayorId)!.Team.Members.Should().BeEmpty();
    }

    [Fact]
    public void AddTeamMember_Throws_ForBrokenCallerContracts()
    {
        var scenario = WithYouthMayor(out var mayorId);
        var member = scenario.Resident(scenario.North, Gender.Male, 1381);
        var campaign = scenario.Campaign;

        FluentActions.Invoking(() => campaign.AddTeamMember(YouthMayorId.New(), member, scenario.North, Environment, SelectionOn)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => campaign.AddTeamMember(mayorId, member, scenario.South, Environment, SelectionOn)).Should().Throw<ArgumentException>()
            .WithMessage("Pass the neighbourhood the member lives in.*");
        FluentActions.Invoking(() => campaign.AddTeamMember(mayorId, null!, scenario.North, Environment, SelectionOn)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => campaign.AddTeamMember(mayorId, member, null!, Environment, SelectionOn)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => campaign.AddTeamMember(mayorId, member, scenario.North, null!, SelectionOn)).Should().Throw<ArgumentNullException>();
    }
}
