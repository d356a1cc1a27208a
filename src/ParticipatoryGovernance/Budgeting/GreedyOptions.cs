namespace ParticipatoryGovernance.Budgeting;

/// <summary>How projects with the same number of approvals are ordered in the greedy count.</summary>
public enum GreedyTieBreak
{
    /// <summary>By project id in ordinal (code-point) order, as pabutools does by default. The default.</summary>
    ProjectId = 0,

    /// <summary>By the projects' order in the election (the order of rows in a pabulib file's PROJECTS section).</summary>
    ProjectOrder = 1,
}

/// <summary>
/// The variant of the greedy rule: plain greedy by default; a minimum number of approvals for
/// <c>greedy-threshold</c>; stopping at the first project that does not fit for <c>greedy-no-skip</c>.
/// </summary>
/// <remarks>This type is an immutable value; it is thread-safe.</remarks>
public sealed record GreedyOptions
{
    /// <summary>Plain greedy: no threshold, skip what does not fit, ties by project id.</summary>
    public static GreedyOptions Plain { get; } = new();

    /// <summary>
    /// The fewest approvals a project needs to be considered at all (pabulib's <c>min_project_score_threshold</c>);
    /// null (the default) for none. A project with exactly this many approvals is considered.
    /// </summary>
    public long? MinimumApprovals { get; init; }

    /// <summary>
    /// True to stop the count at the first project that does not fit in what is left of the budget
    /// (<c>greedy-no-skip</c>); false (the default) to skip it and go on with cheaper projects.
    /// </summary>
    public bool StopAtFirstMisfit { get; init; }

    /// <summary>How ties in approvals are ordered; <see cref="GreedyTieBreak.ProjectId"/> by default.</summary>
    public GreedyTieBreak TieBreak { get; init; } = GreedyTieBreak.ProjectId;
}
