using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ParticipatoryGovernance.TestSupport.Servers;

/// <summary>What the servers the tests start themselves have in common: a missing binary, a free port, running a tool.</summary>
public static class ServerProcess
{
    /// <summary>Whether the tests run in CI, where a missing server fails them instead of skipping them.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A reason to skip (outside CI) when the server is missing; throws under CI=true, which must run every test.</summary>
    public static string Missing(string reason) =>
        InCi ? throw new InvalidOperationException(reason + " CI=true: every test must run in CI, so a missing server fails it.") : reason;

    /// <summary>A port nothing listens on now, on 127.0.0.1.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Runs a tool to its end (90 s at most) and returns its output; throws with its output, and the server's log when
    /// given, when it fails.
    /// </summary>
    public static string Run(ProcessStartInfo start, string? logFile = null)
    {
        ArgumentNullException.ThrowIfNull(start);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{start.FileName} {start.Arguments} did not finish in 90 seconds.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{start.FileName} {start.Arguments} failed with exit code {process.ExitCode}:\n{output.Result}\n{error.Result}\n{(logFile is not null && File.Exists(logFile) ? File.ReadAllText(logFile) : string.Empty)}");
        }

        return output.Result;
    }
}
