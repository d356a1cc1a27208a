namespace ParticipatoryGovernance.Budgeting;

/// <summary>The kind of ballot an election uses (pabulib's META <c>vote_type</c>).</summary>
public enum BudgetingVoteType
{
    /// <summary>Each voter approves any number of projects (<c>approval</c>). The default.</summary>
    Approval = 0,

    /// <summary>Each voter picks one project (<c>choose-1</c>): an approval ballot of at most one project.</summary>
    ChooseOne = 1,

    /// <summary>Each voter spreads points over projects (<c>cumulative</c>); a project's score is the sum of its points.</summary>
    Cumulative = 2,

    /// <summary>
    /// Each voter ranks projects, best first (<c>ordinal</c>). A project's score is the sum of its points: the points the
    /// ballot carries, or, for a ballot written without points, <c>n</c> for the first of <c>n</c> ranked projects down
    /// to 1 for the last (how pabulib's checker scores such ballots).
    /// </summary>
    Ordinal = 3,
}
