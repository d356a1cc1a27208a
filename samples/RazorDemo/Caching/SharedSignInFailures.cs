using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace RazorDemo.Caching;

/// <summary>
/// The sign-in failures of emails that have no account, counted in Redis so that every web node sees the same count and
/// the same lock (issue #18): five failures spread over several nodes lock the email on all of them, as Identity's count
/// in the shared database locks an account that exists, so the lock says nothing about which emails have accounts.
/// Behind a circuit breaker like the output cache's (<see cref="ResilientOutputCacheStore"/>): while Redis is down every
/// call answers null at once and the caller counts in the node's memory; after <see cref="BreakDuration"/> it tries again.
/// A singleton, registered with <c>ConnectionStrings:Redis</c> (DemoScaleOut).
/// </summary>
public sealed partial class SharedSignInFailures(SharedRedis redis, ILogger<SharedSignInFailures> logger)
{
    /// <summary>How long the breaker stays open after a failure.</summary>
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(5);

    /// <summary>How long a failure is remembered when no more follow (as the node's own count's sliding hour).</summary>
    public static readonly TimeSpan FailureMemory = TimeSpan.FromHours(1);

    // KEYS[1] the failures, KEYS[2] the lock; ARGV[1] the failures that lock, ARGV[2] the failures' memory and ARGV[3]
    // the lock's duration (ms). One script: the count, the lock and its expiry change together, whichever node asks.
    private const string FailScript = """
        if redis.call('EXISTS', KEYS[2]) == 1 then return 1 end
        local failures = redis.call('INCR', KEYS[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        if failures >= tonumber(ARGV[1]) then
          redis.call('DEL', KEYS[1])
          redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
          return 1
        end
        return 0
        """;

    private long _openUntil;
    private int _open;

    /// <summary>Whether the breaker is open now (Redis failed less than <see cref="BreakDuration"/> ago).</summary>
    public bool IsOpen => Environment.TickCount64 < Interlocked.Read(ref _openUntil);

    /// <summary>Whether the email is locked on every node; null when Redis cannot say (the caller asks its memory).</summary>
    public async Task<bool?> IsLockedAsync(string email)
    {
        if (IsOpen)
        {
            return null;
        }

        try
        {
            var locked = await redis.Multiplexer.GetDatabase().KeyExistsAsync(Key(email, "locked"));
            Closed();
            return locked;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            Opened(exception);
            return null;
        }
    }

    /// <summary>
    /// Counts a failure for the email on every node; true when the email is locked (by this failure or before), false when
    /// not yet, null when Redis cannot count it (the caller counts in its memory).
    /// </summary>
    public async Task<bool?> FailedAsync(string email, int maximumFailures, TimeSpan lockout)
    {
        if (IsOpen)
        {
            return null;
        }

        try
        {
            var result = await redis.Multiplexer.GetDatabase().ScriptEvaluateAsync(
                FailScript,
                [Key(email, "failures"), Key(email, "locked")],
                [maximumFailures, (long)FailureMemory.TotalMilliseconds, (long)lockout.TotalMilliseconds]);
            Closed();
            return (int)result == 1;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            Opened(exception);
            return null;
        }
    }

    /// <summary>
    /// The key of an email's count or lock: a hash of the email as Identity normalises it, so that Redis keeps no email
    /// address and a typed one of any length makes a key of one size; both keys in one hash slot (the braces), for the script.
    /// </summary>
    private static RedisKey Key(string email, string what)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())));
        return $"razordemo:sign-in:{{{hash}}}:{what}";
    }

    private void Opened(Exception exception)
    {
        redis.CountFailure("sign-in-failures");
        Interlocked.Exchange(ref _openUntil, Environment.TickCount64 + (long)BreakDuration.TotalMilliseconds);
        if (Interlocked.Exchange(ref _open, 1) == 0)
        {
            LogOpened(logger, exception, BreakDuration.TotalSeconds);
        }
    }

    private void Closed()
    {
        if (Volatile.Read(ref _open) == 1 && Interlocked.Exchange(ref _open, 0) == 1)
        {
            LogClosed(logger);
        }
    }

    [LoggerMessage(EventId = 1820, Level = LogLevel.Warning, Message = "The shared sign-in failures (Redis) failed: each node counts failed sign-ins of unknown emails in its own memory for at least {Seconds} s.")]
    private static partial void LogOpened(ILogger logger, Exception exception, double seconds);

    [LoggerMessage(EventId = 1821, Level = LogLevel.Information, Message = "The shared sign-in failures (Redis) answer again: failed sign-ins are counted for every node.")]
    private static partial void LogClosed(ILogger logger);
}
