namespace ParticipatoryGovernance.Budgeting;

/// <summary>How projects with the same score are ordered in the greedy count.</summary>
public enum GreedyTieBreak
{
    /// <summary>By project id in ordinal (code-point) order, as pabutools does by default. The default.</summary>
    ProjectId = 0,

    /// <summary>
    /// By the projects' order in the election (the order of rows in a pabulib file's PROJECTS section), as pabulib's
    /// checker does (a stable sort of the rows by score).
    /// </summary>
    ProjectOrder = 1,
}

/// <summary>
/// The variant of the greedy rule: plain greedy by default; a minimum score for <c>greedy-threshold</c>; stopping at the
/// first project that does not fit for <c>greedy-no-skip</c>; projects left out of the count (withdrawn, or excluded by
/// a mutually exclusive project, <c>greedy-exclusive</c>); and Poznań's rule that still funds the project that stopped
/// the count when what is left covers enough of its cost.
/// </summary>
/// <remarks>This type is an immutable value; it is thread-safe.</remarks>
public sealed record GreedyOptions
{
    /// <summary>Plain greedy: no threshold, skip what does not fit, ties by project id.</summary>
    public static GreedyOptions Plain { get; } = new();

    /// <summary>
    /// The lowest score a project needs to be considered at all (pabulib's <c>min_project_score_threshold</c>): approvals
    /// on approval and choose-1 ballots, points on cumulative and ordinal ones; null (the default) for none. A project
    /// with exactly this score is considered.
    /// </summary>
    public long? MinimumScore { get; init; }

    /// <summary>
    /// True to stop the count at the first project that does not fit in what is left of the budget
    /// (<c>greedy-no-skip</c>); false (the default) to skip it and go on with cheaper projects.
    /// </summary>
    public bool StopAtFirstMisfit { get; init; }

    /// <summary>
    /// With <see cref="StopAtFirstMisfit"/>: the project that stops the count is funded anyway, from reserve funds, when
    /// what is left of the budget covers at least this percentage of its cost (Poznań funds it at 80); null (the
    /// default) for never. Must be between 1 and 100.
    /// </summary>
    public int? FundStoppingProjectFromPercent { get; init; }

    /// <summary>
    /// Projects left out of the count, by id: withdrawn after the vote, or excluded because a mutually exclusive project
    /// was chosen (<c>greedy-exclusive</c>). Empty by default; ids the election does not list are ignored.
    /// </summary>
    public IReadOnlySet<string> Excluded { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>How ties in score are ordered; <see cref="GreedyTieBreak.ProjectId"/> by default.</summary>
    public GreedyTieBreak TieBreak { get; init; } = GreedyTieBreak.ProjectId;
}
