using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;

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
    private readonly bool _asPostgresUser = Environment.UserName == "root";

    public ReplicatedPostgres()
    {
        if (_binaries is null)
        {
            Missing = "PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin; set PG_BIN or apt-get install postgresql).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(Missing + " CI=true: the replica tests must run in CI.");
            }

            return;
        }

        Directory.CreateDirectory(_directory);
        if (_asPostgresUser)
        {
            Run("chown", $"postgres {_directory}", asPostgres: false);
        }

        PrimaryPort = FreePort();
        StandbyPort = FreePort();
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

    public int PrimaryPort { get; }

    public int StandbyPort { get; }

    public string Primary => Connection(PrimaryPort, "governance");

    public string Standby => Connection(StandbyPort, "governance");

    /// <summary>A connection string to a loopback port where nothing listens: a replica that is down.</summary>
    public static string Unreachable() => Connection(FreePort(), "governance");

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

    private void Tool(string tool, string arguments) => Run(Path.Combine(_binaries!, tool), arguments, _asPostgresUser);

    private static void Run(string executable, string arguments, bool asPostgres)
    {
        var start = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {executable} {arguments}")
            : new ProcessStartInfo(executable, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{executable} did not finish in 90 seconds.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{executable} {arguments} failed with exit code {process.ExitCode}:\n{output.Result}\n{error.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
