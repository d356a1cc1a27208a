namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// One resident's approval ballot: the projects the resident approves, in the order written, with any further
/// columns it carried in a pabulib file (age, sex, voting method…).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ApprovalBallot
{
    /// <summary>Creates a ballot.</summary>
    /// <param name="voterId">The voter's identifier (pabulib's <c>voter_id</c>).</param>
    /// <param name="projectIds">The approved projects; may be empty, must not repeat a project.</param>
    /// <param name="attributes">Further columns in file order; none by default.</param>
    /// <exception cref="ArgumentException"><paramref name="voterId"/> is blank, a project id is blank or repeated, or an attribute repeats a column.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="projectIds"/> is null.</exception>
    public ApprovalBallot(string voterId, IEnumerable<string> projectIds, IEnumerable<KeyValuePair<string, string>>? attributes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(voterId);
        ArgumentNullException.ThrowIfNull(projectIds);
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in projectIds)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id, nameof(projectIds));
            if (!seen.Add(id))
            {
                throw new ArgumentException($"The ballot of voter '{voterId}' approves project '{id}' twice.", nameof(projectIds));
            }

            ids.Add(id);
        }

        VoterId = voterId;
        ProjectIds = ids.AsReadOnly();
        Attributes = BudgetingElection.CopyColumns(attributes, nameof(attributes));
    }

    /// <summary>The voter's identifier.</summary>
    public string VoterId { get; }

    /// <summary>The approved projects in the order written.</summary>
    public IReadOnlyList<string> ProjectIds { get; }

    /// <summary>Further columns in file order (neither <c>voter_id</c> nor <c>vote</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; }

    /// <summary>The value of a further column, or null when the ballot has none.</summary>
    /// <param name="column">The column name, such as <c>age</c>.</param>
    /// <returns>The value, or null.</returns>
    public string? Attribute(string column) => BudgetingElection.Find(Attributes, column);
}
