using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.YouthMayors;

/// <summary>
/// The supplementary vote, the count used by young-mayor elections such as Lewisham's: each voter marks a first and,
/// optionally, a second preference. A candidate with more than half of the first preferences wins. Otherwise the two
/// candidates with the most first preferences continue; every other ballot whose second preference is one of those two
/// is added to that candidate's total, the rest are exhausted, and the higher total wins.
/// </summary>
/// <remarks>
/// <para>
/// Ties are broken by fixed rules, so a count always gives the same result from the same ballots (ADR 8). For a place in
/// the second round, among candidates with equal first preferences: more second preferences on all ballots, then the lot.
/// For the winner, between two equal totals: more first preferences, then more second preferences on all ballots, then the
/// lot. Every tie broken is reported in <see cref="SupplementaryVoteResult.TieBreaks"/>.
/// </para>
/// <para>Pure and thread-safe.</para>
/// </remarks>
public static class SupplementaryVote
{
    /// <summary>Counts ballots by the supplementary vote.</summary>
    /// <param name="candidatesInLotOrder">The candidates, in the order of the lot: the earlier wins a tie that nothing else breaks.</param>
    /// <param name="ballots">The ballots, as piles of ballots marked alike; may be empty.</param>
    /// <returns>The result, with its rounds, transfers and tie-breaks.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="ballots"/> holds a null.</exception>
    /// <exception cref="ArgumentException">
    /// There is no candidate; a candidate is listed twice or is the empty GUID; or a ballot names someone who is not a candidate.
    /// </exception>
    /// <exception cref="OverflowException">More than <see cref="int.MaxValue"/> ballots.</exception>
    public static SupplementaryVoteResult Count(IReadOnlyList<ResidentId> candidatesInLotOrder, IEnumerable<BallotPile> ballots)
    {
        ArgumentNullException.ThrowIfNull(candidatesInLotOrder);
        ArgumentNullException.ThrowIfNull(ballots);
        var candidates = candidatesInLotOrder;
        var n = candidates.Count;
        if (n == 0)
        {
            throw new ArgumentException("A count needs at least one candidate.", nameof(candidatesInLotOrder));
        }

        var position = new Dictionary<ResidentId, int>(n);
        for (var i = 0; i < n; i++)
        {
            if (candidates[i].Value == Guid.Empty || !position.TryAdd(candidates[i], i))
            {
                throw new ArgumentException($"Candidate {candidates[i]} is listed twice or is empty.", nameof(candidatesInLotOrder));
            }
        }

        var piles = ballots.ToList();
        var first = new int[n];
        var second = new int[n];
        var total = 0;
        foreach (var pile in piles)
        {
            ArgumentNullException.ThrowIfNull(pile, nameof(ballots));
            var f = PositionOf(position, pile.FirstPreference, nameof(ballots));
            first[f] = checked(first[f] + pile.Count);
            if (pile.SecondPreference is { } s)
            {
                var j = PositionOf(position, s, nameof(ballots));
                second[j] = checked(second[j] + pile.Count);
            }

            total = checked(total + pile.Count);
        }

        // The lot position is the last key, so the ranking is a total order.
        var ranking = Enumerable.Range(0, n)
            .OrderByDescending(i => first[i])
            .ThenByDescending(i => second[i])
            .ThenBy(i => i)
            .ToList();
        var firstRound = ranking.Select(i => new CandidateVotes(candidates[i], first[i])).ToList();
        var tieBreaks = new List<TieBreak>();
        if (first[ranking[0]] * 2L > total)
        {
            return new SupplementaryVoteResult(total, firstRound, [], [], 0, [], tieBreaks, candidates[ranking[0]]);
        }

        var places = Math.Min(2, n);
        var continuing = ranking.Take(places).ToList();
        if (n > places && first[ranking[places]] == first[ranking[places - 1]])
        {
            var tiedVotes = first[ranking[places - 1]];
            var tied = ranking.Where(i => first[i] == tiedVotes).ToList();
            var admitted = tied.Where(continuing.Contains).ToList();
            var decidedBy = second[admitted[^1]] > second[tied[admitted.Count]] ? TieBreakRule.SecondPreferences : TieBreakRule.Lot;
            tieBreaks.Add(new TieBreak(TieBreakPoint.SecondRoundPlaces, Ids(candidates, tied), decidedBy, Ids(candidates, admitted)));
        }

        var transfers = new int[n];
        var exhausted = 0;
        foreach (var pile in piles)
        {
            if (continuing.Contains(position[pile.FirstPreference]))
            {
                continue;
            }

            if (pile.SecondPreference is { } s && continuing.Contains(position[s]))
            {
                transfers[position[s]] += pile.Count;
            }
            else
            {
                exhausted += pile.Count;
            }
        }

        var winner = continuing[0];
        if (places == 2)
        {
            var (a, b) = (continuing[0], continuing[1]);
            var (totalA, totalB) = (first[a] + transfers[a], first[b] + transfers[b]);
            if (totalA != totalB)
            {
                winner = totalA > totalB ? a : b;
            }
            else
            {
                var (decided, rule) = first[a] != first[b] ? (first[a] > first[b] ? a : b, TieBreakRule.FirstPreferences)
                    : second[a] != second[b] ? (second[a] > second[b] ? a : b, TieBreakRule.SecondPreferences)
                    : (Math.Min(a, b), TieBreakRule.Lot);
                winner = decided;
                var loser = decided == a ? b : a;
                tieBreaks.Add(new TieBreak(TieBreakPoint.Winner, [candidates[decided], candidates[loser]], rule, [candidates[decided]]));
            }
        }

        var finalists = continuing.OrderBy(i => i == winner ? 0 : 1).ToList();
        return new SupplementaryVoteResult(
            total,
            firstRound,
            Ids(candidates, continuing),
            continuing.Select(i => new CandidateVotes(candidates[i], transfers[i])).ToList(),
            exhausted,
            finalists.Select(i => new CandidateVotes(candidates[i], first[i] + transfers[i])).ToList(),
            tieBreaks,
            candidates[winner]);
    }

    private static int PositionOf(Dictionary<ResidentId, int> position, ResidentId candidate, string parameter) =>
        position.TryGetValue(candidate, out var i)
            ? i
            : throw new ArgumentException($"A ballot names {candidate}, who is not a candidate.", parameter);

    private static List<ResidentId> Ids(IReadOnlyList<ResidentId> candidates, IEnumerable<int> positions) =>
        positions.Select(i => candidates[i]).ToList();
}
