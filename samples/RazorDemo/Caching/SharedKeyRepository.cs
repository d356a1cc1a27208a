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
/// </summary>
public sealed class SharedKeyRepository(SharedRedis redis, string localDirectory, ILogger<SharedKeyRepository> logger) : IXmlRepository
{
    /// <summary>The Redis list holding the keys' XML, one element per item (as the framework's Redis repository keeps them).</summary>
    public static readonly RedisKey Key = "razordemo:data-protection-keys";

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
                var shared = database.ListRange(Key).Select(v => XElement.Parse((string)v!)).ToList();
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
                redis.Multiplexer.GetDatabase().ListRightPush(Key, Text(element));
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                redis.CountFailure("data-protection");
                ScaleOutLog.KeyKeptLocally(logger, exception);
            }
        }
    }

    private static string Text(XElement element) => element.ToString(SaveOptions.DisableFormatting);

    private static string FriendlyName(XElement element) =>
        element.Attribute("id")?.Value is { } id ? "key-" + id : "element-" + Guid.NewGuid().ToString("N");
}
