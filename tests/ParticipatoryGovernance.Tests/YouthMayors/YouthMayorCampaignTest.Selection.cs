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
    private static CampaignScenario AtSelection(out Resident boy, out Resident girl, out List<YouthMayorApplicationId> applications)
    {
        var scenario = new CampaignScenario();
        boy = scenario.Resident(scenario.North, Gender.Male);
        girl = scenario.Resident(scenario.North, Gender.Female);
        applications = scenario.InterviewedAndSelecting(boy, girl);
        return scenario;
    }

    [Fact]
    public void SelectYouthMayor_SeatsAnInterviewedApplicant_ChosenByTheNeighbourhoodMayor()
    {
        var scenario = AtSelection(out var boy, out _, out var applications);

        var id = scenario.Campaign.SelectYouthMayor(scenario.North, MayorOf(1), applications[0], Gender.Male, SelectionOn).Value;

        var mayor = scenario.Campaign.YouthMayors.Should().ContainSingle().Subject;
        mayor.Id.Should().Be(id);
        mayor.ResidentId.Should().Be(boy.Id);
        mayor.ApplicationId.Should().Be(applications[0]);
        mayor.NeighbourhoodId.Should().Be(scenario.North.Id);
        mayor.Gender.Should().Be(Gender.Male);
        mayor.ChosenOn.Should().Be(SelectionOn);
        mayor.SelectedBy.Should().Be(MayorOf(1).Name);
        mayor.ElectedIn.Should().BeNull();
        mayor.Team.Seats.Should().Be(9);
        mayor.Team.Members.Should().BeEmpty();
        mayor.Team.IsComplete.Should().BeFalse();
        scenario.Campaign.FindYouthMayor(id).Should().BeSameAs(mayor);
        scenario.Campaign.DomainEvents.OfType<YouthMayorChosen>().Should().ContainSingle()
            .Which.Should().Be(new YouthMayorChosen(scenario.Campaign.Id, id, boy.Id, scenario.North.Id, Gender.Male, SelectionOn));
    }

    [Fact]
    public void SelectYouthMayor_Refuses_WhenTheCharterElectsYouthMayors()
    {
        var scenario = new CampaignScenario(ElectionCharter);
        var application = scenario.Shortlisted(scenario.Resident(scenario.North, Gender.Male)).Single();
        scenario.Advance(CampaignStage.Selection, SelectionOn);

        scenario.Campaign.SelectYouthMayor(scenario.North, MayorOf(1), application, Gender.Male, SelectionOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.SelectionByElection,
            "This campaign's charter elects its youth mayors; call an election and declare its result instead.");
    }

    [Fact]
    public void SelectYouthMayor_Refuses_BeforeTheSelectionStage()
    {
        var scenario = AtInterviews(out _, out _, out var applications);
        scenario.Campaign.HoldInterviewSession(scenario.North, InterviewsOn, [new Interview(applications[0], 90)]).ThrowIfFailed();

        scenario.Campaign.SelectYouthMayor(scenario.North, MayorOf(1), applications[0], Gender.Male, InterviewsOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.NotSelecting,
            "Choosing a youth mayor belongs to the selection of youth mayors stage; the campaign has been at the interviews stage since 15 Esfand 1402.");
        scenario.Campaign.YouthMayors.Should().BeEmpty();
    }

    [Fact]
    public void SelectYouthMayor_Refuses_InANeighbourhoodWithoutAMayor()
    {
        var scenario = new CampaignScenario();
        var vacant = Make.Neighbourhood(3, scenario.City.Id);
        scenario.Neighbourhoods.Add(vacant);
        var northern = scenario.Resident(scenario.North, Gender.Male);
        var fromVacant = scenario.Resident(vacant, Gender.Male);
        var applications = scenario.Shortlisted(northern, fromVacant);
        scenario.Advance(CampaignStage.Interviews, InterviewsOn);
        scenario.Interview([(northern, applications[0])]);
        scenario.Advance(CampaignStage.Selection, SelectionOn);

        scenario.Campaign.SelectYouthMayor(vacant, MayorOf(3), applications[1], Gender.Male, SelectionOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.NoNeighbourhoodMayor,
            "Neighbourhood 3 has no neighbourhood mayor on 25 Farvardin 1403; the neighbourhood mayor leads the interviews and selects the youth mayors. Appoint one first.");
    }

    [Fact]
    public void SelectYouthMayor_Refuses_AChoiceNotMadeByTheNeighbourhoodsMayor()
    {
        var scenario = AtSelection(out _, out _, out var applications);

        scenario.Campaign.SelectYouthMayor(scenario.North, MayorOf(2), applications[0], Gender.Male, SelectionOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.SelectorNotNeighbourhoodMayor,
            "شهردار محله 2 is not the neighbourhood mayor of Neighbourhood 1; its youth mayors are selected by its own mayor, شهردار محله 1.");
    }

    [Fact]
    public void SelectYouthMayor_Refuses_AnApplicantOfAnotherNeighbourhood()
    {
        var scenario = new CampaignScenario();
        var northern = scenario.Resident(scenario.North, Gender.Male);
        var southern = scenario.Resident(scenario.South, Gender.Male);
        var applications = scenario.InterviewedAndSelecting(northern, southern);

        scenario.Campaign.SelectYouthMayor(scenario.North, MayorOf(1), applications[1], Gender.Male, SelectionOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.ApplicantOfOtherNeighbourhood,
            "This applicant applied for another neighbourhood; the youth mayors of Neighbourhood 1 are chosen from its own applicants.");
    }

    [Fact]
    public void SelectYouthMayor_Refuses_AnApplicantWhoWasNotInterviewed()
    {
        var scenario = new CampaignScenario();
        var interviewed = scenario.Resident(scenario.North, Gender.Male);
        var notInterviewed = scenario.Resident(scenario.North, Gender.Male);
        var applications = scenario.Shortlisted(interviewed, notInterviewed);
        scenario.Advance(CampaignStage.Interviews, InterviewsOn);
        scenario.Interview([(interviewed, applications[0])]);
        scenario.Advance(CampaignStage.Selection, SelectionOn);

        scenario.Campaign.SelectYouthMayor(scenario.North, MayorOf(1), applications[1], Gender.Male, SelectionOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.NotInterviewed,
            "This applicant was not interviewed in a session of Neighbourhood 1; youth mayors are selected only from applicants interviewed for the neighbourhood.");
    }

    [Fact]
    public void SelectYouthMayor_Refuses_AnApplicantAlreadySeated()
    {
        var scenario = AtSelection(out _, out _, out var applications);
        scenario.Campaign.SelectYouthMayor(scenario.North, MayorOf(1), applications[0], Gender.Male, SelectionOn).ThrowIfFailed();

        scenario.Campaign.SelectYouthMayor(scenario.North, MayorOf(1), applications[0], Gender.Male, SelectionOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.AlreadyYouthMayor, "This applicant has been a youth mayor since 25 Farvardin 1403.");
        scenario.Campaign.YouthMayors.Should().ContainSingle();
    }

    [Fact]
    public void SelectYouthMayor_Refuses_AnApplicantOfTheOtherGenderForTheSeat()
    {
        var scenario = AtSelection(out _, out _, out var applications);

        scenario.Campaign.SelectYouthMayor(scenario.North, MayorOf(1), applications[1], Gender.Male, SelectionOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.WrongGenderForSeat,
            "A boy's seat is filled by a boy; this applicant is a girl.");
    }

    [Fact]
    public void SelectYouthMayor_Refuses_MoreYouthMayorsOfAGenderThanTheCharterProvides()
    {
        var scenario = new CampaignScenario();
        var first = scenario.Resident(scenario.North, Gender.Male);
        var second = scenario.Resident(scenario.North, Gender.Male);
        var applications = scenario.InterviewedAndSelecting(first, second);
        scenario.Select(first, applications[0]);

        scenario.Campaign.SelectYouthMayor(scenario.North, MayorOf(1), applications[1], Gender.Male, SelectionOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.NoSeatForGender,
            "Neighbourhood 1 has already filled its 1 boy youth mayor seat.");
    }

    [Fact]
    public void SelectYouthMayor_FollowsTheCharter_WhenItChangesTheNumbersPerGender()
    {
        var scenario = new CampaignScenario(RafsanjanPreset.Charter with { BoyYouthMayorsPerNeighbourhood = 2, GirlYouthMayorsPerNeighbourhood = 0 });
        var boys = new[] { scenario.Resident(scenario.North, Gender.Male), scenario.Resident(scenario.North, Gender.Male) };
        var girl = scenario.Resident(scenario.North, Gender.Female);
        var applications = scenario.InterviewedAndSelecting([.. boys, girl]);

        scenario.Select(boys[0], applications[0]);
        scenario.Select(boys[1], applications[1]);
        scenario.Campaign.SelectYouthMayor(scenario.North, MayorOf(1), applications[2], Gender.Female, SelectionOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.NoSeatForGender,
            "The charter provides no girl youth mayors for a neighbourhood.");
        scenario.Campaign.YouthMayors.Should().HaveCount(2);
    }

    [Fact]
    public void SelectYouthMayor_Refuses_ATeamMember()
    {
        var scenario = new CampaignScenario();
        var boy = scenario.Resident(scenario.North, Gender.Male);
        var girl = scenario.Resident(scenario.North, Gender.Female);
        var applications = scenario.InterviewedAndSelecting(boy, girl);
        var boyMayor = scenario.Select(boy, applications[0]);
        scenario.Campaign.AddTeamMember(boyMayor, girl, scenario.North, RafsanjanPreset.UrbanFields[0], SelectionOn, Consent()).ThrowIfFailed();

        scenario.Campaign.SelectYouthMayor(scenario.North, MayorOf(1), applications[1], Gender.Female, SelectionOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.MemberOfATeam,
            "This applicant sits on a youth mayor's team; a youth mayor cannot also be a team member.");
    }

    [Fact]
    public void SelectYouthMayor_Throws_ForBrokenCallerContracts()
    {
        var scenario = AtSelection(out _, out _, out var applications);
        var campaign = scenario.Campaign;

        FluentActions.Invoking(() => campaign.SelectYouthMayor(null!, MayorOf(1), applications[0], Gender.Male, SelectionOn)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => campaign.SelectYouthMayor(scenario.North, null!, applications[0], Gender.Male, SelectionOn)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => campaign.SelectYouthMayor(scenario.North, MayorOf(1), applications[0], (Gender)7, SelectionOn))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("seat");
        FluentActions.Invoking(() => campaign.SelectYouthMayor(scenario.North, MayorOf(1), YouthMayorApplicationId.New(), Gender.Male, SelectionOn))
            .Should().Throw<ArgumentException>();
    }
}
