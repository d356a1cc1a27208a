using System.Diagnostics.Metrics;
using StackExchange.Redis;

namespace RazorDemo.Caching;

/// <summary>
/// The one connection to Redis that the web nodes share state through (<c>ConnectionStrings:Redis</c>, issue #18): the
/// data-protection keys (<see cref="SharedKeyRepository"/>), the output cache (<see cref="ResilientOutputCacheStore"/>)
/// and the kept counts' invalidation (<see cref="RecordsChangedChannel"/>). Connecting never fails the start: with Redis
/// down the multiplexer keeps reconnecting in the background, and commands fail at once rather than waiting in a queue,
/// so that a page never waits for Redis to return. A singleton.
/// </summary>
public sealed class SharedRedis : IDisposable
{
    /// <summary>The meter of the scale-out (failures of Redis calls, by what was shared).</summary>
    public static readonly Meter Meter = new("RazorDemo.ScaleOut");

    private static readonly Counter<long> FailureCounter = Meter.CreateCounter<long>("razordemo.redis.failures", description: "Redis calls that failed; the site served without the shared state.");

    private readonly Lazy<ConnectionMultiplexer> _multiplexer;
    private long _failures;

    /// <summary>Connects lazily to the Redis the configuration string names (StackExchange.Redis' format, <c>host:port,…</c>).</summary>
    public SharedRedis(string configuration, ILogger<SharedRedis> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 1000);
        options.SyncTimeout = Math.Min(options.SyncTimeout, 1000);
        options.ConnectRetry = 1;
        options.ReconnectRetryPolicy = new LinearRetry(500);
        options.ClientName ??= "razordemo-" + Environment.MachineName;
        _multiplexer = new Lazy<ConnectionMultiplexer>(() =>
        {
            var multiplexer = ConnectionMultiplexer.Connect(options);
            multiplexer.ConnectionFailed += (_, e) => ScaleOutLog.ConnectionLost(logger, e.Exception, e.FailureType);
            multiplexer.ConnectionRestored += (_, e) => ScaleOutLog.ConnectionRestored(logger, e.ConnectionType);
            return multiplexer;
        });
    }

    /// <summary>The connection, made on first use.</summary>
    public IConnectionMultiplexer Multiplexer => _multiplexer.Value;

    /// <summary>How many Redis calls have failed since the node started.</summary>
    public long Failures => Interlocked.Read(ref _failures);


    /// <summary>A Redis call failed: counted (<see cref="Failures"/> and the <c>razordemo.redis.failures</c> metric).</summary>
    public void CountFailure(string shared)
    {
        Interlocked.Increment(ref _failures);
        FailureCounter.Add(1, new KeyValuePair<string, object?>("shared", shared));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }
}
