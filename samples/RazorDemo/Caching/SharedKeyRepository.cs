using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using StackExchange.Redis;

namespace RazorDemo.Caching;

/// <summary>
/// The data-protection key ring shared by the web nodes through Redis (issue #18), with a copy in a local folder: a cookie,
/// antiforgery token or temp-data notice protected by one node is read by another, and the keys stay readable when Redis is
/// down. Reading merges both: keys only Redis has are copied to the folder, keys only the folder has (made during an
/// outage) are pushed to Redis. Storing writes both, the folder first. The data-protection system keeps the key ring in
/// memory and rereads it rarely (and when it meets a key it does not know), so Redis is not on a page's path.
/// <para>
/// The first key is made by one node only. Nodes that start together against an empty ring would otherwise each make a
/// key and keep only their own in memory: after the framework's short window for rereading the ring on an unknown key,
/// a cookie one node protected is refused by the other (a signed-in reader appears signed out). So a node that finds no
/// key anywhere takes a Redis lock before reporting the ring empty (the framework then makes the key and
/// <see cref="StoreElement"/> releases the lock); the other nodes wait for that key and use it.
/// </para>
/// </summary>
public sealed class SharedKeyRepository(SharedRedis redis, string localDirectory, ILogger<SharedKeyRepository> logger) : IXmlRepository
{
    /// <summary>The Redis list holding the keys' XML, one element per item (as the framework's Redis repository keeps them).</summary>
    public static readonly RedisKey Key = "razordemo:data-protection-keys";

    /// <summary>The lock a node holds while it makes the ring's first key.</summary>
    public static readonly RedisKey FirstKeyLock = "razordemo:data-protection-keys:first";

    /// <summary>How long the first-key lock lasts if its node dies before storing the key; others wait that long at most.</summary>
    public static readonly TimeSpan FirstKeyLockLifetime = TimeSpan.FromSeconds(30);

    private readonly string _lockToken = Guid.NewGuid().ToString("N");
    private bool _holdsFirstKeyLock;

    private readonly FileSystemXmlRepository _local = new(new DirectoryInfo(localDirectory), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_gate)
        {
            var local = _local.GetAllElements().ToList();
            try
            {
                var database = redis.Multiplexer.GetDatabase();
                var shared = Shared(database);
                if (shared.Count == 0 && local.Count == 0)
                {
                    shared = FirstKeyOrLock(database);
                }

                var sharedTexts = shared.Select(Text).ToHashSet(StringComparer.Ordinal);
                var localTexts = local.Select(Text).ToHashSet(StringComparer.Ordinal);
                foreach (var element in shared.Where(e => !localTexts.Contains(Text(e))))
                {
                    _local.StoreElement(element, FriendlyName(element));
                }

                foreach (var element in local.Where(e => !sharedTexts.Contains(Text(e))))
                {
                    database.ListRightPush(Key, Text(element));
                }

                return shared.Concat(local.Where(e => !sharedTexts.Contains(Text(e)))).ToList();
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                redis.CountFailure("data-protection");
                ScaleOutLog.KeysReadLocally(logger, exception, local.Count);
                return local;
            }
        }
    }

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        lock (_gate)
        {
            _local.StoreElement(element, friendlyName);
            try
            {
                var database = redis.Multiplexer.GetDatabase();
                database.ListRightPush(Key, Text(element));
                if (_holdsFirstKeyLock)
                {
                    _holdsFirstKeyLock = false;
                    database.LockRelease(FirstKeyLock, _lockToken);
                }
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                redis.CountFailure("data-protection");
                ScaleOutLog.KeyKeptLocally(logger, exception);
            }
        }
    }

    private static List<XElement> Shared(IDatabase database) => database.ListRange(Key).Select(v => XElement.Parse((string)v!)).ToList();

    /// <summary>
    /// The ring is empty everywhere: either this node takes the lock and reports it empty (so that it makes the first key),
    /// or another node holds it and this one waits for that node's key. If the lock's holder dies, the lock expires and
    /// this node takes it.
    /// </summary>
    private List<XElement> FirstKeyOrLock(IDatabase database)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < FirstKeyLockLifetime + FirstKeyLockLifetime)
        {
            if (_holdsFirstKeyLock || database.LockTake(FirstKeyLock, _lockToken, FirstKeyLockLifetime))
            {
                _holdsFirstKeyLock = true;

                // Another node may have stored its key between the first read and the lock.
                var shared = Shared(database);
                if (shared.Count > 0)
                {
                    _holdsFirstKeyLock = false;
                    database.LockRelease(FirstKeyLock, _lockToken);
                }

                return shared;
            }

            var made = Shared(database);
            if (made.Count > 0)
            {
                return made;
            }

            Thread.Sleep(100);
        }

        return Shared(database);
    }

    private static string Text(XElement element) => element.ToString(SaveOptions.DisableFormatting);

    private static string FriendlyName(XElement element) =>
        element.Attribute("id")?.Value is { } id ? "key-" + id : "element-" + Guid.NewGuid().ToString("N");
}
