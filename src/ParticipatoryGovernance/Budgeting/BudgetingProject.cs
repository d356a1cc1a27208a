namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// A project on a participatory-budgeting ballot: its identifier, its cost in whole currency units (rials in
/// Rafsanjan), and any further columns it carried in a pabulib file (name, votes, selected, category…).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class BudgetingProject
{
    /// <summary>Creates a project.</summary>
    /// <param name="id">The project's identifier as written on ballots (pabulib's <c>project_id</c>); compared ordinally.</param>
    /// <param name="cost">The cost in whole currency units; zero or more.</param>
    /// <param name="attributes">Further columns in file order, such as <c>name</c> or <c>selected</c>; none by default.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, empty or white space, or an attribute repeats a column.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cost"/> is negative.</exception>
    public BudgetingProject(string id, long cost, IEnumerable<KeyValuePair<string, string>>? attributes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentOutOfRangeException.ThrowIfNegative(cost);
        Id = id;
        Cost = cost;
        Attributes = BudgetingElection.CopyColumns(attributes, nameof(attributes));
    }

    /// <summary>The identifier written on ballots.</summary>
    public string Id { get; }

    /// <summary>The cost in whole currency units.</summary>
    public long Cost { get; }

    /// <summary>Further columns in file order (neither <c>project_id</c> nor <c>cost</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; }

    /// <summary>The value of a further column, or null when the project has none.</summary>
    /// <param name="column">The column name, such as <c>name</c>.</param>
    /// <returns>The value, or null.</returns>
    public string? Attribute(string column) => BudgetingElection.Find(Attributes, column);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Cost})";
}
