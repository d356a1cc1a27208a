using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.YouthMayors;
using ParticipatoryGovernance.YouthMayors.Events;
using static ParticipatoryGovernance.Tests.YouthMayors.CampaignScenario;

namespace ParticipatoryGovernance.Tests.YouthMayors;

public class YouthMayorElectionTest
{
    private static readonly YouthMayorElectionId ElectionId = new(Guid.Parse("00000000-0000-7000-8000-0000000000e1"));
    private static readonly LocalDate PollOpens = Make.Solar(1403, 1, 25);
    private static readonly LocalDate PollCloses = Make.Solar(1403, 1, 27);

    private readonly CampaignScenario _scenario = new(RafsanjanPreset.Charter with { YouthMayorSelection = YouthMayorSelection.Election });
    private readonly Resident[] _candidates;
    private readonly YouthMayorElection _election;

    public YouthMayorElectionTest()
    {
        // Fixed identifiers, so that the lot can be checked against a hash computed outside .NET.
        _candidates = [.. Enumerable.Range(1, 3).Select(i => new Resident(
            new ResidentId(Guid.Parse($"00000000-0000-7000-8000-0000000000c{i}")),
            _scenario.North.Id,
            new PersonName("نامزد", $"شماره {i}"),
            Gender.Male,
            Make.Solar(1385, 1, i)))];
        _scenario.Shortlisted(_candidates);
        _scenario.Advance(CampaignStage.Selection, SelectionOn);
        _election = _scenario.Campaign.CallElection(ElectionId, _scenario.North, Gender.Male, PollOpens, PollCloses).Value;
    }

    private ResidentId C1 => _candidates[0].Id;

    private ResidentId C2 => _candidates[1].Id;

    private ResidentId C3 => _candidates[2].Id;

    private Resident Voter(int birthYear = 1387) => _scenario.Resident(_scenario.North, Gender.Female, birthYear);

    private void Vote(ResidentId first, ResidentId? second, int times)
    {
        for (var i = 0; i < times; i++)
        {
            _election.CastBallot(Voter(), first, second, PollOpens).ThrowIfFailed();
        }
    }

    [Fact]
    public void Call_RaisesAnEvent_AndFixesTheLotFromTheIdentifiers()
    {
        _election.DomainEvents.Should().ContainSingle().Which.Should().Be(
            new YouthMayorElectionCalled(ElectionId, _scenario.Campaign.Id, _scenario.North.Id, Gender.Male, PollOpens, PollCloses));

        // printf '%s' "00000000-0000-7000-8000-0000000000e1:00000000-0000-7000-8000-0000000000c$i" | sha256sum
        // gives 657a33a2… for c1, 26f44e99… for c2 and 1bf627d3… for c3: ascending, the lot is c3, c2, c1.
        _election.LotOrder.Should().Equal(C3, C2, C1);
        YouthMayorElection.LotKey(ElectionId, C1).Should().StartWith("657a33a2690ac9c6");
    }

    [Fact]
    public void CastBallot_RecordsWhoVoted_ButNotHowEachVoted()
    {
        var voter = Voter();

        _election.CastBallot(voter, C1, C2, PollOpens).IsSuccess.Should().BeTrue();

        _election.HasVoted(voter.Id).Should().BeTrue();
        _election.BallotsCast.Should().Be(1);
        var cast = _election.DomainEvents.OfType<YouthMayorBallotCast>().Should().ContainSingle().Subject;
        cast.Should().Be(new YouthMayorBallotCast(ElectionId, voter.Id));
        typeof(YouthMayorBallotCast).GetProperties().Select(p => p.PropertyType).Should().NotContain(typeof(ResidentId?), "the event must not say how anyone voted");
        typeof(YouthMayorElection).GetProperties().Select(p => p.Name).Should().NotContain(n => n.Contains("Pile", StringComparison.Ordinal) || n.Contains("Ballots", StringComparison.Ordinal) && n != "BallotsCast");
    }

    [Fact]
    public void CastBallot_Refuses_AVoterVotingTwice()
    {
        var voter = Voter();
        _election.CastBallot(voter, C1, null, PollOpens).ThrowIfFailed();

        _election.CastBallot(voter, C2, C1, PollCloses).ShouldBeRefusedWith(
            YouthMayorElectionRuleIds.AlreadyVoted, "This resident has already voted; each voter votes once.");
        _election.BallotsCast.Should().Be(1);
    }

    [Fact]
    public void CastBallot_Refuses_AResidentOfAnotherNeighbourhood()
    {
        _election.CastBallot(_scenario.Resident(_scenario.South, Gender.Male, 1387), C1, null, PollOpens).ShouldBeRefusedWith(
            YouthMayorElectionRuleIds.VoterOfOtherNeighbourhood,
            "This resident lives in another neighbourhood; each neighbourhood's youth mayor is elected by its own young residents.");
    }

    [Theory]
    [InlineData(1392)] // 10 or 11 on 25 Farvardin 1403
    [InlineData(1375)] // 27 or 28
    public void CastBallot_Refuses_AResidentOutsideTheVotingAges(int birthYear)
    {
        _election.CastBallot(Voter(birthYear), C1, null, PollOpens).ShouldBeRefusedWith(
            YouthMayorElectionRuleIds.VoterOutsideAgeWindow,
            "Voters must be 12 to 23 years old on the day the poll opens (25 Farvardin 1403); this resident is not.");
        _election.BallotsCast.Should().Be(0);
    }

    [Fact]
    public void CastBallot_Refuses_OutsideThePollsDates()
    {
        _election.CastBallot(Voter(), C1, null, PollOpens.PlusDays(-1)).ShouldBeRefusedWith(
            YouthMayorElectionRuleIds.PollNotOpen, "The poll opens on 25 Farvardin 1403.");
        _election.CastBallot(Voter(), C1, null, PollCloses.PlusDays(1)).ShouldBeRefusedWith(
            YouthMayorElectionRuleIds.PollClosed, "The poll closed on 27 Farvardin 1403.");
    }

    [Fact]
    public void CastBallot_Refuses_APreferenceForSomeoneNotStanding_OrASecondPreferenceRepeatingTheFirst()
    {
        var outsider = ResidentId.New();

        _election.CastBallot(Voter(), outsider, null, PollOpens).ShouldBeRefusedWith(
            YouthMayorElectionRuleIds.NotACandidate, $"The ballot names {outsider}, who is not a candidate in this election.");
        _election.CastBallot(Voter(), C1, outsider, PollOpens).ShouldBeRefusedWith(
            YouthMayorElectionRuleIds.NotACandidate, $"The ballot names {outsider}, who is not a candidate in this election.");
        _election.CastBallot(Voter(), C1, C1, PollOpens).ShouldBeRefusedWith(
            YouthMayorElectionRuleIds.SecondPreferenceRepeatsFirst,
            "The second preference must be a different candidate from the first; leave it blank or choose another.");
        _election.BallotsCast.Should().Be(0);
    }

    [Fact]
    public void Count_RunsTheSupplementaryVote_AndRecordsTheWinner()
    {
        // c1 4, c2 3, c3 2 (both naming c2 second): no majority of 9; c2 gets c3's 2 and wins 5 to 4.
        Vote(C1, null, 4);
        Vote(C2, C1, 3);
        Vote(C3, C2, 2);

        var result = _election.Count(PollCloses).Value;

        result.FirstRound.Should().Equal(new CandidateVotes(C1, 4), new CandidateVotes(C2, 3), new CandidateVotes(C3, 2));
        result.FinalRound.Should().Equal(new CandidateVotes(C2, 5), new CandidateVotes(C1, 4));
        _election.Winner.Should().Be(C2);
        _election.CountedOn.Should().Be(PollCloses);
        _election.ResultOfCount().Should().BeEquivalentTo(result);
        _election.DomainEvents.OfType<YouthMayorElectionCounted>().Should().ContainSingle()
            .Which.Should().Be(new YouthMayorElectionCounted(ElectionId, C2, PollCloses));
    }

    [Fact]
    public void Count_BreaksACompleteTieByTheElectionsLot()
    {
        // One vote each for c1 and c2 and nothing else to tell them apart: the lot (c3, c2, c1) puts c2 first.
        Vote(C1, null, 1);
        Vote(C2, null, 1);

        var result = _election.Count(PollCloses).Value;

        result.TieBreaks.Should().ContainSingle().Which.Should().Be(new TieBreak(TieBreakPoint.Winner, [C2, C1], TieBreakRule.Lot, [C2]));
        _election.Winner.Should().Be(C2);
    }

    [Fact]
    public void Count_Refuses_WhileThePollIsOpen()
    {
        Vote(C1, null, 1);

        _election.Count(PollCloses.PlusDays(-1)).ShouldBeRefusedWith(
            YouthMayorElectionRuleIds.PollStillOpen, "The poll is open until 27 Farvardin 1403; the count takes place on or after that day.");
        _election.ResultOfCount().Should().BeNull();
        _election.Winner.Should().BeNull();
    }

    [Fact]
    public void Count_Refuses_WhenNobodyVoted()
    {
        _election.Count(PollCloses).ShouldBeRefusedWith(YouthMayorElectionRuleIds.NoBallots, "No ballot was cast, so there is nothing to count.");
    }

    [Fact]
    public void CountAndCastBallot_Refuse_OnceTheElectionIsCounted()
    {
        Vote(C1, null, 1);
        _election.Count(PollCloses).ThrowIfFailed();

        _election.Count(PollCloses).ShouldBeRefusedWith(
            YouthMayorElectionRuleIds.AlreadyCounted, "The ballots were counted on 27 Farvardin 1403; the election is over.");
        _election.CastBallot(Voter(), C2, null, PollCloses).ShouldBeRefusedWith(
            YouthMayorElectionRuleIds.AlreadyCounted, "The ballots were counted on 27 Farvardin 1403; the election is over.");
        _election.BallotsCast.Should().Be(1);
    }

    [Fact]
    public void CastBallot_Throws_ForANullVoter()
    {
        FluentActions.Invoking(() => _election.CastBallot(null!, C1, null, PollOpens)).Should().Throw<ArgumentNullException>();
    }
}
