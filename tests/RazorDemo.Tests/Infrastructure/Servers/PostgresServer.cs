using System.Diagnostics;
using Npgsql;

namespace RazorDemo.Tests.Infrastructure.Servers;

/// <summary>
/// A throw-away PostgreSQL server for the demo's tests, as the storage tests start theirs: initdb into a directory under
/// /tmp, listening on 127.0.0.1 at a free port, trust authentication, stopped and deleted on disposal. As root, initdb
/// and pg_ctl run as the <c>postgres</c> user (PostgreSQL refuses to run as root).
/// </summary>
internal sealed class PostgresServer : IDisposable
{
    private readonly string _binaries;
    private readonly string _dataDirectory;
    private readonly bool _asPostgresUser = Environment.UserName == "root";

    private PostgresServer(string binaries)
    {
        _binaries = binaries;
        _dataDirectory = Path.Combine(Path.GetTempPath(), $"pg-razordemo-tests-{Guid.NewGuid():N}");
        Port = ServerProcess.FreePort();
    }

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

    /// <summary>Starts a server, or returns why it cannot run here (outside CI only; CI=true throws).</summary>
    public static PostgresServer? TryStart(out string? skipReason)
    {
        var binaries = FindBinaries();
        if (binaries is null)
        {
            skipReason = ServerProcess.Missing("PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin; set PG_BIN or apt-get install postgresql).");
            return null;
        }

        skipReason = null;
        var server = new PostgresServer(binaries);
        server.Run("initdb", $"-D {server._dataDirectory} -U postgres --auth=trust --encoding=UTF8 --locale=C --no-sync");
        server.Run("pg_ctl", $"-D {server._dataDirectory} -l {server._dataDirectory}/server.log -w -t 60 start -o \"-p {server.Port} -k {server._dataDirectory} -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=32MB -c fsync=off\"");
        return server;
    }

    /// <summary>A connection string for a database on this server.</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=60;Command Timeout=300";

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

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Run("pg_ctl", $"-D {_dataDirectory} -w -t 30 stop -m immediate");
        }
        finally
        {
            if (Directory.Exists(_dataDirectory))
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
        }
    }

    private void Run(string tool, string arguments)
    {
        var executable = Path.Combine(_binaries, tool);
        var start = _asPostgresUser
            ? new ProcessStartInfo("runuser", $"-u postgres -- {executable} {arguments}")
            : new ProcessStartInfo(executable, arguments);
        ServerProcess.Run(start, Path.Combine(_dataDirectory, "server.log"));
    }
}
