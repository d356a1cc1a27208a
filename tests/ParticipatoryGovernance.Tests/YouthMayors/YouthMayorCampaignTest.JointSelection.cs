using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using ParticipatoryGovernance.YouthMayors.Events;
using static ParticipatoryGovernance.Tests.YouthMayors.CampaignScenario;

namespace ParticipatoryGovernance.Tests.YouthMayors;

public partial class YouthMayorCampaignTest
{
    [Fact]
    public void SelectYouthMayors_SeatsTheBoyAndTheGirlTogether()
    {
        var scenario = AtSelection(out var boy, out var girl, out var applications);
        scenario.Campaign.ClearDomainEvents();

        var ids = scenario.Campaign.SelectYouthMayors(scenario.North, MayorOf(1), applications[0], applications[1], SelectionOn).Value;

        ids.Should().HaveCount(2);
        scenario.Campaign.YouthMayors.Select(m => (m.ResidentId, m.Gender)).Should().Equal((boy.Id, Gender.Male), (girl.Id, Gender.Female));
        scenario.Campaign.DomainEvents.Should().HaveCount(2).And.AllBeOfType<YouthMayorChosen>();
    }

    [Fact]
    public void SelectYouthMayors_ChangesNothing_WhenTheSecondChoiceIsRefused()
    {
        var scenario = AtSelection(out _, out _, out var applications);
        scenario.Campaign.ClearDomainEvents();

        // The boy's application offered for the girl's seat: the first choice alone would be valid.
        var result = scenario.Campaign.SelectYouthMayors(scenario.North, MayorOf(1), applications[0], applications[0], SelectionOn);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(YouthMayorCampaignRuleIds.WrongGenderForSeat);
        scenario.Campaign.YouthMayors.Should().BeEmpty();
        scenario.Campaign.DomainEvents.Should().BeEmpty();
    }

    [Fact]
    public void SelectYouthMayors_RefusesAnUnknownApplication_InsteadOfThrowing()
    {
        var scenario = AtSelection(out _, out _, out var applications);

        var result = scenario.Campaign.SelectYouthMayors(scenario.North, MayorOf(1), applications[0], new YouthMayorApplicationId(Guid.CreateVersion7()), SelectionOn);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(YouthMayorCampaignRuleIds.UnknownApplication);
        scenario.Campaign.YouthMayors.Should().BeEmpty();
    }

    [Fact]
    public void SelectYouthMayors_FillsOneSeat_WhenOnlyOneIsChosen_AndRefusesNeither()
    {
        var scenario = AtSelection(out _, out var girl, out var applications);

        scenario.Campaign.SelectYouthMayors(scenario.North, MayorOf(1), null, null, SelectionOn)
            .Violations.Should().ContainSingle().Which.Rule.Should().Be(YouthMayorCampaignRuleIds.NoChoice);
        scenario.Campaign.SelectYouthMayors(scenario.North, MayorOf(1), null, applications[1], SelectionOn).IsSuccess.Should().BeTrue();

        scenario.Campaign.YouthMayors.Should().ContainSingle().Which.ResidentId.Should().Be(girl.Id);
    }

    [Fact]
    public void SelectYouthMayors_RefusesASelectorWhoIsNotTheNeighbourhoodMayor()
    {
        var scenario = AtSelection(out _, out _, out var applications);

        scenario.Campaign.SelectYouthMayors(scenario.North, MayorOf(2), applications[0], applications[1], SelectionOn)
            .Violations.Should().ContainSingle().Which.Rule.Should().Be(YouthMayorCampaignRuleIds.SelectorNotNeighbourhoodMayor);
    }

    [Fact]
    public void SelectYouthMayors_Refuses_WhileAShortlistedApplicantOfTheNeighbourhoodAwaitsInterview()
    {
        var scenario = new CampaignScenario();
        var boy = scenario.Resident(scenario.North, Gender.Male);
        var girl = scenario.Resident(scenario.North, Gender.Female);
        var southern = scenario.Resident(scenario.South, Gender.Female);
        var ids = scenario.Shortlisted(boy, girl, southern);
        scenario.Advance(CampaignStage.Interviews, InterviewsOn);
        scenario.Interview([(boy, ids[0])]);
        scenario.Advance(CampaignStage.Selection, SelectionOn);

        var result = scenario.Campaign.SelectYouthMayors(scenario.North, MayorOf(1), ids[0], null, SelectionOn);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(YouthMayorCampaignRuleIds.ApplicantsAwaitingInterview);
        scenario.Campaign.SelectYouthMayor(scenario.North, MayorOf(1), ids[0], Gender.Male, SelectionOn)
            .Violations.Should().ContainSingle().Which.Rule.Should().Be(YouthMayorCampaignRuleIds.ApplicantsAwaitingInterview);
        scenario.Campaign.YouthMayors.Should().BeEmpty();
    }

    [Fact]
    public void SelectYouthMayors_IsNotHeldUp_ByAnotherNeighbourhoodsWaitingApplicants()
    {
        var scenario = new CampaignScenario();
        var boy = scenario.Resident(scenario.North, Gender.Male);
        var southern = scenario.Resident(scenario.South, Gender.Female);
        var ids = scenario.Shortlisted(boy, southern);
        scenario.Advance(CampaignStage.Interviews, InterviewsOn);
        scenario.Interview([(boy, ids[0])]);
        scenario.Advance(CampaignStage.Selection, SelectionOn);

        scenario.Campaign.SelectYouthMayors(scenario.North, MayorOf(1), ids[0], null, SelectionOn).IsSuccess.Should().BeTrue();
    }
}
