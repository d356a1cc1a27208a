namespace ParticipatoryGovernance.OpenData;

/// <summary>
/// One open-data set as a table: named columns and rows of plain values (text, whole numbers, true/false, or
/// <see langword="null"/> for no value), ready to be written as CSV or JSON. Built by <see cref="OpenDataSets"/>, which
/// decides what may be published.
/// </summary>
/// <remarks>Immutable once built; thread-safe to read.</remarks>
public sealed class OpenDataTable
{
    internal OpenDataTable(string name, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        Name = name;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The set's name, such as <c>ideas</c>; a file name for it, without extension.</summary>
    public string Name { get; }

    /// <summary>The column names, snake_case English, in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The rows; each has one value per column: a <see cref="string"/>, <see cref="int"/>, <see cref="bool"/> or <see langword="null"/>.</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }

    /// <summary>The values of one column, in row order.</summary>
    /// <param name="column">The column's name.</param>
    /// <returns>The values.</returns>
    /// <exception cref="ArgumentException">The table has no such column.</exception>
    public IEnumerable<object?> ValuesOf(string column)
    {
        var index = Columns.ToList().IndexOf(column);
        return index < 0
            ? throw new ArgumentException($"The table '{Name}' has no column '{column}'.", nameof(column))
            : Rows.Select(r => r[index]);
    }
}
