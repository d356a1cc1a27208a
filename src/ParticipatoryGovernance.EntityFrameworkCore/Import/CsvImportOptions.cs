namespace ParticipatoryGovernance.EntityFrameworkCore.Import;

/// <summary>Settings for <see cref="CityDataImporter"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CsvImportOptions
{
    /// <summary>The defaults: <see cref="ImportMode.WholeFile"/>.</summary>
    public static CsvImportOptions Default { get; } = new();

    /// <summary>
    /// What is written when some rows are bad. Default <see cref="ImportMode.WholeFile"/>: nothing unless the whole file
    /// is valid. A file that cannot be read at all (empty, a wrong or missing column) is never written in either mode.
    /// </summary>
    public ImportMode Mode { get; init; } = ImportMode.WholeFile;
}
