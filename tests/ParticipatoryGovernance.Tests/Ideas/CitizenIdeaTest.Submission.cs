using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Events;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.Ideas;

public partial class CitizenIdeaTest
{
    private static readonly Instant Day1 = At(1403, 2, 1);

    [Fact]
    public void Submit_RecordsEverythingTheResidentWrote_WhenTheRulesAllowIt()
    {
        var id = CitizenIdeaId.New();
        var proposer = ResidentId.New();
        var cost = new Rials(12_500_000);

        var idea = CitizenIdea.Submit(id, City(), proposer, Draft(North, "traffic", cost, "  خط ویژهٔ دوچرخه  "), Day1).Value;

        idea.Id.Should().Be(id);
        idea.MunicipalityId.Should().Be(Make.Rafsanjan);
        idea.ProposerId.Should().Be(proposer);
        idea.Title.Should().Be("خط ویژهٔ دوچرخه");
        idea.FieldKey.Should().Be("traffic");
        idea.NeighbourhoodId.Should().Be(North);
        idea.IsCityWide.Should().BeFalse();
        idea.EstimatedCost.Should().Be(cost);
        idea.SubmittedAt.Should().Be(Day1);
        idea.FirstSubmittedAt.Should().Be(Day1);
        idea.LastChangedAt.Should().Be(Day1);
        idea.Version.Should().Be(1);
        idea.PreviousVersionId.Should().BeNull();
        idea.IsLatestVersion.Should().BeTrue();
        idea.Status.Should().Be(IdeaStatus.Submitted);
        idea.Visibility.Should().Be(IdeaVisibility.Visible);
        idea.Transitions.Should().BeEmpty();
        idea.OfficialAnswer.Should().BeNull();
        idea.ProgressPercent.Should().Be(0);
        idea.DomainEvents.Should().ContainSingle().Which.Should().Be(new IdeaSubmitted(id, Make.Rafsanjan, proposer, 1, Day1));
    }

    [Fact]
    public void Submit_KeepsNoNeighbourhoodAndNoCost_ForACityWideIdeaWithoutEstimate()
    {
        var idea = CitizenIdea.Submit(CitizenIdeaId.New(), City(), ResidentId.New(), Draft(neighbourhood: null, field: "culture"), Day1).Value;

        idea.IsCityWide.Should().BeTrue();
        idea.NeighbourhoodId.Should().BeNull();
        idea.EstimatedCost.Should().BeNull();
    }

    [Fact]
    public void Submit_Fails_WhenTheCityHadNotLaunchedTheCitizenIdeasPhase()
    {
        // Rafsanjan launched citizen ideas in Dey 1400; the day before is 30 Azar 1400.
        var result = CitizenIdea.Submit(CitizenIdeaId.New(), City(), ResidentId.New(), Draft(North), At(1400, 9, 30, 23, 0));

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(IdeaRuleIds.PhaseNotLaunched);
        violation.Message.English.Should().Be(
            "The municipality had not launched the citizen ideas phase by 30 Azar 1400; ideas are accepted from the phase's launch on.");
        violation.Message.Persian.Should().Contain("۱۴۰۰/۰۹/۳۰");
    }

    [Fact]
    public void Submit_Succeeds_OnTheDayThePhaseWasLaunched_InCityTime()
    {
        // 00:30 on 1 Dey 1400 in Tehran is still 30 Azar in UTC.
        var result = CitizenIdea.Submit(CitizenIdeaId.New(), City(), ResidentId.New(), Draft(North), At(1400, 10, 1, 0, 30));

        result.IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Submit_Fails_WhenTheFieldIsNotOneOfTheCharters()
    {
        var space = new UrbanField("space", new LocalizedText("فضا", "Space"));
        var draft = new IdeaDraft("رصدخانه", "یک رصدخانهٔ کوچک در پارک", space, North);

        var result = CitizenIdea.Submit(CitizenIdeaId.New(), City(), ResidentId.New(), draft, Day1);

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(IdeaRuleIds.UnknownField);
        violation.Message.English.Should().Be(
            "The urban field 'space' is not one of this municipality's fields; choose one of: environment, traffic, culture, sport, health, social-affairs, urban-services, media.");
        violation.Message.Persian.Should().Contain("«فضا»").And.Contain("محیط زیست");
    }

    [Fact]
    public void Submit_ReportsEveryBrokenRule_WhenThereAreSeveral()
    {
        var draft = new IdeaDraft("رصدخانه", "یک رصدخانهٔ کوچک", new UrbanField("space", new LocalizedText("فضا", "Space")));

        var result = CitizenIdea.Submit(CitizenIdeaId.New(), City(), ResidentId.New(), draft, At(1399, 1, 1));

        result.Violations.Select(v => v.Rule).Should().Equal(IdeaRuleIds.PhaseNotLaunched, IdeaRuleIds.UnknownField);
    }

    [Fact]
    public void Submit_Throws_WhenTheCallerBreaksItsContract()
    {
        var city = City();

        FluentActions.Invoking(() => CitizenIdea.Submit(default, city, ResidentId.New(), Draft(), Day1)).Should().Throw<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => CitizenIdea.Submit(CitizenIdeaId.New(), null!, ResidentId.New(), Draft(), Day1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CitizenIdea.Submit(CitizenIdeaId.New(), city, default, Draft(), Day1)).Should().Throw<ArgumentException>().WithParameterName("proposerId");
        FluentActions.Invoking(() => CitizenIdea.Submit(CitizenIdeaId.New(), city, ResidentId.New(), null!, Day1)).Should().Throw<ArgumentNullException>();
    }
}
