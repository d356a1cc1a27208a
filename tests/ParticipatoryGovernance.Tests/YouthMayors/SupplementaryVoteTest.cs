using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.Tests.YouthMayors;

/// <summary>
/// The supplementary vote on examples worked by hand. Each comment gives the arithmetic; the candidates are listed in
/// lot order A, B, C, D unless a test says otherwise.
/// </summary>
public class SupplementaryVoteTest
{
    private static readonly ResidentId A = new(Guid.Parse("0000000a-0000-7000-8000-000000000000"));
    private static readonly ResidentId B = new(Guid.Parse("0000000b-0000-7000-8000-000000000000"));
    private static readonly ResidentId C = new(Guid.Parse("0000000c-0000-7000-8000-000000000000"));
    private static readonly ResidentId D = new(Guid.Parse("0000000d-0000-7000-8000-000000000000"));
    private static readonly ResidentId[] Abcd = [A, B, C, D];

    private static BallotPile Pile(ResidentId first, ResidentId? second, int count) => new(first, second, count);

    private static CandidateVotes Votes(ResidentId candidate, int votes) => new(candidate, votes);

    [Fact]
    public void Count_ElectsInTheFirstRound_ACandidateWithAMajorityOfFirstPreferences()
    {
        // 11 ballots, majority 6. A has 4 + 2 = 6: elected; second preferences are never looked at.
        var result = SupplementaryVote.Count([A, B, C], [Pile(A, B, 4), Pile(A, null, 2), Pile(B, A, 3), Pile(C, B, 2)]);

        result.BallotsCounted.Should().Be(11);
        result.MajorityNeeded.Should().Be(6);
        result.FirstRound.Should().Equal(Votes(A, 6), Votes(B, 3), Votes(C, 2));
        result.ElectedInFirstRound.Should().BeTrue();
        result.Continuing.Should().BeEmpty();
        result.Transfers.Should().BeEmpty();
        result.FinalRound.Should().BeEmpty();
        result.ExhaustedBallots.Should().Be(0);
        result.TieBreaks.Should().BeEmpty();
        result.Winner.Should().Be(A);
    }

    [Fact]
    public void Count_GoesToASecondRound_WhereTransfersOvertakeTheFirstRoundLeader()
    {
        // 100 ballots, majority 51. Round 1: A 40, B 35, C 25; nobody has 51, so A and B continue.
        // C's 25: 20 name B second, 2 name A, 3 name nobody (exhausted). Final: B 35 + 20 = 55, A 40 + 2 = 42.
        var result = SupplementaryVote.Count([A, B, C], [Pile(A, B, 40), Pile(B, null, 35), Pile(C, B, 20), Pile(C, A, 2), Pile(C, null, 3)]);

        result.FirstRound.Should().Equal(Votes(A, 40), Votes(B, 35), Votes(C, 25));
        result.ElectedInFirstRound.Should().BeFalse();
        result.Continuing.Should().Equal(A, B);
        result.Transfers.Should().Equal(Votes(A, 2), Votes(B, 20));
        result.ExhaustedBallots.Should().Be(3);
        result.FinalRound.Should().Equal(Votes(B, 55), Votes(A, 42));
        result.TieBreaks.Should().BeEmpty();
        result.Winner.Should().Be(B);
    }

    [Fact]
    public void Count_IgnoresSecondPreferencesForEliminatedCandidates_AndOfBallotsWhoseFirstChoiceContinues()
    {
        // Round 1: A 40, B 30, C 20, D 10; A and B continue. C is the second choice of 80 ballots, but only second
        // preferences for A or B transfer: A's and B's ballots stay with them (their "C" is ignored), C's ballots name D
        // and D's name C, both eliminated, so 30 ballots are exhausted. Final: A 40, B 30.
        var result = SupplementaryVote.Count(Abcd, [Pile(A, C, 40), Pile(B, C, 30), Pile(C, D, 20), Pile(D, C, 10)]);

        result.Continuing.Should().Equal(A, B);
        result.Transfers.Should().Equal(Votes(A, 0), Votes(B, 0));
        result.ExhaustedBallots.Should().Be(30);
        result.FinalRound.Should().Equal(Votes(A, 40), Votes(B, 30));
        result.Winner.Should().Be(A);
    }

    [Fact]
    public void Count_ElectsTheHigherFinalTotal_EvenWithoutAMajorityOfAllBallots_WhenBallotsAreExhausted()
    {
        // Round 1: A 45, B 40, C 15. C's ballots: 5 to A, 10 with no second preference. Final A 50, B 40: A wins with
        // 50 of 100 ballots, exactly half, because the 10 exhausted ballots no longer count.
        var result = SupplementaryVote.Count([A, B, C], [Pile(A, null, 45), Pile(B, null, 40), Pile(C, A, 5), Pile(C, null, 10)]);

        result.ExhaustedBallots.Should().Be(10);
        result.FinalRound.Should().Equal(Votes(A, 50), Votes(B, 40));
        result.Winner.Should().Be(A);
    }

    [Fact]
    public void Count_BreaksATieForSecondPlace_ByMoreSecondPreferences()
    {
        // Round 1: A 40, B 25, C 25, D 10: B and C tie for the second place.
        // Second preferences on all ballots: B 30 (from A's ballots), C 10 + 10 = 20 (from A's and D's), so B continues.
        // C's 25 name A: A 40 + 25 = 65. D's 10 name C, eliminated: exhausted. Final A 65, B 25.
        var result = SupplementaryVote.Count(Abcd, [Pile(A, B, 30), Pile(A, C, 10), Pile(B, A, 25), Pile(C, A, 25), Pile(D, C, 10)]);

        result.FirstRound.Should().Equal(Votes(A, 40), Votes(B, 25), Votes(C, 25), Votes(D, 10));
        result.TieBreaks.Should().ContainSingle().Which.Should().Be(
            new TieBreak(TieBreakPoint.SecondRoundPlaces, [B, C], TieBreakRule.SecondPreferences, [B]));
        result.Continuing.Should().Equal(A, B);
        result.Transfers.Should().Equal(Votes(A, 25), Votes(B, 0));
        result.ExhaustedBallots.Should().Be(10);
        result.FinalRound.Should().Equal(Votes(A, 65), Votes(B, 25));
        result.Winner.Should().Be(A);
    }

    [Fact]
    public void Count_BreaksATieForSecondPlace_ByTheLot_WhenSecondPreferencesTieToo()
    {
        // Round 1: A 40, B 25, C 25, D 10, and no ballot has a second preference. The lot order is A, C, B, D, so C
        // (drawn before B) continues. Every other ballot is exhausted: final A 40, C 25.
        var result = SupplementaryVote.Count([A, C, B, D], [Pile(A, null, 40), Pile(B, null, 25), Pile(C, null, 25), Pile(D, null, 10)]);

        result.FirstRound.Should().Equal(Votes(A, 40), Votes(C, 25), Votes(B, 25), Votes(D, 10));
        result.TieBreaks.Should().ContainSingle().Which.Should().Be(
            new TieBreak(TieBreakPoint.SecondRoundPlaces, [C, B], TieBreakRule.Lot, [C]));
        result.Continuing.Should().Equal(A, C);
        result.ExhaustedBallots.Should().Be(35);
        result.FinalRound.Should().Equal(Votes(A, 40), Votes(C, 25));
        result.Winner.Should().Be(A);
    }

    [Fact]
    public void Count_PicksTwoOfThreeTiedLeaders_BySecondPreferencesThenLot()
    {
        // Round 1: A 30, B 30, C 30, D 10: three candidates tie for two places. C has 10 second preferences (from D) and
        // goes through; A and B have none, and the lot (A before B) takes A. D's 10 transfer to C, B's 30 are exhausted.
        // Final: C 40, A 30.
        var result = SupplementaryVote.Count(Abcd, [Pile(A, null, 30), Pile(B, null, 30), Pile(C, null, 30), Pile(D, C, 10)]);

        result.TieBreaks.Should().ContainSingle().Which.Should().Be(
            new TieBreak(TieBreakPoint.SecondRoundPlaces, [C, A, B], TieBreakRule.Lot, [C, A]));
        result.Continuing.Should().Equal(C, A);
        result.Transfers.Should().Equal(Votes(C, 10), Votes(A, 0));
        result.ExhaustedBallots.Should().Be(30);
        result.FinalRound.Should().Equal(Votes(C, 40), Votes(A, 30));
        result.Winner.Should().Be(C);
    }

    [Fact]
    public void Count_BreaksAFinalTie_ByMoreFirstPreferences()
    {
        // 10 ballots, majority 6. Round 1: A 5 (exactly half is not a majority), B 3, C 2. C's 2 go to B.
        // Final: A 5, B 3 + 2 = 5, a tie; A had more first preferences (5 to 3) and wins.
        var result = SupplementaryVote.Count([A, B, C], [Pile(A, null, 5), Pile(B, null, 3), Pile(C, B, 2)]);

        result.MajorityNeeded.Should().Be(6);
        result.ElectedInFirstRound.Should().BeFalse();
        result.FinalRound.Should().Equal(Votes(A, 5), Votes(B, 5));
        result.TieBreaks.Should().ContainSingle().Which.Should().Be(
            new TieBreak(TieBreakPoint.Winner, [A, B], TieBreakRule.FirstPreferences, [A]));
        result.Winner.Should().Be(A);
    }

    [Fact]
    public void Count_BreaksAFinalTie_BySecondPreferences_WhenFirstPreferencesTie()
    {
        // Round 1: A 3, B 3, C 2; A and B continue. C's ballots: one to A, one to B. Final 4-4, first preferences 3-3.
        // Second preferences on all ballots: A 1 (from C), B 1 + 1 = 2 (from C and from an A ballot). B wins.
        var result = SupplementaryVote.Count([A, B, C], [Pile(A, B, 1), Pile(A, null, 2), Pile(B, null, 3), Pile(C, A, 1), Pile(C, B, 1)]);

        result.FinalRound.Should().Equal(Votes(B, 4), Votes(A, 4));
        result.TieBreaks.Should().ContainSingle().Which.Should().Be(
            new TieBreak(TieBreakPoint.Winner, [B, A], TieBreakRule.SecondPreferences, [B]));
        result.Winner.Should().Be(B);
    }

    [Fact]
    public void Count_BreaksACompleteFinalTie_ByTheLot_AndTheLotAlone()
    {
        // Round 1: A 2, B 2, C 1 (no second preference). Final 2-2, first preferences 2-2, second preferences 0-0:
        // the candidate drawn first in the lot wins, whichever it is.
        BallotPile[] ballots = [Pile(A, null, 2), Pile(B, null, 2), Pile(C, null, 1)];

        var bFirst = SupplementaryVote.Count([B, A, C], ballots);
        var aFirst = SupplementaryVote.Count([A, B, C], ballots);

        bFirst.Winner.Should().Be(B);
        bFirst.TieBreaks.Should().ContainSingle().Which.Should().Be(new TieBreak(TieBreakPoint.Winner, [B, A], TieBreakRule.Lot, [B]));
        bFirst.ExhaustedBallots.Should().Be(1);
        aFirst.Winner.Should().Be(A);
    }

    [Fact]
    public void Count_GivesTheSameResult_WhateverTheOrderOfTheBallots()
    {
        BallotPile[] ballots = [Pile(A, B, 30), Pile(A, C, 10), Pile(B, A, 25), Pile(C, A, 25), Pile(D, C, 10)];

        var forwards = SupplementaryVote.Count(Abcd, ballots);
        var backwards = SupplementaryVote.Count(Abcd, ballots.Reverse().ToList());
        var split = SupplementaryVote.Count(Abcd, ballots.SelectMany(p => Enumerable.Repeat(Pile(p.FirstPreference, p.SecondPreference, 1), p.Count)).ToList());

        backwards.Should().BeEquivalentTo(forwards);
        split.Should().BeEquivalentTo(forwards);
    }

    [Fact]
    public void Count_ElectsTheOnlyCandidate_AndDecidesAnEmptyCountByTheLot()
    {
        SupplementaryVote.Count([A], [Pile(A, null, 1)]).Should().Match<SupplementaryVoteResult>(r => r.Winner == A && r.ElectedInFirstRound);

        var empty = SupplementaryVote.Count([B, A], []);

        empty.BallotsCounted.Should().Be(0);
        empty.Continuing.Should().Equal(B, A);
        empty.TieBreaks.Should().ContainSingle().Which.DecidedBy.Should().Be(TieBreakRule.Lot);
        empty.Winner.Should().Be(B);
    }

    [Fact]
    public void Count_Throws_ForBrokenCallerContracts()
    {
        FluentActions.Invoking(() => SupplementaryVote.Count([], [])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => SupplementaryVote.Count([A, A], [])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => SupplementaryVote.Count([A, default], [])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => SupplementaryVote.Count([A, B], [Pile(C, null, 1)])).Should().Throw<ArgumentException>().WithParameterName("ballots");
        FluentActions.Invoking(() => SupplementaryVote.Count([A, B], [Pile(A, C, 1)])).Should().Throw<ArgumentException>().WithParameterName("ballots");
        FluentActions.Invoking(() => SupplementaryVote.Count([A, B], [null!])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => SupplementaryVote.Count(null!, [])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => SupplementaryVote.Count([A], null!)).Should().Throw<ArgumentNullException>();
    }
}
