using System.Diagnostics;
using Npgsql;

namespace ParticipatoryGovernance.TestSupport.Servers;

/// <summary>
/// A throw-away PostgreSQL server for a test run: initdb into a directory under /tmp, listening on 127.0.0.1 at a free
/// port, trust authentication, stopped and deleted on disposal. As root, initdb and pg_ctl run as the <c>postgres</c>
/// user (PostgreSQL refuses to run as root).
/// </summary>
public sealed class PostgresServer : IDisposable
{
    /// <summary>Why the PostgreSQL tests cannot run here.</summary>
    public const string NotInstalled = "PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin; set PG_BIN or apt-get install postgresql).";

    private readonly string _binaries;
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"pg-tests-{Guid.NewGuid():N}");
    private readonly string _connectionOptions;

    private PostgresServer(string binaries, string connectionOptions)
    {
        _binaries = binaries;
        _connectionOptions = connectionOptions;
        Port = ServerProcess.FreePort();
    }

    /// <summary>The port the server listens on, on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The directory holding initdb and pg_ctl (PG_BIN, else the newest under /usr/lib/postgresql), or null.</summary>
    public static string? FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;
        }

        const string root = "/usr/lib/postgresql";
        return Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
    }

    /// <summary>
    /// Starts a server, or returns why it cannot run here (outside CI only; CI=true throws).
    /// <paramref name="fsync"/> false trades crash safety, which a throw-away server does not need, for speed;
    /// <paramref name="connectionOptions"/> end every connection string.
    /// </summary>
    public static PostgresServer? TryStart(out string? skipReason, int maxConnections = 300, bool fsync = false, string connectionOptions = "Timeout=60;Command Timeout=300")
    {
        var binaries = FindBinaries();
        if (binaries is null)
        {
            skipReason = ServerProcess.Missing(NotInstalled);
            return null;
        }

        skipReason = null;
        var server = new PostgresServer(binaries, connectionOptions);
        var data = server._dataDirectory;
        server.Tool("initdb", $"-D {data} -U postgres --auth=trust --encoding=UTF8 --locale=C --no-sync");
        server.Tool("pg_ctl", $"-D {data} -l {data}/server.log -w -t 60 start -o \"-p {server.Port} -k {data} -c listen_addresses=127.0.0.1 -c max_connections={maxConnections} -c shared_buffers=32MB{(fsync ? string.Empty : " -c fsync=off")}\"");
        return server;
    }

    /// <summary>Runs one of PostgreSQL's tools from <paramref name="binaries"/>, as the <c>postgres</c> user when the tests run as root.</summary>
    public static string RunTool(string binaries, string tool, string arguments, string? logFile = null)
    {
        var executable = Path.Combine(binaries, tool);
        var start = Environment.UserName == "root"
            ? new ProcessStartInfo("runuser", $"-u postgres -- {executable} {arguments}")
            : new ProcessStartInfo(executable, arguments);
        return ServerProcess.Run(start, logFile);
    }

    /// <summary>A connection string for a database on this server.</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};{_connectionOptions}";

    /// <summary>Creates an empty database (no tables) and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using (var admin = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    /// <summary>Stops the server at once and deletes its data.</summary>
    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Tool("pg_ctl", $"-D {_dataDirectory} -w -t 30 stop -m immediate");
        }
        finally
        {
            if (Directory.Exists(_dataDirectory))
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
        }
    }

    private void Tool(string tool, string arguments) => RunTool(_binaries, tool, arguments, Path.Combine(_dataDirectory, "server.log"));
}
