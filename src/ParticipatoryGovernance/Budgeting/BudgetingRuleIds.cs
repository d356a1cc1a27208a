namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// The identifiers of the rules a participatory budgeting round refuses with (<see cref="Common.RuleViolation.Rule"/>). Hosts and tests match
/// on them; they never change once published. In each summary, … marks a detail the message fills in.
/// </summary>
public static class BudgetingRuleIds
{
    /// <summary><c>budgeting.area-mismatch</c>: A neighbourhood round's voters are that neighbourhood's residents (list it alone); a municipal round lists at least one neighbourhood.</summary>
    public const string AreaMismatch = "budgeting.area-mismatch";

    /// <summary><c>budgeting.ballot-kind</c>: This round's ballots give projects points (or approve projects), not the other kind.</summary>
    public const string BallotKind = "budgeting.ballot-kind";

    /// <summary><c>budgeting.ballot-size</c>: A ballot must approve … to … projects; this one approves ….</summary>
    public const string BallotSize = "budgeting.ballot-size";

    /// <summary><c>budgeting.budget-not-positive</c>: The round's budget must be more than zero rials.</summary>
    public const string BudgetNotPositive = "budgeting.budget-not-positive";

    /// <summary><c>budgeting.clerk-missing</c>: A paper ballot must carry the identifier of the clerk who entered it (at most … characters).</summary>
    public const string ClerkMissing = "budgeting.clerk-missing";

    /// <summary><c>budgeting.duplicate-project</c>: The idea "…" is listed twice.</summary>
    public const string DuplicateProject = "budgeting.duplicate-project";

    /// <summary><c>budgeting.idea-not-accepted</c>: The idea "…" is …, not accepted; only accepted ideas go to the vote.</summary>
    public const string IdeaNotAccepted = "budgeting.idea-not-accepted";

    /// <summary><c>budgeting.idea-outside-area</c>: The idea "…" belongs to another municipality or neighbourhood than the round's.</summary>
    public const string IdeaOutsideArea = "budgeting.idea-outside-area";

    /// <summary><c>budgeting.no-projects</c>: A round needs at least one project.</summary>
    public const string NoProjects = "budgeting.no-projects";

    /// <summary><c>budgeting.not-a-project</c>: The ballot approves a project that is not on this round's ballot.</summary>
    public const string NotAProject = "budgeting.not-a-project";

    /// <summary><c>budgeting.points-per-ballot</c>: A ballot gives at most … points in all; this one gives ….</summary>
    public const string PointsPerBallot = "budgeting.points-per-ballot";

    /// <summary><c>budgeting.points-per-project</c>: A ballot gives each project 1 to … points.</summary>
    public const string PointsPerProject = "budgeting.points-per-project";

    /// <summary><c>budgeting.project-over-budget</c>: The idea "…" costs …, more than the round's whole budget of ….</summary>
    public const string ProjectOverBudget = "budgeting.project-over-budget";

    /// <summary><c>budgeting.project-repeated</c>: Approve each project once only.</summary>
    public const string ProjectRepeated = "budgeting.project-repeated";

    /// <summary><c>budgeting.round-closed</c>: Voting in this round was closed on ….</summary>
    public const string RoundClosed = "budgeting.round-closed";

    /// <summary><c>budgeting.round-not-closed</c>: The outcome is available once voting has been closed.</summary>
    public const string RoundNotClosed = "budgeting.round-not-closed";

    /// <summary><c>budgeting.title-length</c>: The round's title must be 1 to … characters long.</summary>
    public const string TitleLength = "budgeting.title-length";

    /// <summary><c>budgeting.too-many-projects</c>: a round holds at most <see cref="BudgetingRound.MaxProjects"/> projects, which keeps its sums of costs inside a <see cref="long"/>.</summary>
    public const string TooManyProjects = "budgeting.too-many-projects";

    /// <summary><c>budgeting.voter-outside-area</c>: This resident does not live in the round's area, so they cannot vote in it.</summary>
    public const string VoterOutsideArea = "budgeting.voter-outside-area";

    /// <summary><c>budgeting.voter-repeated</c>: This voter has another ballot in the same batch.</summary>
    public const string VoterRepeated = "budgeting.voter-repeated";

    /// <summary><c>budgeting.paper-voter-has-ballot</c>: a paper ballot names a voter who already has a ballot in the round (a clerk's double entry, or a vote already cast on the web).</summary>
    public const string PaperVoterHasBallot = "budgeting.paper-voter-has-ballot";

    /// <summary><c>budgeting.voter-too-young</c>: Voters must be at least … years old on the day voting opens (…).</summary>
    public const string VoterTooYoung = "budgeting.voter-too-young";

    /// <summary><c>budgeting.voting-closed</c>: Voting ended on …; ballots can no longer be cast or changed.</summary>
    public const string VotingClosed = "budgeting.voting-closed";

    /// <summary><c>budgeting.voting-not-open</c>: Voting opens on ….</summary>
    public const string VotingNotOpen = "budgeting.voting-not-open";

    /// <summary><c>budgeting.voting-still-open</c>: Voting is open until the end of …; it can be closed from the next day.</summary>
    public const string VotingStillOpen = "budgeting.voting-still-open";

    /// <summary><c>budgeting.window-reversed</c>: Voting must not close (…) before it opens (…).</summary>
    public const string WindowReversed = "budgeting.window-reversed";
}
