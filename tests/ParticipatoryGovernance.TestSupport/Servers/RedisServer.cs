using System.Diagnostics;
using System.Net.Sockets;

namespace ParticipatoryGovernance.TestSupport.Servers;

/// <summary>
/// A throw-away Redis server for the demo's tests: redis-server on 127.0.0.1 at a free port, nothing saved to disk. A test
/// can <see cref="Stop"/> it (an outage) and <see cref="Start"/> it again on the same port (a restart, empty as after a crash).
/// </summary>
public sealed class RedisServer : IDisposable
{
    private readonly string _binary;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"redis-razordemo-tests-{Guid.NewGuid():N}");
    private Process? _process;

    private RedisServer(string binary)
    {
        _binary = binary;
        Port = ServerProcess.FreePort();
        Directory.CreateDirectory(_directory);
    }

    public int Port { get; }

    /// <summary>The configuration string StackExchange.Redis takes (<c>ConnectionStrings:Redis</c>).</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>Whether the server is running now.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>redis-server on the PATH or in /usr/bin, or null.</summary>
    public static string? FindBinary() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(':').Append("/usr/bin")
            .Select(d => Path.Combine(d, "redis-server"))
            .FirstOrDefault(File.Exists);

    /// <summary>Starts a server, or returns why it cannot run here (outside CI only; CI=true throws).</summary>
    public static RedisServer? TryStart(out string? skipReason)
    {
        var binary = FindBinary();
        if (binary is null)
        {
            skipReason = ServerProcess.Missing("Redis is not installed (no redis-server on the PATH; apt-get install redis-server).");
            return null;
        }

        skipReason = null;
        var server = new RedisServer(binary);
        server.Start();
        return server;
    }

    /// <summary>Starts the server on its port and waits until it answers.</summary>
    public void Start()
    {
        if (IsRunning)
        {
            return;
        }

        var start = new ProcessStartInfo(_binary, $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no --dir {_directory} --protected-mode no")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var waited = Stopwatch.StartNew();
        while (!Answers())
        {
            if (_process.HasExited || waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new InvalidOperationException($"redis-server did not start on port {Port}.");
            }

            Thread.Sleep(50);
        }
    }

    /// <summary>Kills the server at once, as a crash would, and waits until it is gone.</summary>
    public void Stop()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(TimeSpan.FromSeconds(30));
        }

        _process.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        Stop();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private bool Answers()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", Port);
            using var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            var read = stream.Read(buffer, 0, buffer.Length);
            return read > 0 && System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
