namespace ParticipatoryGovernance.EntityFrameworkCore.Import;

/// <summary>What an import writes when some rows of a file are bad.</summary>
public enum ImportMode
{
    /// <summary>Nothing, unless every row is valid: the whole file is written in one transaction or not at all. The default.</summary>
    WholeFile = 1,

    /// <summary>The valid rows, in one transaction, with a report of the rows left out and why.</summary>
    ValidRows = 2,
}
