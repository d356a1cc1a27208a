namespace ParticipatoryGovernance.Budgeting;

/// <summary>Why a project was or was not funded by the greedy rule.</summary>
public enum GreedyVerdict
{
    /// <summary>It fitted in what was left of the budget when its turn came.</summary>
    Funded = 0,

    /// <summary>When its turn came, the projects funded before it had left too little of the budget.</summary>
    DidNotFit = 1,

    /// <summary>It had fewer approvals than the threshold and was not considered.</summary>
    BelowThreshold = 2,

    /// <summary>The count stopped (greedy-no-skip) at an earlier project that did not fit.</summary>
    CountStopped = 3,
}

/// <summary>What the greedy rule decided for one project, and why.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Approvals">Its number of approvals.</param>
/// <param name="Rank">Its place in the count (1 for the most approved), or 0 when it was below the threshold.</param>
/// <param name="Verdict">Funded, or why not.</param>
/// <param name="BudgetUsedBefore">How much of the budget the projects funded before its turn had used.</param>
/// <param name="FundedBefore">The projects funded before its turn, in count order.</param>
/// <param name="Explanation">The reason in Persian and English, for residents.</param>
public sealed record GreedyProjectResult(
    string ProjectId,
    int Approvals,
    int Rank,
    GreedyVerdict Verdict,
    long BudgetUsedBefore,
    IReadOnlyList<string> FundedBefore,
    Common.LocalizedText Explanation)
{
    /// <summary>True when the project was funded.</summary>
    public bool IsFunded => Verdict == GreedyVerdict.Funded;
}

/// <summary>The outcome of the greedy rule: the funded projects and, for every project, why.</summary>
/// <param name="Funded">The funded project ids in count order (most approved first).</param>
/// <param name="Spent">The total cost of the funded projects.</param>
/// <param name="Projects">One result per project, in the election's project order.</param>
public sealed record GreedyOutcome(IReadOnlyList<string> Funded, long Spent, IReadOnlyList<GreedyProjectResult> Projects);
