using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.YouthMayors;
using ParticipatoryGovernance.YouthMayors.Events;
using static ParticipatoryGovernance.Tests.YouthMayors.CampaignScenario;

namespace ParticipatoryGovernance.Tests.YouthMayors;

public partial class YouthMayorCampaignTest
{
    private static readonly GovernanceCharter ElectionCharter = RafsanjanPreset.Charter with { YouthMayorSelection = YouthMayorSelection.Election };

    [Fact]
    public void AdvanceTo_MovesThroughEveryStageInOrder_WithTheirDates()
    {
        var scenario = new CampaignScenario();
        var boy = scenario.Resident(scenario.North, Gender.Male);
        var application = scenario.InterviewedAndSelecting(boy).Single();
        scenario.Select(boy, application);

        scenario.Campaign.AdvanceTo(CampaignStage.Training, TrainingOn).IsSuccess.Should().BeTrue();
        scenario.Campaign.AdvanceTo(CampaignStage.Term, TermOn).IsSuccess.Should().BeTrue();

        scenario.Campaign.Stages.Should().Equal(
            new CampaignStageStart(CampaignStage.Application, CallOpens),
            new CampaignStageStart(CampaignStage.Shortlisting, ShortlistOn),
            new CampaignStageStart(CampaignStage.Interviews, InterviewsOn),
            new CampaignStageStart(CampaignStage.Selection, SelectionOn),
            new CampaignStageStart(CampaignStage.Training, TrainingOn),
            new CampaignStageStart(CampaignStage.Term, TermOn));
        scenario.Campaign.TermStartedOn.Should().Be(new NodaTime.LocalDate(2024, 4, 28), "Rafsanjan's youth mayors started on 9 Ordibehesht 1403");
        scenario.Campaign.StartOf(CampaignStage.Interviews).Should().Be(InterviewsOn);
        scenario.Campaign.DomainEvents.OfType<YouthMayorCampaignStageStarted>().Select(e => e.Stage)
            .Should().Equal(CampaignStage.Shortlisting, CampaignStage.Interviews, CampaignStage.Selection, CampaignStage.Training, CampaignStage.Term);
    }

    [Fact]
    public void AdvanceTo_Refuses_AStageThatIsNotTheNextOne()
    {
        var scenario = new CampaignScenario();
        scenario.Shortlisted(scenario.Resident(scenario.North, Gender.Male));

        var result = scenario.Campaign.AdvanceTo(CampaignStage.Selection, SelectionOn);

        result.ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.StageOutOfOrder,
            "The campaign is at the shortlisting stage; the next stage is interviews, not selection of youth mayors.");
        scenario.Campaign.Stage.Should().Be(CampaignStage.Shortlisting);
    }

    [Fact]
    public void AdvanceTo_Refuses_AnyStageAfterTheTermHasStarted()
    {
        var scenario = new CampaignScenario();
        var boy = scenario.Resident(scenario.North, Gender.Male);
        scenario.Select(boy, scenario.InterviewedAndSelecting(boy).Single());
        scenario.Advance(CampaignStage.Training, TrainingOn);
        scenario.Advance(CampaignStage.Term, TermOn);

        scenario.Campaign.AdvanceTo(CampaignStage.Training, TermOn.PlusDays(1)).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.StageOutOfOrder,
            "The term of office has started and is the campaign's last stage; it cannot move to the training stage.");
    }

    [Fact]
    public void AdvanceTo_Refuses_ADateBeforeTheCampaignsLatestRecord()
    {
        var scenario = new CampaignScenario();
        scenario.Shortlisted(scenario.Resident(scenario.North, Gender.Male));

        var result = scenario.Campaign.AdvanceTo(CampaignStage.Interviews, ShortlistOn.PlusDays(-1));

        result.ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.StageDateBeforeLastRecord,
            "The interviews stage cannot start on 4 Esfand 1402: the campaign's latest record is dated 5 Esfand 1402.");
    }

    [Fact]
    public void AdvanceTo_RefusesShortlisting_WhileTheCallIsOpen()
    {
        var scenario = new CampaignScenario();
        scenario.Apply(scenario.Resident(scenario.North, Gender.Male));

        scenario.Campaign.AdvanceTo(CampaignStage.Shortlisting, CallCloses).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.CallStillOpen,
            "The call is open until 30 Bahman 1402; shortlisting starts after it closes.");
    }

    [Fact]
    public void AdvanceTo_RefusesShortlisting_WithoutApplications()
    {
        var scenario = new CampaignScenario();

        scenario.Campaign.AdvanceTo(CampaignStage.Shortlisting, ShortlistOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.NoApplications,
            "No application has been accepted, so there is nobody to shortlist.");
    }

    [Fact]
    public void AdvanceTo_RefusesInterviews_WithAnEmptyShortlist()
    {
        var scenario = new CampaignScenario();
        scenario.Apply(scenario.Resident(scenario.North, Gender.Male));
        scenario.Advance(CampaignStage.Shortlisting, ShortlistOn);

        scenario.Campaign.AdvanceTo(CampaignStage.Interviews, InterviewsOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.EmptyShortlist,
            "Nobody has been shortlisted; shortlist applicants first.");
    }

    [Fact]
    public void AdvanceTo_RefusesSelection_BeforeAnyInterview()
    {
        var scenario = new CampaignScenario();
        scenario.Shortlisted(scenario.Resident(scenario.North, Gender.Male));
        scenario.Advance(CampaignStage.Interviews, InterviewsOn);

        scenario.Campaign.AdvanceTo(CampaignStage.Selection, SelectionOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.NoInterviewsHeld,
            "No interview session has been held yet; youth mayors are selected from applicants who were interviewed.");
    }

    [Fact]
    public void AdvanceTo_RefusesTraining_BeforeAnyYouthMayorIsChosen()
    {
        var scenario = new CampaignScenario();
        scenario.InterviewedAndSelecting(scenario.Resident(scenario.North, Gender.Male));

        scenario.Campaign.AdvanceTo(CampaignStage.Training, TrainingOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.NoYouthMayors,
            "No youth mayor has been chosen yet; training is for the youth mayors and their teams.");
    }

    [Fact]
    public void AdvanceTo_GoesFromShortlistingToSelection_WhenYouthMayorsAreElected()
    {
        var scenario = new CampaignScenario(ElectionCharter);
        scenario.Shortlisted(scenario.Resident(scenario.North, Gender.Male));

        scenario.Campaign.AdvanceTo(CampaignStage.Interviews, InterviewsOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.NoInterviewsInElection,
            "This campaign's charter elects its youth mayors; it has no interview stage.");
        scenario.Campaign.AdvanceTo(CampaignStage.Selection, SelectionOn).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void AdvanceTo_RefusesAnElectionsSelectionStage_WithoutCandidates()
    {
        var scenario = new CampaignScenario(ElectionCharter);
        scenario.Apply(scenario.Resident(scenario.North, Gender.Male));
        scenario.Advance(CampaignStage.Shortlisting, ShortlistOn);

        scenario.Campaign.AdvanceTo(CampaignStage.Selection, SelectionOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.EmptyShortlist,
            "Nobody has been shortlisted; shortlist applicants first.");
    }

    [Fact]
    public void AdvanceTo_Throws_ForAnUndefinedStage()
    {
        var scenario = new CampaignScenario();

        FluentActions.Invoking(() => scenario.Campaign.AdvanceTo((CampaignStage)42, ShortlistOn)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
