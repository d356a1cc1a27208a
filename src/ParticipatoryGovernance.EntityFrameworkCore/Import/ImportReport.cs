using System.Globalization;
using System.Text;

namespace ParticipatoryGovernance.EntityFrameworkCore.Import;

/// <summary>What an import of one CSV file did: rows read, rows written, and every row that was not written and why.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ImportReport
{
    internal ImportReport(string file, ImportMode mode, int rowsRead, int rowsWritten, IReadOnlyList<ImportRowError> errors)
    {
        File = file;
        Mode = mode;
        RowsRead = rowsRead;
        RowsWritten = rowsWritten;
        Errors = errors;
    }

    /// <summary>Which file this was: <c>neighbourhoods</c>, <c>residents</c> or <c>councils</c>.</summary>
    public string File { get; }

    /// <summary>The mode the import ran in.</summary>
    public ImportMode Mode { get; }

    /// <summary>Data rows read, not counting the header and blank lines.</summary>
    public int RowsRead { get; }

    /// <summary>Rows written to the database; 0 when nothing was written.</summary>
    public int RowsWritten { get; }

    /// <summary>Every problem found, in file order; empty when the whole file was valid.</summary>
    public IReadOnlyList<ImportRowError> Errors { get; }

    /// <summary>Whether every row was valid and written.</summary>
    public bool IsComplete => Errors.Count == 0 && RowsWritten == RowsRead;

    /// <summary>A summary and one line per problem, in English.</summary>
    /// <returns>The report as text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{File}: {RowsWritten} of {RowsRead} rows written");
        foreach (var error in Errors)
        {
            text.AppendLine().Append(error);
        }

        return text.ToString();
    }
}
