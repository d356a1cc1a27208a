using System.Globalization;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.EntityFrameworkCore.Import;

/// <summary>Why one row (or the header) of an imported file was not written.</summary>
/// <param name="Line">The line of the file, from 1 (the header is line 1); 0 for the file as a whole.</param>
/// <param name="Column">The column's name as the file spells it, or <see langword="null"/> when the whole row is at fault.</param>
/// <param name="Violation">The rule and the reason, in Persian and English.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ImportRowError(int Line, string? Column, RuleViolation Violation)
{
    /// <summary>The line, column, rule and English reason.</summary>
    /// <returns>Such as <c>line 4, column birth_date (import.not-a-date): day 30 does not exist; Esfand 1404 has 29 days</c>.</returns>
    public override string ToString()
    {
        var where = Line == 0 ? "file" : string.Create(CultureInfo.InvariantCulture, $"line {Line}");
        var column = Column is null ? string.Empty : $", column {Column}";
        return $"{where}{column} ({Violation.Rule}): {Violation.Message.English}";
    }
}
