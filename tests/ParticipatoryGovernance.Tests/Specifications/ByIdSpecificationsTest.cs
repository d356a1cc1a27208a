using NodaTime;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.Specifications;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Councils.Specifications;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Meetings.Specifications;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Neighbourhoods.Specifications;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Residents.Specifications;
using ParticipatoryGovernance.Tests.Ideas;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.Tests.YouthMayors;
using ParticipatoryGovernance.YouthMayors;
using ParticipatoryGovernance.YouthMayors.Specifications;

namespace ParticipatoryGovernance.Tests.Specifications;

/// <summary>The by-id specification of each aggregate, evaluated in memory with <c>spec.Evaluate(list)</c>.</summary>
public class ByIdSpecificationsTest
{
    private static readonly Municipality City = RafsanjanPreset.CreateMunicipality(Make.Rafsanjan);
    private static readonly LocalDate FormedOn = Make.Solar(1402, 1, 15);

    [Fact]
    public void NeighbourhoodByIdSpec_FindsTheNeighbourhood_AndNothingForAnUnknownId()
    {
        List<Neighbourhood> all = [Make.Neighbourhood(1), Make.Neighbourhood(2), Make.Neighbourhood(3)];

        new NeighbourhoodByIdSpec(all[1].Id).Evaluate(all).Should().ContainSingle().Which.Should().BeSameAs(all[1]);
        new NeighbourhoodByIdSpec(NeighbourhoodId.New()).Evaluate(all).Should().BeEmpty();
    }

    [Fact]
    public void ResidentByIdSpec_FindsTheResident_AndNothingForAnUnknownId()
    {
        var home = NeighbourhoodId.New();
        List<Resident> all =
        [
            Make.Resident(home, "زهرا", "احمدی", Gender.Female, 1380, 1, 1),
            Make.Resident(home, "زهرا", "احمدی", Gender.Female, 1380, 1, 1),
            Make.Resident(home, "علی", "کاظمی", Gender.Male, 1370, 5, 5),
        ];

        new ResidentByIdSpec(all[1].Id).Evaluate(all).Should().ContainSingle().Which.Should().BeSameAs(all[1], "a namesake is another resident");
        new ResidentByIdSpec(ResidentId.New()).Evaluate(all).Should().BeEmpty();
    }

    [Fact]
    public void NeighbourhoodMeetingByIdSpec_FindsTheMeeting_AndNothingForAnUnknownId()
    {
        var north = Make.Neighbourhood(1);
        var start = Instant.FromUtc(2024, 3, 1, 14, 0);
        var all = Enumerable.Range(0, 3)
            .Select(i => NeighbourhoodMeeting.Schedule(MeetingId.New(), north, new LocalizedText("مسجد", "Mosque"), start + Duration.FromDays(7 * i), new MeetingRules()))
            .ToList();

        new NeighbourhoodMeetingByIdSpec(all[2].Id).Evaluate(all).Should().ContainSingle().Which.Should().BeSameAs(all[2]);
        new NeighbourhoodMeetingByIdSpec(MeetingId.New()).Evaluate(all).Should().BeEmpty();
    }

    [Fact]
    public void CouncilByIdSpec_FindsTheCouncil_AndNothingForAnUnknownId()
    {
        var north = Make.Neighbourhood(1);
        var termEnds = Make.Solar(1406, 1, 14);
        var neighbourhood = Council.Form(CouncilId.New(), City, north, CouncilKind.Neighbourhood, FormedOn, termEnds, []).Value;
        var women = Council.Form(CouncilId.New(), City, north, CouncilKind.Women, FormedOn, termEnds, [neighbourhood]).Value;
        List<Council> all = [neighbourhood, women];

        new CouncilByIdSpec(women.Id).Evaluate(all).Should().ContainSingle().Which.Should().BeSameAs(women);
        new CouncilByIdSpec(CouncilId.New()).Evaluate(all).Should().BeEmpty();
    }

    [Fact]
    public void YouthMayorCampaignByIdSpec_FindsTheCampaign_AndNothingForAnUnknownId()
    {
        List<YouthMayorCampaign> all = [new CampaignScenario().Campaign, new CampaignScenario().Campaign];

        new YouthMayorCampaignByIdSpec(all[0].Id).Evaluate(all).Should().ContainSingle().Which.Should().BeSameAs(all[0]);
        new YouthMayorCampaignByIdSpec(YouthMayorCampaignId.New()).Evaluate(all).Should().BeEmpty();
    }

    [Fact]
    public void YouthMayorElectionByIdSpec_FindsTheElection_AndNothingForAnUnknownId()
    {
        var scenario = new CampaignScenario(RafsanjanPreset.Charter with { YouthMayorSelection = YouthMayorSelection.Election });
        var boys = new[] { scenario.Resident(scenario.North, Gender.Male), scenario.Resident(scenario.North, Gender.Male) };
        var girls = new[] { scenario.Resident(scenario.North, Gender.Female), scenario.Resident(scenario.North, Gender.Female) };
        scenario.Shortlisted([.. boys, .. girls]);
        scenario.Advance(CampaignStage.Selection, CampaignScenario.SelectionOn);
        var pollOpens = CampaignScenario.SelectionOn;
        List<YouthMayorElection> all =
        [
            scenario.Campaign.CallElection(YouthMayorElectionId.New(), scenario.North, Gender.Male, pollOpens, pollOpens.PlusDays(2)).Value,
            scenario.Campaign.CallElection(YouthMayorElectionId.New(), scenario.North, Gender.Female, pollOpens, pollOpens.PlusDays(2)).Value,
        ];

        new YouthMayorElectionByIdSpec(all[1].Id).Evaluate(all).Should().ContainSingle().Which.Seat.Should().Be(Gender.Female);
        new YouthMayorElectionByIdSpec(YouthMayorElectionId.New()).Evaluate(all).Should().BeEmpty();
    }

    [Fact]
    public void BudgetingRoundByIdSpec_FindsTheRound_AndNothingForAnUnknownId()
    {
        var opensOn = Make.Solar(1404, 2, 1);
        BudgetingRound Open(string title) => BudgetingRound.Open(
            BudgetingRoundId.New(), Make.Rafsanjan, [IdeaScenario.North], IdeaScenario.North, title, new Rials(100), opensOn, opensOn.PlusDays(9),
            new GovernanceCharter(), [(Accepted("بوستان محله"), new Rials(60)), (Accepted("روشنایی کوچه"), new Rials(40))]).Value;
        List<BudgetingRound> all = [Open("بودجهٔ مشارکتی ۱۴۰۴"), Open("بودجهٔ مشارکتی ۱۴۰۵")];

        new BudgetingRoundByIdSpec(all[1].Id).Evaluate(all).Should().ContainSingle().Which.Should().BeSameAs(all[1]);
        new BudgetingRoundByIdSpec(BudgetingRoundId.New()).Evaluate(all).Should().BeEmpty();
    }

    private static CitizenIdea Accepted(string title)
    {
        var idea = CitizenIdea.Submit(
            CitizenIdeaId.New(), IdeaScenario.City(), ResidentId.New(), IdeaScenario.Draft(IdeaScenario.North, title: title), IdeaScenario.At(2025, 3, 1)).Value;
        idea.StartReview(IdeaScenario.Reviewer, IdeaScenario.At(2025, 3, 2), "بررسی").ThrowIfFailed();
        idea.Accept(IdeaScenario.Reviewer, IdeaScenario.At(2025, 3, 3), "پذیرفته شد").ThrowIfFailed();
        return idea;
    }
}
