namespace ParticipatoryGovernance.Budgeting;

/// <summary>A closed round's outcomes under both rules, with an explanation of every project in Persian and English.</summary>
/// <param name="Greedy">Greedy: most approvals first, each project funded if it still fits; ties in the round's project order.</param>
/// <param name="EqualShares">The Method of Equal Shares with Add1 completion.</param>
public sealed record BudgetingRoundOutcome(GreedyOutcome Greedy, EqualSharesOutcome EqualShares);
