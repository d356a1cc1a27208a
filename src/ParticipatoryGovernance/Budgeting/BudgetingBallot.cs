namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// One resident's ballot: the projects it names, in the order written (best first on an ordinal ballot), the points it
/// gives each, and any further columns it carried in a pabulib file (age, sex, voting method…).
/// </summary>
/// <remarks>
/// <para>
/// An approval or choose-1 ballot gives each project one point. A cumulative ballot gives each project the voter's
/// points. An ordinal ballot keeps the rank order; it carries points when its file wrote them, and otherwise scores
/// by rank (see <see cref="BudgetingVoteType.Ordinal"/>).
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class BudgetingBallot
{
    /// <summary>Creates a ballot without points: one point for each project (approval, choose-1, or ordinal scored by rank).</summary>
    /// <param name="voterId">The voter's identifier (pabulib's <c>voter_id</c>).</param>
    /// <param name="projectIds">The projects named; may be empty, must not repeat a project.</param>
    /// <param name="attributes">Further columns in file order; none by default.</param>
    /// <exception cref="ArgumentException"><paramref name="voterId"/> is blank, a project id is blank or repeated, or an attribute repeats a column.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="projectIds"/> is null.</exception>
    public BudgetingBallot(string voterId, IEnumerable<string> projectIds, IEnumerable<KeyValuePair<string, string>>? attributes = null)
        : this(voterId, projectIds, null, attributes, hasPoints: false)
    {
    }

    /// <summary>Creates a ballot with points (cumulative, or ordinal with the file's points).</summary>
    /// <returns>The ballot; <see cref="HasPoints"/> is true.</returns>
    /// <param name="voterId">The voter's identifier (pabulib's <c>voter_id</c>).</param>
    /// <param name="projectIds">The projects named; may be empty, must not repeat a project.</param>
    /// <param name="points">The points of each project, aligned with <paramref name="projectIds"/>; each zero or more.</param>
    /// <param name="attributes">Further columns in file order; none by default.</param>
    /// <exception cref="ArgumentException"><paramref name="voterId"/> is blank, a project id is blank or repeated, the points
    /// do not number as many as the projects, a point is negative, or an attribute repeats a column.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="projectIds"/> or <paramref name="points"/> is null.</exception>
    public static BudgetingBallot WithPoints(string voterId, IEnumerable<string> projectIds, IEnumerable<long> points, IEnumerable<KeyValuePair<string, string>>? attributes = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        return new BudgetingBallot(voterId, projectIds, points, attributes, hasPoints: true);
    }

    private BudgetingBallot(string voterId, IEnumerable<string> projectIds, IEnumerable<long>? points, IEnumerable<KeyValuePair<string, string>>? attributes, bool hasPoints)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(voterId);
        ArgumentNullException.ThrowIfNull(projectIds);
        var ids = new List<string>();
        foreach (var id in projectIds)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id, nameof(projectIds));
            ids.Add(id);
        }

        if (BudgetingElection.HasRepeats(ids))
        {
            var id = ids.GroupBy(i => i, StringComparer.Ordinal).First(g => g.Count() > 1).Key;
            throw new ArgumentException($"The ballot of voter '{voterId}' names project '{id}' twice.", nameof(projectIds));
        }

        IReadOnlyList<long> readOnlyPoints;
        if (points is null)
        {
            readOnlyPoints = ids.Count < OnePointEach.Length ? OnePointEach[ids.Count] : Ones(ids.Count);
        }
        else
        {
            var given = points.ToArray();
            if (given.Length != ids.Count)
            {
                throw new ArgumentException($"The ballot of voter '{voterId}' names {ids.Count} projects but gives {given.Length} points.", nameof(points));
            }

            if (Array.Exists(given, p => p < 0))
            {
                throw new ArgumentException($"The ballot of voter '{voterId}' gives negative points.", nameof(points));
            }

            readOnlyPoints = Array.AsReadOnly(given);
        }

        VoterId = voterId;
        ProjectIds = ids.AsReadOnly();
        Points = readOnlyPoints;
        HasPoints = hasPoints;
        Attributes = BudgetingElection.CopyColumns(attributes, nameof(attributes));
    }

    // Ballots without points share their read-only lists of ones: a city's round holds millions of ballots.
    private static readonly IReadOnlyList<long>[] OnePointEach = Enumerable.Range(0, 64).Select(Ones).ToArray();

    /// <summary>The voter's identifier.</summary>
    public string VoterId { get; }

    /// <summary>The projects named, in the order written (best first on an ordinal ballot).</summary>
    public IReadOnlyList<string> ProjectIds { get; }

    /// <summary>The points of each project, aligned with <see cref="ProjectIds"/>; all 1 when <see cref="HasPoints"/> is false.</summary>
    public IReadOnlyList<long> Points { get; }

    /// <summary>True when the ballot was given points (a <c>points</c> column in a pabulib file).</summary>
    public bool HasPoints { get; }

    /// <summary>Further columns in file order (neither <c>voter_id</c>, <c>vote</c> nor <c>points</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; }

    /// <summary>The value of a further column, or null when the ballot has none.</summary>
    /// <param name="column">The column name, such as <c>age</c>.</param>
    /// <returns>The value, or null.</returns>
    public string? Attribute(string column) => BudgetingElection.Find(Attributes, column);

    private static IReadOnlyList<long> Ones(int count)
    {
        var ones = new long[count];
        Array.Fill(ones, 1L);
        return Array.AsReadOnly(ones);
    }
}
