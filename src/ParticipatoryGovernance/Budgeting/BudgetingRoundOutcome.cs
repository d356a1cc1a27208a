namespace ParticipatoryGovernance.Budgeting;

/// <summary>A round's outcomes under both rules, with an explanation of every project in Persian and English.</summary>
/// <param name="Greedy">Greedy: most approvals (for a cumulative round, most points) first, each project funded if it still fits; ties in the round's project order.</param>
/// <param name="EqualShares">
/// The Method of Equal Shares with Add1 completion (utilities: the project's cost on approval ballots, the points given
/// on cumulative ones). Rounds always set it; it is nullable only for results stored before cumulative rounds had it.
/// </param>
/// <param name="Ballots">The number of ballots counted; 0 for a round nobody has voted in yet (nothing is funded).</param>
public sealed record BudgetingRoundOutcome(GreedyOutcome Greedy, EqualSharesOutcome? EqualShares, int Ballots = 0);

/// <summary>
/// The stored results of a round: its outcomes as computed in the background from the ballots up to
/// <see cref="Watermark"/>, and when. Pages read it; they never compute.
/// </summary>
/// <param name="RoundId">The round.</param>
/// <param name="Ballots">The ballots counted.</param>
/// <param name="Watermark">The ballots' change number the outcome was computed from (<see cref="BudgetingBallotTally.Watermark"/>).</param>
/// <param name="ComputedAt">When the computation finished.</param>
/// <param name="Outcome">The outcomes, with explanations.</param>
public sealed record BudgetingRoundResults(BudgetingRoundId RoundId, int Ballots, long Watermark, NodaTime.Instant ComputedAt, BudgetingRoundOutcome Outcome);
