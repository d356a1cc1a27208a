namespace ParticipatoryGovernance.Budgeting;

/// <summary>Why a project was or was not funded by the greedy rule.</summary>
public enum GreedyVerdict
{
    /// <summary>It fitted in what was left of the budget when its turn came.</summary>
    Funded = 0,

    /// <summary>When its turn came, the projects funded before it had left too little of the budget.</summary>
    DidNotFit = 1,

    /// <summary>Its score was below the threshold and it was not considered.</summary>
    BelowThreshold = 2,

    /// <summary>The count stopped (greedy-no-skip) at an earlier project that did not fit.</summary>
    CountStopped = 3,

    /// <summary>It was left out of the count (<see cref="GreedyOptions.Excluded"/>).</summary>
    Excluded = 4,

    /// <summary>
    /// It stopped the count by not fitting, but what was left covered enough of its cost
    /// (<see cref="GreedyOptions.FundStoppingProjectFromPercent"/>), and it was funded with reserve funds.
    /// </summary>
    FundedFromReserve = 5,
}

/// <summary>What the greedy rule decided for one project, and why.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Approvals">The number of ballots naming it.</param>
/// <param name="Score">Its score: approvals on approval and choose-1 ballots, points on cumulative and ordinal ones.</param>
/// <param name="Rank">Its place in the count (1 for the highest score), or 0 when it was below the threshold or excluded.</param>
/// <param name="Verdict">Funded, or why not.</param>
/// <param name="BudgetUsedBefore">How much of the budget (in minor units) the projects funded before its turn had used.</param>
/// <param name="FundedBefore">The projects funded before its turn, in count order.</param>
/// <param name="Explanation">The reason in one line in Persian and English, naming projects by their <c>name</c>, for residents.</param>
public sealed record GreedyProjectResult(
    string ProjectId,
    int Approvals,
    long Score,
    int Rank,
    GreedyVerdict Verdict,
    long BudgetUsedBefore,
    IReadOnlyList<string> FundedBefore,
    Common.LocalizedText Explanation)
{
    /// <summary>True when the project was funded, from the budget or from reserve funds.</summary>
    public bool IsFunded => Verdict is GreedyVerdict.Funded or GreedyVerdict.FundedFromReserve;
}

/// <summary>The outcome of the greedy rule: the funded projects and, for every project, why.</summary>
/// <param name="Funded">The funded project ids in count order (highest score first).</param>
/// <param name="Spent">The total cost of the funded projects in minor units (above the budget when a project was funded from reserve funds).</param>
/// <param name="Projects">One result per project, in the election's project order.</param>
public sealed record GreedyOutcome(IReadOnlyList<string> Funded, long Spent, IReadOnlyList<GreedyProjectResult> Projects);
