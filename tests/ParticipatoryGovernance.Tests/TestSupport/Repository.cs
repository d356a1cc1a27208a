namespace ParticipatoryGovernance.Tests.TestSupport;

/// <summary>Files of the repository that tests read: the README, the docs.</summary>
internal static class Repository
{
    /// <summary>The folder that holds ParticipatoryGovernance.slnx, found upwards from the test binaries.</summary>
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ParticipatoryGovernance.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with ParticipatoryGovernance.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
