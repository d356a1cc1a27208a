using NodaTime;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.YouthMayors;
using static ParticipatoryGovernance.Tests.YouthMayors.CampaignScenario;

namespace ParticipatoryGovernance.Tests.YouthMayors;

public partial class YouthMayorCampaignTest
{
    private static readonly LocalDate PollOpens = Make.Solar(1403, 1, 25);
    private static readonly LocalDate PollCloses = Make.Solar(1403, 1, 27);

    private static CampaignScenario ElectionAtSelection(out List<Resident> candidates)
    {
        var scenario = new CampaignScenario(ElectionCharter);
        candidates =
        [
            scenario.Resident(scenario.North, Gender.Male),
            scenario.Resident(scenario.North, Gender.Male),
            scenario.Resident(scenario.North, Gender.Female),
            scenario.Resident(scenario.South, Gender.Male),
        ];
        scenario.Shortlisted([.. candidates]);
        scenario.Advance(CampaignStage.Selection, SelectionOn);
        return scenario;
    }

    /// <summary>Votes for the first candidate until it has a majority, then counts.</summary>
    private static YouthMayorElection CountedElection(CampaignScenario scenario, YouthMayorElection election, Resident favourite, int votes = 3)
    {
        for (var i = 0; i < votes; i++)
        {
            election.CastBallot(scenario.Resident(scenario.North, Gender.Female, 1386), favourite.Id, null, PollOpens).ThrowIfFailed();
        }

        election.Count(PollCloses).ThrowIfFailed();
        return election;
    }

    [Fact]
    public void CallElection_StandsTheShortlistedApplicantsOfTheNeighbourhoodAndGender()
    {
        var scenario = ElectionAtSelection(out var candidates);
        var id = YouthMayorElectionId.New();

        var election = scenario.Campaign.CallElection(id, scenario.North, Gender.Male, PollOpens, PollCloses).Value;

        election.Id.Should().Be(id);
        election.CampaignId.Should().Be(scenario.Campaign.Id);
        election.NeighbourhoodId.Should().Be(scenario.North.Id);
        election.Seat.Should().Be(Gender.Male);
        election.Candidates.Select(c => c.ResidentId).Should().Equal(candidates[0].Id, candidates[1].Id);
        election.Candidates[0].ApplicationId.Should().Be(scenario.Campaign.FindApplicationOf(candidates[0].Id)!.Id);
        election.VoterAgeWindow.Should().Be(new AgeWindow(12, 23));
        (election.PollOpensOn, election.PollClosesOn).Should().Be((PollOpens, PollCloses));
        scenario.Campaign.YouthMayors.Should().BeEmpty("calling an election does not change the campaign");
    }

    [Fact]
    public void DeclareElected_SeatsTheWinner_AsTheElectionsYouthMayor()
    {
        var scenario = ElectionAtSelection(out var candidates);
        var election = CountedElection(scenario, scenario.Campaign.CallElection(YouthMayorElectionId.New(), scenario.North, Gender.Male, PollOpens, PollCloses).Value, candidates[1]);

        var id = scenario.Campaign.DeclareElected(election, PollCloses.PlusDays(1)).Value;

        var mayor = scenario.Campaign.FindYouthMayor(id)!;
        mayor.ResidentId.Should().Be(candidates[1].Id);
        mayor.ElectedIn.Should().Be(election.Id);
        mayor.SelectedBy.Should().BeNull();
        mayor.Gender.Should().Be(Gender.Male);
        mayor.NeighbourhoodId.Should().Be(scenario.North.Id);
        mayor.Team.Seats.Should().Be(9);
    }

    [Fact]
    public void CallElection_Refuses_WhenTheCharterSelectsByInterview()
    {
        var scenario = AtSelection(out _, out _, out _);

        scenario.Campaign.CallElection(YouthMayorElectionId.New(), scenario.North, Gender.Male, PollOpens, PollCloses).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.SelectionByInterview,
            "This campaign's charter has youth mayors selected by the neighbourhood mayor after interview, not elected.");
    }

    [Fact]
    public void CallElection_Refuses_BeforeTheSelectionStage()
    {
        var scenario = new CampaignScenario(ElectionCharter);
        scenario.Shortlisted(scenario.Resident(scenario.North, Gender.Male));

        scenario.Campaign.CallElection(YouthMayorElectionId.New(), scenario.North, Gender.Male, PollOpens, PollCloses).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.NotSelecting,
            "Calling a youth-mayor election belongs to the selection of youth mayors stage; the campaign has been at the shortlisting stage since 5 Esfand 1402.");
    }

    [Fact]
    public void CallElection_Refuses_APollThatClosesBeforeItOpens()
    {
        var scenario = ElectionAtSelection(out _);

        scenario.Campaign.CallElection(YouthMayorElectionId.New(), scenario.North, Gender.Male, PollCloses, PollOpens).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.PollClosesBeforeOpening,
            "The poll cannot close on 25 Farvardin 1403, before it opens on 27 Farvardin 1403.");
    }

    [Fact]
    public void CallElection_Refuses_ASeatAlreadyFilled()
    {
        var scenario = ElectionAtSelection(out var candidates);
        var first = CountedElection(scenario, scenario.Campaign.CallElection(YouthMayorElectionId.New(), scenario.North, Gender.Male, PollOpens, PollCloses).Value, candidates[0]);
        scenario.Campaign.DeclareElected(first, PollCloses).ThrowIfFailed();

        scenario.Campaign.CallElection(YouthMayorElectionId.New(), scenario.North, Gender.Male, PollCloses, PollCloses.PlusDays(2)).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.NoSeatForGender,
            "Neighbourhood 1 has already filled its 1 boy youth mayor seat.");
    }

    [Fact]
    public void CallElection_Refuses_ASeatWithoutCandidates()
    {
        var scenario = ElectionAtSelection(out _);

        scenario.Campaign.CallElection(YouthMayorElectionId.New(), scenario.South, Gender.Female, PollOpens, PollCloses).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.NoCandidates,
            "No girl of Neighbourhood 2 is on the shortlist to stand; shortlist the candidates first.");
    }

    [Fact]
    public void DeclareElected_Refuses_AnElectionNotYetCounted()
    {
        var scenario = ElectionAtSelection(out _);
        var election = scenario.Campaign.CallElection(YouthMayorElectionId.New(), scenario.North, Gender.Male, PollOpens, PollCloses).Value;

        scenario.Campaign.DeclareElected(election, PollCloses).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.ElectionNotCounted,
            "The election's ballots have not been counted yet; the poll runs until 27 Farvardin 1403 and is counted after it.");
        scenario.Campaign.YouthMayors.Should().BeEmpty();
    }

    [Fact]
    public void DeclareElected_Refuses_ADateBeforeTheCount()
    {
        var scenario = ElectionAtSelection(out var candidates);
        var election = CountedElection(scenario, scenario.Campaign.CallElection(YouthMayorElectionId.New(), scenario.North, Gender.Male, PollOpens, PollCloses).Value, candidates[0]);

        scenario.Campaign.DeclareElected(election, PollOpens).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.DeclaredBeforeCount,
            "The result cannot be declared on 25 Farvardin 1403, before the count on 27 Farvardin 1403.");
    }

    [Fact]
    public void DeclareElected_Refuses_WhenAnotherElectionFilledTheSeatMeanwhile()
    {
        var scenario = ElectionAtSelection(out var candidates);
        var first = scenario.Campaign.CallElection(YouthMayorElectionId.New(), scenario.North, Gender.Male, PollOpens, PollCloses).Value;
        var second = scenario.Campaign.CallElection(YouthMayorElectionId.New(), scenario.North, Gender.Male, PollOpens, PollCloses).Value;
        CountedElection(scenario, first, candidates[0]);
        CountedElection(scenario, second, candidates[1]);
        scenario.Campaign.DeclareElected(first, PollCloses).ThrowIfFailed();

        scenario.Campaign.DeclareElected(second, PollCloses).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.NoSeatForGender,
            "This neighbourhood has already filled its 1 boy youth mayor seat.");
    }

    [Fact]
    public void DeclareElected_Refuses_AWinnerAlreadySeated()
    {
        var scenario = ElectionAtSelection(out var candidates);
        var election = CountedElection(scenario, scenario.Campaign.CallElection(YouthMayorElectionId.New(), scenario.North, Gender.Male, PollOpens, PollCloses).Value, candidates[0]);
        scenario.Campaign.DeclareElected(election, PollCloses).ThrowIfFailed();

        scenario.Campaign.DeclareElected(election, PollCloses).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.AlreadyYouthMayor, "This applicant has been a youth mayor since 27 Farvardin 1403.");
    }

    [Fact]
    public void CallElectionAndDeclareElected_Throw_ForBrokenCallerContracts()
    {
        var scenario = ElectionAtSelection(out _);
        var other = ElectionAtSelection(out _);
        var foreign = other.Campaign.CallElection(YouthMayorElectionId.New(), other.North, Gender.Male, PollOpens, PollCloses).Value;

        FluentActions.Invoking(() => scenario.Campaign.CallElection(default, scenario.North, Gender.Male, PollOpens, PollCloses)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => scenario.Campaign.CallElection(YouthMayorElectionId.New(), null!, Gender.Male, PollOpens, PollCloses)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => scenario.Campaign.CallElection(YouthMayorElectionId.New(), scenario.North, (Gender)0, PollOpens, PollCloses)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => scenario.Campaign.DeclareElected(null!, PollCloses)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => scenario.Campaign.DeclareElected(foreign, PollCloses)).Should().Throw<ArgumentException>()
            .WithMessage("The election was called by another campaign.*");
    }
}
