using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.YouthMayors;

/// <summary>
/// The outcome of a supplementary-vote count and how it was reached: the first-preference tallies, whether someone had a
/// majority, who continued, the second preferences transferred to them and the ballots exhausted, the final tally, and
/// every tie broken on the way.
/// </summary>
/// <remarks>Immutable and thread-safe. Produced by <see cref="SupplementaryVote.Count"/>.</remarks>
public sealed class SupplementaryVoteResult
{
    internal SupplementaryVoteResult(
        int ballotsCounted,
        IReadOnlyList<CandidateVotes> firstRound,
        IReadOnlyList<ResidentId> continuing,
        IReadOnlyList<CandidateVotes> transfers,
        int exhaustedBallots,
        IReadOnlyList<CandidateVotes> finalRound,
        IReadOnlyList<TieBreak> tieBreaks,
        ResidentId winner)
    {
        BallotsCounted = ballotsCounted;
        FirstRound = firstRound;
        Continuing = continuing;
        Transfers = transfers;
        ExhaustedBallots = exhaustedBallots;
        FinalRound = finalRound;
        TieBreaks = tieBreaks;
        Winner = winner;
    }

    /// <summary>The ballots counted; every ballot has a first preference.</summary>
    public int BallotsCounted { get; }

    /// <summary>The first-preference votes a candidate needs to win in the first round: more than half of <see cref="BallotsCounted"/>.</summary>
    public int MajorityNeeded => (BallotsCounted / 2) + 1;

    /// <summary>Every candidate's first-preference votes, most first (ties in the order the tie-break rules put them).</summary>
    public IReadOnlyList<CandidateVotes> FirstRound { get; }

    /// <summary>Whether a candidate won with a majority of first preferences, so that no second round was needed.</summary>
    public bool ElectedInFirstRound => Continuing.Count == 0;

    /// <summary>The two candidates who continued to the second round (one, when only one stood); empty when the first round decided.</summary>
    public IReadOnlyList<ResidentId> Continuing { get; }

    /// <summary>The second preferences transferred to each continuing candidate from ballots whose first preference was eliminated.</summary>
    public IReadOnlyList<CandidateVotes> Transfers { get; }

    /// <summary>Ballots whose first preference was eliminated and whose second preference was missing or also eliminated.</summary>
    public int ExhaustedBallots { get; }

    /// <summary>The continuing candidates' first preferences plus transfers, winner first; empty when the first round decided.</summary>
    public IReadOnlyList<CandidateVotes> FinalRound { get; }

    /// <summary>The ties broken, in the order they arose.</summary>
    public IReadOnlyList<TieBreak> TieBreaks { get; }

    /// <summary>The candidate elected.</summary>
    public ResidentId Winner { get; }
}
