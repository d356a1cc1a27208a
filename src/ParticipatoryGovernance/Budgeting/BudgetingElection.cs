using System.Collections.ObjectModel;

namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// An election over a budget: the budget, the projects in their order, one ballot per voter (approval, choose-1,
/// cumulative or ordinal: <see cref="VoteType"/>), and the metadata (pabulib's META entries) in their order. The rules
/// (<see cref="GreedyApproval"/>, <see cref="EqualShares"/>, <see cref="PabulibRules"/>) are pure functions of it.
/// </summary>
/// <remarks>
/// Money is exact: <see cref="Budget"/> and every <see cref="BudgetingProject.Cost"/> are whole numbers of minor units,
/// the amount times 10 to the power <see cref="Decimals"/> (2 for a budget written <c>102533.36</c>; 0, the default, for
/// whole currency units such as rials), so that no rule depends on rounding. This type is immutable and thread-safe.
/// </remarks>
public sealed class BudgetingElection
{
    private readonly Dictionary<string, int> _indexById;

    /// <summary>Creates an election: by default an approval election whose amounts are whole currency units.</summary>
    /// <param name="budget">The budget in minor units (the amount times 10^<paramref name="decimals"/>); zero or more.</param>
    /// <param name="projects">The projects in their order; ids must be unique.</param>
    /// <param name="ballots">One ballot per voter; voter ids must be unique and every project named must be listed.</param>
    /// <param name="meta">Metadata entries in order (pabulib META, such as <c>rule</c> or <c>unit</c>); none by default.</param>
    /// <param name="voteType">The kind of ballot; approval by default.</param>
    /// <param name="decimals">How many decimals the amounts have: <paramref name="budget"/> and each cost are the amount times
    /// 10 to this power; 0 (the default) to <see cref="MaxDecimals"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="projects"/> or <paramref name="ballots"/> is null, or holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budget"/> is negative, <paramref name="voteType"/> is not
    /// defined, or <paramref name="decimals"/> is outside 0 to <see cref="MaxDecimals"/>.</exception>
    /// <exception cref="ArgumentException">A project id or voter id repeats, a ballot names an unknown project, an approval
    /// or choose-1 ballot carries points, a choose-1 ballot names more than one project, or a meta key repeats.</exception>
    public BudgetingElection(
        long budget,
        IEnumerable<BudgetingProject> projects,
        IEnumerable<BudgetingBallot> ballots,
        IEnumerable<KeyValuePair<string, string>>? meta = null,
        BudgetingVoteType voteType = BudgetingVoteType.Approval,
        int decimals = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        if (!Enum.IsDefined(voteType))
        {
            throw new ArgumentOutOfRangeException(nameof(voteType), voteType, "Unknown vote type.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaxDecimals);
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

        var ballotList = new List<BudgetingBallot>();
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
                    throw new ArgumentException($"The ballot of voter '{ballot.VoterId}' names project '{id}', which is not listed.", nameof(ballots));
                }
            }

            if (ballot.HasPoints && voteType is BudgetingVoteType.Approval or BudgetingVoteType.ChooseOne)
            {
                throw new ArgumentException($"The ballot of voter '{ballot.VoterId}' carries points, which a {voteType} ballot has not.", nameof(ballots));
            }

            if (voteType == BudgetingVoteType.ChooseOne && ballot.ProjectIds.Count > 1)
            {
                throw new ArgumentException($"The choose-1 ballot of voter '{ballot.VoterId}' names {ballot.ProjectIds.Count} projects.", nameof(ballots));
            }

            ballotList.Add(ballot);
        }

        Budget = budget;
        VoteType = voteType;
        Decimals = decimals;
        Unit = Pow10(decimals);
        Projects = projectList.AsReadOnly();
        Ballots = ballotList.AsReadOnly();
        Meta = CopyColumns(meta, nameof(meta));
    }

    /// <summary>The most decimals an amount may have (micro-units); pabulib's files have at most 2.</summary>
    public const int MaxDecimals = 6;

    /// <summary>The budget in minor units (the amount times 10^<see cref="Decimals"/>).</summary>
    public long Budget { get; }

    /// <summary>The kind of ballot.</summary>
    public BudgetingVoteType VoteType { get; }

    /// <summary>How many decimals the amounts have; 0 when they are whole currency units.</summary>
    public int Decimals { get; }

    /// <summary>One currency unit in minor units: 10^<see cref="Decimals"/>.</summary>
    public long Unit { get; }

    /// <summary>The projects in their order (the order of rows in a pabulib file's PROJECTS section).</summary>
    public IReadOnlyList<BudgetingProject> Projects { get; }

    /// <summary>The ballots, one per voter, in their order.</summary>
    public IReadOnlyList<BudgetingBallot> Ballots { get; }

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

    /// <summary>Counts each project's approvals: the ballots that name it, whatever its points or rank.</summary>
    /// <returns>The number of ballots naming each project, in project order.</returns>
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

    /// <summary>
    /// Counts each project's score: approvals for approval and choose-1 ballots, the sum of points for cumulative
    /// ballots, and for ordinal ballots the sum of their points or, for a ballot without points, <c>n</c> down to 1 by
    /// rank (<see cref="BudgetingVoteType.Ordinal"/>).
    /// </summary>
    /// <returns>Each project's score, in project order.</returns>
    /// <exception cref="OverflowException">A score does not fit in a <see cref="long"/>.</exception>
    public IReadOnlyList<long> CountScores()
    {
        var scores = new long[Projects.Count];
        foreach (var ballot in Ballots)
        {
            var count = ballot.ProjectIds.Count;
            for (var i = 0; i < count; i++)
            {
                var points = VoteType switch
                {
                    BudgetingVoteType.Approval or BudgetingVoteType.ChooseOne => 1,
                    BudgetingVoteType.Ordinal when !ballot.HasPoints => count - i,
                    _ => ballot.Points[i],
                };
                scores[_indexById[ballot.ProjectIds[i]]] = checked(scores[_indexById[ballot.ProjectIds[i]]] + points);
            }
        }

        return scores;
    }

    /// <summary>Writes an amount in minor units as a decimal number in the invariant culture, such as <c>102533.36</c>.</summary>
    /// <param name="amount">The amount in minor units.</param>
    /// <returns>The text: digits, and a point and exactly <see cref="Decimals"/> digits when there are decimals.</returns>
    public string FormatAmount(long amount) => FormatAmount(amount, Decimals);

    /// <summary>The project's <c>name</c> attribute, or its id when it has none.</summary>
    internal string NameOf(int index) => Projects[index].Attribute("name") is { Length: > 0 } name ? name : Projects[index].Id;

    internal static string FormatAmount(long amount, int decimals)
    {
        if (decimals == 0)
        {
            return amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var unit = Pow10(decimals);
        var sign = amount < 0 ? "-" : string.Empty;
        var magnitude = amount < 0 ? -(decimal)amount : amount;
        var whole = decimal.Truncate(magnitude / unit);
        var fraction = magnitude - (whole * unit);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{sign}{whole}.{fraction.ToString(new string('0', decimals), System.Globalization.CultureInfo.InvariantCulture)}");
    }

    internal static long Pow10(int decimals)
    {
        long unit = 1;
        for (var i = 0; i < decimals; i++)
        {
            unit *= 10;
        }

        return unit;
    }

    internal bool TryGetIndex(string projectId, out int index) => _indexById.TryGetValue(projectId, out index);

    internal int IndexOf(string projectId) => _indexById[projectId];

    /// <summary>Whether a short list repeats a value; quadratic below 16 items, where that beats allocating a set.</summary>
    internal static bool HasRepeats(IReadOnlyList<string> values)
    {
        if (values.Count >= 16)
        {
            return new HashSet<string>(values, StringComparer.Ordinal).Count != values.Count;
        }

        for (var i = 1; i < values.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(values[i], values[j], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

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

        foreach (var pair in columns)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(pair.Key, parameterName);
            ArgumentNullException.ThrowIfNull(pair.Value, parameterName);
            list.Add(pair);
        }

        for (var i = 1; i < list.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(list[i].Key, list[j].Key, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"'{list[i].Key}' is given twice.", parameterName);
                }
            }
        }

        return list.AsReadOnly();
    }
}
