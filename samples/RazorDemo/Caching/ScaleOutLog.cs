using StackExchange.Redis;

namespace RazorDemo.Caching;

/// <summary>What the scale-out writes to the log: Redis lost and found, and what the site did meanwhile.</summary>
internal static partial class ScaleOutLog
{
    [LoggerMessage(EventId = 1801, Level = LogLevel.Warning, Message = "Redis connection lost ({FailureType}): the site serves without the shared cache until it returns.")]
    public static partial void ConnectionLost(ILogger logger, Exception? exception, ConnectionFailureType failureType);

    [LoggerMessage(EventId = 1802, Level = LogLevel.Information, Message = "Redis connection restored ({ConnectionType}).")]
    public static partial void ConnectionRestored(ILogger logger, ConnectionType connectionType);

    [LoggerMessage(EventId = 1803, Level = LogLevel.Warning, Message = "The shared output cache (Redis) failed: pages are served uncached for at least {Seconds} s, and evictions are kept until it returns.")]
    public static partial void OutputCacheOpened(ILogger logger, Exception exception, double seconds);

    [LoggerMessage(EventId = 1804, Level = LogLevel.Information, Message = "The shared output cache (Redis) answers again: pages are cached again.")]
    public static partial void OutputCacheClosed(ILogger logger);

    [LoggerMessage(EventId = 1805, Level = LogLevel.Warning, Message = "The shared data-protection keys (Redis) could not be read: the node uses its local copy ({Count} elements).")]
    public static partial void KeysReadLocally(ILogger logger, Exception exception, int count);

    [LoggerMessage(EventId = 1806, Level = LogLevel.Warning, Message = "A new data-protection key could not be shared through Redis: it is kept locally and shared when Redis returns.")]
    public static partial void KeyKeptLocally(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1807, Level = LogLevel.Debug, Message = "The records-changed message could not be sent: the other nodes' counts expire on their own.")]
    public static partial void ChangeNotSent(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1808, Level = LogLevel.Warning, Message = "Cannot listen for the other nodes' changes yet (Redis down); retrying.")]
    public static partial void CannotListen(ILogger logger, Exception exception);
}
