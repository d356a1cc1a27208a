using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Specifications;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.Ideas;

/// <summary>Every citizen idea specification, evaluated in memory with <c>spec.Evaluate(list)</c>.</summary>
public class CitizenIdeaSpecificationsTest
{
    private static readonly Instant T0 = At(1403, 2, 1);
    private static readonly NeighbourhoodId South = NeighbourhoodId.New();
    private static readonly IdeaRules Rafsanjan = RafsanjanPreset.Charter.Ideas;

    private readonly ResidentId _proposer = ResidentId.New();
    private readonly List<CitizenIdea> _ideas = [];
    private readonly CitizenIdea _a1;
    private readonly CitizenIdea _a2;
    private readonly CitizenIdea _a3;
    private readonly CitizenIdea _a4;
    private readonly CitizenIdea _a5;
    private readonly CitizenIdea _a6;
    private readonly CitizenIdea _a6Version2;
    private readonly CitizenIdea _b1;
    private readonly CitizenIdea _c1;
    private readonly CitizenIdea _elsewhere;

    public CitizenIdeaSpecificationsTest()
    {
        var city = City();
        var otherCity = Municipality.Create(MunicipalityId.New(), new LocalizedText("کرمان", "Kerman"), RafsanjanPreset.Charter).Value;
        otherCity.LaunchPhase(ProgrammePhase.CitizenIdeas, Make.Solar(1402, 1, 1)).ThrowIfFailed();

        CitizenIdea Add(int day, NeighbourhoodId? neighbourhood, string field, ResidentId? proposer = null, Municipality? municipality = null)
        {
            var idea = CitizenIdea.Submit(CitizenIdeaId.New(), municipality ?? city, proposer ?? ResidentId.New(), Draft(neighbourhood, field), Day(day)).Value;
            _ideas.Add(idea);
            return idea;
        }

        _a1 = Add(1, North, "environment", _proposer);
        _a2 = Add(2, North, "traffic");
        _a2.StartReview(Reviewer, Day(2) + Duration.FromHours(1), "بررسی").ThrowIfFailed();
        _a3 = Add(3, North, "environment");
        _a3.StartReview(Reviewer, Day(3) + Duration.FromHours(1), "بررسی").ThrowIfFailed();
        _a3.Accept(Reviewer, Day(3) + Duration.FromHours(2), "آری").ThrowIfFailed();
        _a4 = Add(4, North, "environment", _proposer);
        _a5 = Add(5, North, "culture", _proposer);
        _a5.Remove(Moderator, Day(5) + Duration.FromHours(1), "توهین").ThrowIfFailed();
        _a6 = Add(6, North, "environment", _proposer);
        _a6.StartReview(Reviewer, Day(6) + Duration.FromHours(1), "بررسی").ThrowIfFailed();
        _a6.Reject(Reviewer, Day(6) + Duration.FromHours(2), "نه").ThrowIfFailed();
        _a6Version2 = _a6.Resubmit(CitizenIdeaId.New(), city, _proposer, Draft(North, "environment"), Day(7)).Value;
        _ideas.Add(_a6Version2);
        _b1 = Add(8, South, "environment");
        _c1 = Add(9, null, "culture");
        _elsewhere = Add(2, NeighbourhoodId.New(), "environment", municipality: otherCity);

        // Endorsements for the trending list: as of day 20 over 7 days, the window runs from day 13 to day 20 inclusive.
        Endorse(_a1, Day(14), Day(15), Day(20));
        Endorse(_a2, Day(5), Day(5), Day(13));
        Endorse(_a3, Day(16), Day(16), Day(21));
        Endorse(_b1, Day(18));
        Endorse(_c1, Day(10));
        Endorse(_a4, Day(14), Day(14), Day(14), Day(14), Day(14));
        Hide(_a4, Day(15));
        Endorse(_elsewhere, Day(14), Day(14), Day(14), Day(14));
    }

    [Fact]
    public void CitizenIdeaByIdSpec_FindsTheVersion()
    {
        new CitizenIdeaByIdSpec(_a3.Id).Evaluate(_ideas).Should().ContainSingle().Which.Should().BeSameAs(_a3);
        new CitizenIdeaByIdSpec(CitizenIdeaId.New()).Evaluate(_ideas).Should().BeEmpty();
    }

    [Fact]
    public void CitizenIdeasOfNeighbourhoodSpec_ListsThePublicIdeasNewestFirst_LeavingOutHiddenRemovedAndSupersededOnes()
    {
        new CitizenIdeasOfNeighbourhoodSpec(North).Evaluate(_ideas).Should().Equal(_a6Version2, _a3, _a2, _a1);
        new CitizenIdeasOfNeighbourhoodSpec(South).Evaluate(_ideas).Should().Equal(_b1);
    }

    [Fact]
    public void CitizenIdeasOfNeighbourhoodSpec_FiltersByStatus_AndPages()
    {
        new CitizenIdeasOfNeighbourhoodSpec(North, IdeaStatus.Submitted).Evaluate(_ideas).Should().Equal(_a6Version2, _a1);
        new CitizenIdeasOfNeighbourhoodSpec(North, skip: 1, take: 2).Evaluate(_ideas).Should().Equal(_a3, _a2);
        new CitizenIdeasOfNeighbourhoodSpec(North, skip: 4).Evaluate(_ideas).Should().BeEmpty();
        FluentActions.Invoking(() => new CitizenIdeasOfNeighbourhoodSpec(North, skip: -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new CitizenIdeasOfNeighbourhoodSpec(North, take: 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void CitizenIdeasOfNeighbourhoodSpec_BreaksTiesByIdentifier_SoThatPagesAreStable()
    {
        var at = Day(30);
        var twins = Enumerable.Range(0, 3)
            .Select(_ => CitizenIdea.Submit(CitizenIdeaId.New(), City(), ResidentId.New(), Draft(South), at).Value)
            .Reverse()
            .ToList();

        new CitizenIdeasOfNeighbourhoodSpec(South, take: 3).Evaluate([.. _ideas, .. twins]).Should().Equal(twins.OrderBy(i => i.Id.Value));
    }

    [Fact]
    public void CitizenIdeasByStatusSpec_ListsTheCitysPublicIdeasInAStatus_NewestFirst()
    {
        new CitizenIdeasByStatusSpec(Make.Rafsanjan, IdeaStatus.Submitted).Evaluate(_ideas).Should().Equal(_c1, _b1, _a6Version2, _a1);
        new CitizenIdeasByStatusSpec(Make.Rafsanjan, IdeaStatus.Submitted, skip: 1, take: 2).Evaluate(_ideas).Should().Equal(_b1, _a6Version2);
        new CitizenIdeasByStatusSpec(Make.Rafsanjan, IdeaStatus.Accepted).Evaluate(_ideas).Should().Equal(_a3);
        new CitizenIdeasByStatusSpec(Make.Rafsanjan, IdeaStatus.Rejected).Evaluate(_ideas).Should().BeEmpty("the rejected version was resubmitted");
        FluentActions.Invoking(() => new CitizenIdeasByStatusSpec(Make.Rafsanjan, (IdeaStatus)0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new CitizenIdeasByStatusSpec(Make.Rafsanjan, IdeaStatus.Submitted, take: -3)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void CitizenIdeasByFieldSpec_ListsTheCitysPublicIdeasInAField_OptionallyInOneStatus()
    {
        new CitizenIdeasByFieldSpec(Make.Rafsanjan, Field("environment")).Evaluate(_ideas).Should().Equal(_b1, _a6Version2, _a3, _a1);
        new CitizenIdeasByFieldSpec(Make.Rafsanjan, Field("environment"), IdeaStatus.Accepted).Evaluate(_ideas).Should().Equal(_a3);
        new CitizenIdeasByFieldSpec(Make.Rafsanjan, Field("culture")).Evaluate(_ideas).Should().Equal(_c1);
        new CitizenIdeasByFieldSpec(Make.Rafsanjan, Field("environment"), skip: 3, take: 5).Evaluate(_ideas).Should().Equal(_a1);
        FluentActions.Invoking(() => new CitizenIdeasByFieldSpec(Make.Rafsanjan, null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void CitizenIdeasMatchingSpec_AppliesEveryFilterGiven_NewestFirst()
    {
        new CitizenIdeasMatchingSpec(Make.Rafsanjan).Evaluate(_ideas).Should().Equal(_c1, _b1, _a6Version2, _a3, _a2, _a1);
        new CitizenIdeasMatchingSpec(Make.Rafsanjan, IdeaStatus.Accepted).Evaluate(_ideas).Should().Equal(_a3);
        new CitizenIdeasMatchingSpec(Make.Rafsanjan, fieldKey: " Environment ").Evaluate(_ideas).Should().Equal(_b1, _a6Version2, _a3, _a1);
        new CitizenIdeasMatchingSpec(Make.Rafsanjan, neighbourhoodId: South).Evaluate(_ideas).Should().Equal(_b1);
        new CitizenIdeasMatchingSpec(Make.Rafsanjan, fieldKey: "environment", neighbourhoodId: North).Evaluate(_ideas).Should().Equal(_a6Version2, _a3, _a1);
        new CitizenIdeasMatchingSpec(Make.Rafsanjan, IdeaStatus.UnderReview, "traffic", North).Evaluate(_ideas).Should().Equal(_a2);
        new CitizenIdeasMatchingSpec(Make.Rafsanjan, skip: 1, take: 2).Evaluate(_ideas).Should().Equal(_b1, _a6Version2);
        FluentActions.Invoking(() => new CitizenIdeasMatchingSpec(Make.Rafsanjan, (IdeaStatus)99)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new CitizenIdeasMatchingSpec(Make.Rafsanjan, take: 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void CitizenIdeasTrendingSpec_RanksByEndorsementsInTheLastDays_ThenNewestFirst()
    {
        var result = new CitizenIdeasTrendingSpec(Make.Rafsanjan, Day(20), 7).Evaluate(_ideas).ToList();

        // a1 has 3 in the window; a3 has 2 (its third comes after asOf); b1 and a2 have 1 each (a2's at the window's
        // first instant), b1 first as the newer idea. c1's endorsement is too old; a4 is hidden; the other city's is not ours.
        result.Should().Equal(_a1, _a3, _b1, _a2);
    }

    [Fact]
    public void CitizenIdeasTrendingSpec_Pages_AndChecksItsArguments()
    {
        new CitizenIdeasTrendingSpec(Make.Rafsanjan, Day(20), 7, skip: 1, take: 2).Evaluate(_ideas).Should().Equal(_a3, _b1);
        new CitizenIdeasTrendingSpec(Make.Rafsanjan, Day(40), 7).Evaluate(_ideas).Should().BeEmpty();
        FluentActions.Invoking(() => new CitizenIdeasTrendingSpec(Make.Rafsanjan, Day(20), 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new CitizenIdeasTrendingSpec(Make.Rafsanjan, Day(20), 7, skip: -1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void CitizenIdeasOfResidentSpec_ListsEveryVersionTheResidentProposed_IncludingHiddenAndRemoved()
    {
        new CitizenIdeasOfResidentSpec(_proposer).Evaluate(_ideas).Should().Equal(_a6Version2, _a6, _a5, _a4, _a1);
        new CitizenIdeasOfResidentSpec(_proposer, skip: 1, take: 2).Evaluate(_ideas).Should().Equal(_a6, _a5);
        new CitizenIdeasOfResidentSpec(ResidentId.New()).Evaluate(_ideas).Should().BeEmpty();
        FluentActions.Invoking(() => new CitizenIdeasOfResidentSpec(_proposer, take: 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void CitizenIdeasAwaitingReviewSpec_ListsUnansweredIdeasWaitingLongerThanTheDays_OldestFirst()
    {
        new CitizenIdeasAwaitingReviewSpec(Make.Rafsanjan, Day(10), 5).Evaluate(_ideas).Should().Equal(_a1, _a2);
        new CitizenIdeasAwaitingReviewSpec(Make.Rafsanjan, Day(30), 0).Evaluate(_ideas).Should().Equal(_a1, _a2, _a6Version2, _b1, _c1);
        new CitizenIdeasAwaitingReviewSpec(Make.Rafsanjan, Day(30), 0, skip: 2, take: 1).Evaluate(_ideas).Should().Equal(_a6Version2);
    }

    [Fact]
    public void CitizenIdeasAwaitingReviewSpec_LeavesOutAnIdeaThatHasWaitedExactlyTheDays()
    {
        // a2 was submitted on day 2: on day 7 it has waited exactly five days, not longer.
        new CitizenIdeasAwaitingReviewSpec(Make.Rafsanjan, Day(7), 5).Evaluate(_ideas).Should().Equal(_a1);
        FluentActions.Invoking(() => new CitizenIdeasAwaitingReviewSpec(Make.Rafsanjan, Day(7), -1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void CitizenIdeasAwaitingModerationSpec_ListsTheHiddenIdeas()
    {
        new CitizenIdeasAwaitingModerationSpec(Make.Rafsanjan).Evaluate(_ideas).Should().Equal(_a4);
        _a4.Restore(Moderator, Day(16), "مشکلی ندارد").ThrowIfFailed();
        new CitizenIdeasAwaitingModerationSpec(Make.Rafsanjan).Evaluate(_ideas).Should().BeEmpty();
        FluentActions.Invoking(() => new CitizenIdeasAwaitingModerationSpec(Make.Rafsanjan, skip: -1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    private static Instant Day(int day) => T0 + Duration.FromDays(day);

    private static void Endorse(CitizenIdea idea, params Instant[] instants)
    {
        foreach (var at in instants)
        {
            idea.Endorse(ResidentId.New(), at, Rafsanjan).ThrowIfFailed();
        }
    }
}
