using System.Collections.ObjectModel;

namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// An approval election over a budget: the budget, the projects in their order, one approval ballot per voter, and
/// the metadata (pabulib's META entries) in their order. The rules (<see cref="GreedyApproval"/>,
/// <see cref="EqualShares"/>, <see cref="PabulibRules"/>) are pure functions of it.
/// </summary>
/// <remarks>
/// Money is in whole currency units (<see cref="long"/>) so that no rule depends on rounding. This type is immutable
/// and thread-safe.
/// </remarks>
public sealed class BudgetingElection
{
    private readonly Dictionary<string, int> _indexById;

    /// <summary>Creates an election.</summary>
    /// <param name="budget">The budget in whole currency units; zero or more.</param>
    /// <param name="projects">The projects in their order; ids must be unique.</param>
    /// <param name="ballots">One ballot per voter; voter ids must be unique and every approved project must be listed.</param>
    /// <param name="meta">Metadata entries in order (pabulib META, such as <c>rule</c> or <c>unit</c>); none by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="projects"/> or <paramref name="ballots"/> is null, or holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budget"/> is negative.</exception>
    /// <exception cref="ArgumentException">A project id or voter id repeats, a ballot approves an unknown project, or a meta key repeats.</exception>
    public BudgetingElection(
        long budget,
        IEnumerable<BudgetingProject> projects,
        IEnumerable<ApprovalBallot> ballots,
        IEnumerable<KeyValuePair<string, string>>? meta = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(ballots);

        var projectList = new List<BudgetingProject>();
        _indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            ArgumentNullException.ThrowIfNull(project, nameof(projects));
            if (!_indexById.TryAdd(project.Id, projectList.Count))
            {
                throw new ArgumentException($"Project '{project.Id}' is listed twice.", nameof(projects));
            }

            projectList.Add(project);
        }

        var ballotList = new List<ApprovalBallot>();
        var voters = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ballot in ballots)
        {
            ArgumentNullException.ThrowIfNull(ballot, nameof(ballots));
            if (!voters.Add(ballot.VoterId))
            {
                throw new ArgumentException($"Voter '{ballot.VoterId}' has two ballots.", nameof(ballots));
            }

            foreach (var id in ballot.ProjectIds)
            {
                if (!_indexById.ContainsKey(id))
                {
                    throw new ArgumentException($"The ballot of voter '{ballot.VoterId}' approves project '{id}', which is not listed.", nameof(ballots));
                }
            }

            ballotList.Add(ballot);
        }

        Budget = budget;
        Projects = projectList.AsReadOnly();
        Ballots = ballotList.AsReadOnly();
        Meta = CopyColumns(meta, nameof(meta));
    }

    /// <summary>The budget in whole currency units.</summary>
    public long Budget { get; }

    /// <summary>The projects in their order (the order of rows in a pabulib file's PROJECTS section).</summary>
    public IReadOnlyList<BudgetingProject> Projects { get; }

    /// <summary>The ballots, one per voter, in their order.</summary>
    public IReadOnlyList<ApprovalBallot> Ballots { get; }

    /// <summary>The metadata entries in their order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Meta { get; }

    /// <summary>The value of a metadata entry, or null when there is none.</summary>
    /// <param name="key">The key, such as <c>rule</c>; compared ordinally.</param>
    /// <returns>The value, or null.</returns>
    public string? MetaValue(string key) => Find(Meta, key);

    /// <summary>The project with an id.</summary>
    /// <param name="projectId">The id.</param>
    /// <returns>The project.</returns>
    /// <exception cref="KeyNotFoundException">No project has that id.</exception>
    public BudgetingProject Project(string projectId) =>
        TryGetIndex(projectId, out var index) ? Projects[index] : throw new KeyNotFoundException($"No project has id '{projectId}'.");

    /// <summary>Counts each project's approvals.</summary>
    /// <returns>The number of ballots approving each project, in project order.</returns>
    public IReadOnlyList<int> CountApprovals()
    {
        var counts = new int[Projects.Count];
        foreach (var ballot in Ballots)
        {
            foreach (var id in ballot.ProjectIds)
            {
                counts[_indexById[id]]++;
            }
        }

        return counts;
    }

    internal bool TryGetIndex(string projectId, out int index) => _indexById.TryGetValue(projectId, out index);

    internal int IndexOf(string projectId) => _indexById[projectId];

    internal static string? Find(IReadOnlyList<KeyValuePair<string, string>> columns, string key)
    {
        foreach (var pair in columns)
        {
            if (string.Equals(pair.Key, key, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }

    internal static ReadOnlyCollection<KeyValuePair<string, string>> CopyColumns(IEnumerable<KeyValuePair<string, string>>? columns, string parameterName)
    {
        var list = new List<KeyValuePair<string, string>>();
        if (columns is null)
        {
            return list.AsReadOnly();
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in columns)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(pair.Key, parameterName);
            ArgumentNullException.ThrowIfNull(pair.Value, parameterName);
            if (!keys.Add(pair.Key))
            {
                throw new ArgumentException($"'{pair.Key}' is given twice.", parameterName);
            }

            list.Add(pair);
        }

        return list.AsReadOnly();
    }
}
