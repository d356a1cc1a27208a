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
    private static readonly PanelMember Imam = new(new PersonName("حسن", "تقوی"), new LocalizedText("امام محله", "Neighbourhood imam"));

    private static CampaignScenario AtInterviews(out Resident boy, out Resident girl, out List<YouthMayorApplicationId> applications)
    {
        var scenario = new CampaignScenario();
        boy = scenario.Resident(scenario.North, Gender.Male);
        girl = scenario.Resident(scenario.North, Gender.Female);
        applications = scenario.Shortlisted(boy, girl);
        scenario.Advance(CampaignStage.Interviews, InterviewsOn);
        return scenario;
    }

    [Fact]
    public void HoldInterviewSession_RecordsTheDateThePanelLedByTheNeighbourhoodMayorAndEachAssessment()
    {
        var scenario = AtInterviews(out _, out _, out var applications);
        var interviews = new[] { new Interview(applications[0], 82), new Interview(applications[1], null, "ایده‌های خوبی برای پارک محله دارد") };

        var id = scenario.Campaign.HoldInterviewSession(scenario.North, InterviewsOn, interviews, [Imam]).Value;

        var session = scenario.Campaign.InterviewSessions.Should().ContainSingle().Subject;
        session.Id.Should().Be(id);
        session.NeighbourhoodId.Should().Be(scenario.North.Id);
        session.HeldOn.Should().Be(InterviewsOn);
        session.Lead.Should().Be(MayorOf(1));
        session.OtherPanelMembers.Should().Equal(Imam);
        session.Interviews.Should().Equal(interviews);
        scenario.Campaign.WasInterviewed(applications[1]).Should().BeTrue();
        scenario.Campaign.DomainEvents.OfType<InterviewSessionHeld>().Should().ContainSingle()
            .Which.Should().Be(new InterviewSessionHeld(scenario.Campaign.Id, id, scenario.North.Id, InterviewsOn, 2));
    }

    [Fact]
    public void HoldInterviewSession_Refuses_WhenTheCharterElectsYouthMayors()
    {
        var scenario = new CampaignScenario(ElectionCharter);
        var boy = scenario.Resident(scenario.North, Gender.Male);
        var application = scenario.Shortlisted(boy).Single();

        scenario.Campaign.HoldInterviewSession(scenario.North, InterviewsOn, [new Interview(application, 50)]).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.NoInterviewsInElection,
            "This campaign's charter elects its youth mayors; it has no interview stage.");
    }

    [Fact]
    public void HoldInterviewSession_Refuses_OutsideTheInterviewStage()
    {
        var scenario = new CampaignScenario();
        var application = scenario.Shortlisted(scenario.Resident(scenario.North, Gender.Male)).Single();

        scenario.Campaign.HoldInterviewSession(scenario.North, InterviewsOn, [new Interview(application, 50)]).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.NotInterviewing,
            "Holding an interview session belongs to the interviews stage; the campaign has been at the shortlisting stage since 5 Esfand 1402.");
        scenario.Campaign.InterviewSessions.Should().BeEmpty();
    }

    [Fact]
    public void HoldInterviewSession_Refuses_ANeighbourhoodOfAnotherMunicipality()
    {
        var scenario = AtInterviews(out _, out _, out var applications);
        var elsewhere = Make.Neighbourhood(9, MunicipalityId.New());
        elsewhere.AppointMayor(MayorOf(9)).ThrowIfFailed();

        scenario.Campaign.HoldInterviewSession(elsewhere, InterviewsOn, [new Interview(applications[0], 50)]).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.OtherMunicipality,
            "Neighbourhood 9 belongs to another municipality; this campaign is for its own municipality's neighbourhoods.");
    }

    [Fact]
    public void HoldInterviewSession_Refuses_ANeighbourhoodWithoutAMayor()
    {
        var scenario = new CampaignScenario();
        var vacant = Make.Neighbourhood(3, scenario.City.Id);
        scenario.Neighbourhoods.Add(vacant);
        var application = scenario.Shortlisted(scenario.Resident(vacant, Gender.Male)).Single();
        scenario.Advance(CampaignStage.Interviews, InterviewsOn);

        scenario.Campaign.HoldInterviewSession(vacant, InterviewsOn, [new Interview(application, 50)]).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.NoNeighbourhoodMayor,
            "Neighbourhood 3 has no neighbourhood mayor on 15 Esfand 1402; the neighbourhood mayor leads the interviews and selects the youth mayors. Appoint one first.");
    }

    [Fact]
    public void HoldInterviewSession_Refuses_AnApplicantWhoIsNotShortlisted()
    {
        var scenario = new CampaignScenario();
        var shortlisted = scenario.Resident(scenario.North, Gender.Male);
        var other = scenario.Resident(scenario.North, Gender.Female);
        var ids = new[] { scenario.Apply(shortlisted), scenario.Apply(other) };
        scenario.Advance(CampaignStage.Shortlisting, ShortlistOn);
        scenario.Campaign.Shortlist(ids[0], ShortlistOn).ThrowIfFailed();
        scenario.Advance(CampaignStage.Interviews, InterviewsOn);

        var result = scenario.Campaign.HoldInterviewSession(scenario.North, InterviewsOn, [new Interview(ids[0], 60), new Interview(ids[1], 60)]);

        result.ShouldBeRefusedWith(YouthMayorCampaignRuleIds.NotShortlisted, $"Application {ids[1]} is not on the shortlist; only shortlisted applicants are interviewed.");
        scenario.Campaign.InterviewSessions.Should().BeEmpty("a refused session records none of its interviews");
        scenario.Campaign.WasInterviewed(ids[0]).Should().BeFalse();
    }

    [Fact]
    public void HoldInterviewSession_Refuses_AnApplicantOfAnotherNeighbourhood()
    {
        var scenario = new CampaignScenario();
        var southern = scenario.Resident(scenario.South, Gender.Male);
        var application = scenario.Shortlisted(southern).Single();
        scenario.Advance(CampaignStage.Interviews, InterviewsOn);

        scenario.Campaign.HoldInterviewSession(scenario.North, InterviewsOn, [new Interview(application, 60)]).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.InterviewOtherNeighbourhood,
            $"Application {application} is for another neighbourhood; a session of Neighbourhood 1 interviews only that neighbourhood's applicants.");
    }

    [Fact]
    public void HoldInterviewSession_Refuses_AnApplicantAlreadyInterviewed()
    {
        var scenario = AtInterviews(out _, out _, out var applications);
        scenario.Campaign.HoldInterviewSession(scenario.North, InterviewsOn, [new Interview(applications[0], 60)]).ThrowIfFailed();

        scenario.Campaign.HoldInterviewSession(scenario.North, InterviewsOn.PlusDays(1), [new Interview(applications[0], 90)]).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.AlreadyInterviewed,
            $"Application {applications[0]} was already interviewed on 15 Esfand 1402; each applicant is interviewed once.");
        scenario.Campaign.InterviewSessions.Should().ContainSingle();
    }

    [Fact]
    public void HoldInterviewSession_Refuses_ADateBeforeTheInterviewStage()
    {
        var scenario = AtInterviews(out _, out _, out var applications);

        scenario.Campaign.HoldInterviewSession(scenario.North, InterviewsOn.PlusDays(-1), [new Interview(applications[0], 60)]).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.DateBeforeStage,
            "Holding an interview session is dated 14 Esfand 1402, before the interviews stage started on 15 Esfand 1402.");
    }

    [Fact]
    public void HoldInterviewSession_Throws_ForBrokenCallerContracts()
    {
        var scenario = AtInterviews(out _, out _, out var applications);
        var campaign = scenario.Campaign;

        FluentActions.Invoking(() => campaign.HoldInterviewSession(null!, InterviewsOn, [new Interview(applications[0], 1)])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => campaign.HoldInterviewSession(scenario.North, InterviewsOn, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => campaign.HoldInterviewSession(scenario.North, InterviewsOn, [])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => campaign.HoldInterviewSession(scenario.North, InterviewsOn, [new Interview(applications[0], 1), new Interview(applications[0], 2)]))
            .Should().Throw<ArgumentException>().WithMessage("*appears twice*");
        FluentActions.Invoking(() => campaign.HoldInterviewSession(scenario.North, InterviewsOn, [new Interview(YouthMayorApplicationId.New(), 1)]))
            .Should().Throw<ArgumentException>().WithMessage("The campaign has no application*");
        FluentActions.Invoking(() => campaign.HoldInterviewSession(scenario.North, InterviewsOn, [new Interview(applications[0], 1)], [null!]))
            .Should().Throw<ArgumentException>();
        campaign.InterviewSessions.Should().BeEmpty();
    }
}
