namespace ParticipatoryGovernance.Packaging.Tests;

/// <summary>The folder that holds ParticipatoryGovernance.slnx, found upwards from the test binaries.</summary>
internal static class Repository
{
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ParticipatoryGovernance.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
