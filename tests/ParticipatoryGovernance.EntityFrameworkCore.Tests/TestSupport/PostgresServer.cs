using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;

/// <summary>
/// A throw-away PostgreSQL server for one test run: initdb into a directory under /tmp, listening on 127.0.0.1 at a
/// free port, trust authentication, stopped and deleted at the end. As root, initdb and pg_ctl run as the
/// <c>postgres</c> user (PostgreSQL refuses to run as root).
/// </summary>
internal sealed class PostgresServer : IDisposable
{
    private readonly string _binaries;
    private readonly string _dataDirectory;
    private readonly bool _asPostgresUser;

    private PostgresServer(string binaries, string dataDirectory, int port, bool asPostgresUser)
    {
        _binaries = binaries;
        _dataDirectory = dataDirectory;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    /// <summary>A connection string for a database on this server.</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=120;Timeout=60;Command Timeout=120";

    /// <summary>The directory holding initdb and pg_ctl, or null when PostgreSQL is not installed.</summary>
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

    public static PostgresServer Start(string binaries)
    {
        var asPostgresUser = Environment.UserName == "root";
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"pg-governance-tests-{Guid.NewGuid():N}");
        var port = FreePort();
        var server = new PostgresServer(binaries, dataDirectory, port, asPostgresUser);
        server.Run("initdb", $"-D {dataDirectory} -U postgres --auth=trust --encoding=UTF8 --locale=C --no-sync");
        server.Run("pg_ctl", $"-D {dataDirectory} -l {dataDirectory}/server.log -w -t 60 start -o \"-p {port} -k {dataDirectory} -c listen_addresses=127.0.0.1 -c max_connections=1000 -c shared_buffers=32MB\"");
        return server;
    }

    public void Dispose()
    {
        try
        {
            Run("pg_ctl", $"-D {_dataDirectory} -w -t 30 stop -m fast");
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
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{tool} did not finish in 90 seconds.");
        }

        if (process.ExitCode != 0)
        {
            var log = Path.Combine(_dataDirectory, "server.log");
            throw new InvalidOperationException(
                $"{tool} {arguments} failed with exit code {process.ExitCode}:\n{output.Result}\n{error.Result}\n{(File.Exists(log) ? File.ReadAllText(log) : string.Empty)}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
