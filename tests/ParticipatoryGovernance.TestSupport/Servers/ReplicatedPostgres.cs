using System.Diagnostics;
using Npgsql;

namespace ParticipatoryGovernance.TestSupport.Servers;

/// <summary>
/// A PostgreSQL primary and a streaming standby for the replica tests, as eng/pg-replica.sh starts them: initdb with
/// replica-level WAL, pg_basebackup -R for the standby, both on 127.0.0.1 at free ports, trust authentication, stopped and
/// deleted at the end. As root the tools run as the <c>postgres</c> user. Without PostgreSQL the tests skip, except under
/// CI=true, where starting fails.
/// </summary>
public sealed class ReplicatedPostgres : IDisposable
{
    private readonly string? _binaries = PostgresServer.FindBinaries();
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"pg-replica-tests-{Guid.NewGuid():N}");

    /// <summary>Starts the primary and the standby, with a database <c>governance</c>.</summary>
    public ReplicatedPostgres()
    {
        if (_binaries is null)
        {
            Missing = ServerProcess.Missing(PostgresServer.NotInstalled);
            return;
        }

        Directory.CreateDirectory(_directory);
        if (Environment.UserName == "root")
        {
            ServerProcess.Run(new ProcessStartInfo("chown", $"postgres {_directory}"));
        }

        PrimaryPort = ServerProcess.FreePort();
        StandbyPort = ServerProcess.FreePort();
        try
        {
            var primary = Path.Combine(_directory, "primary");
            var standby = Path.Combine(_directory, "standby");
            // A standby needs max_connections at least the primary's.
            const string settings = "-c listen_addresses=127.0.0.1 -c max_connections=200";
            Tool("initdb", $"-D {primary} -U postgres --auth=trust --encoding=UTF8 --locale=C --no-sync");
            Tool("pg_ctl", $"-D {primary} -l {_directory}/primary.log -w -t 60 start -o \"-p {PrimaryPort} -k {_directory} {settings} -c wal_level=replica -c max_wal_senders=4\"");
            Tool("pg_basebackup", $"-h 127.0.0.1 -p {PrimaryPort} -U postgres -D {standby} -R -X stream -c fast");
            Tool("pg_ctl", $"-D {standby} -l {_directory}/standby.log -w -t 60 start -o \"-p {StandbyPort} -k {_directory} {settings} -c hot_standby=on\"");
            using var admin = new NpgsqlConnection(Connection(PrimaryPort, "postgres"));
            admin.Open();
            using var create = new NpgsqlCommand("CREATE DATABASE governance", admin);
            create.ExecuteNonQuery();
        }
        catch (Exception exception)
        {
            var logs = string.Join("\n", new[] { "primary.log", "standby.log" }.Select(f => Path.Combine(_directory, f)).Where(File.Exists).Select(File.ReadAllText));
            Dispose();
            throw new InvalidOperationException("The primary and standby did not start:\n" + logs, exception);
        }
    }

    /// <summary>Why the tests cannot run here, or null.</summary>
    public string? Missing { get; }

    /// <summary>The primary's port on 127.0.0.1.</summary>
    public int PrimaryPort { get; }

    /// <summary>The standby's port on 127.0.0.1.</summary>
    public int StandbyPort { get; }

    /// <summary>A connection string for the <c>governance</c> database on the primary.</summary>
    public string Primary => Connection(PrimaryPort, "governance");

    /// <summary>A connection string for the <c>governance</c> database on the standby.</summary>
    public string Standby => Connection(StandbyPort, "governance");

    /// <summary>A connection string to a loopback port where nothing listens: a replica that is down.</summary>
    public static string Unreachable() => Connection(ServerProcess.FreePort(), "governance");

    /// <summary>Stops both servers at once and deletes their data.</summary>
    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        if (_binaries is null)
        {
            return;
        }

        foreach (var server in new[] { "standby", "primary" })
        {
            try
            {
                Tool("pg_ctl", $"-D {Path.Combine(_directory, server)} -w -t 30 stop -m immediate");
            }
            catch (InvalidOperationException)
            {
                // Not running (stopped already, or never started).
            }
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static string Connection(int port, string database) =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database={database};Timeout=5";

    private void Tool(string tool, string arguments) => PostgresServer.RunTool(_binaries!, tool, arguments);
}
