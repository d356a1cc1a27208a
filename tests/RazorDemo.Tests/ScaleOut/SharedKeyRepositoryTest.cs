using System.Xml.Linq;
using Microsoft.Extensions.Logging.Abstractions;
using ParticipatoryGovernance.TestSupport.Servers;
using RazorDemo.Caching;
using StackExchange.Redis;

namespace RazorDemo.Tests.ScaleOut;

/// <summary>
/// The data-protection ring's first key is made by one node (CI found the race: two nodes started together each made a
/// key, and minutes later one node refused the other's sign-in cookie). Over a real Redis, with each node's own folder.
/// </summary>
public sealed class SharedKeyRepositoryTest : IDisposable
{
    private readonly RedisServer? _redis;
    private readonly string? _skipReason;
    private readonly List<string> _directories = [];
    private readonly List<SharedRedis> _connections = [];

    public SharedKeyRepositoryTest()
    {
        _redis = RedisServer.TryStart(out _skipReason);
    }

    private SharedKeyRepository Node()
    {
        var directory = Path.Combine(Path.GetTempPath(), "shared-keys-test-" + Guid.NewGuid().ToString("N"));
        _directories.Add(directory);
        var redis = new SharedRedis(_redis!.ConnectionString, NullLogger<SharedRedis>.Instance);
        _connections.Add(redis);

        // Connected before the node reads: a node that cannot reach Redis reads its own folder (another test's case).
        var connecting = System.Diagnostics.Stopwatch.StartNew();
        while (!redis.Multiplexer.IsConnected && connecting.Elapsed < TimeSpan.FromSeconds(30))
        {
            Thread.Sleep(50);
        }

        redis.Multiplexer.IsConnected.Should().BeTrue("the test's Redis answers");
        return new SharedKeyRepository(redis, directory, NullLogger<SharedKeyRepository>.Instance);
    }

    private static XElement Key(string id) => new("key", new XAttribute("id", id), new XElement("creationDate", "2026-12-08T00:00:00Z"));

    [SkippableFact]
    public async Task TwoNodesFindingNoKey_OnlyOneMakesIt_TheOtherWaitsAndReadsThatKey()
    {
        Skip.If(_skipReason is not null, _skipReason);
        var a = Node();
        var b = Node();

        a.GetAllElements().Should().BeEmpty("the first node to look finds no key and is the one to make it");
        var bReads = Task.Run(b.GetAllElements);
        await Task.Delay(500);
        bReads.IsCompleted.Should().BeFalse("the second node waits for the first node's key rather than making its own");

        a.StoreElement(Key("first"), "key-first");

        var read = await bReads.WaitAsync(TimeSpan.FromSeconds(10));
        read.Select(e => e.Attribute("id")!.Value).Should().Equal("first");
        _connections[1].Multiplexer.GetDatabase().ListLength(SharedKeyRepository.Key).Should().Be(1, "one key in the shared ring");
        _connections[1].Multiplexer.GetDatabase().KeyExists(SharedKeyRepository.FirstKeyLock).Should().BeFalse("the lock is released once the key is stored");
    }

    [SkippableFact]
    public void ANodeThatFindsAKey_TakesNoLock()
    {
        Skip.If(_skipReason is not null, _skipReason);
        var a = Node();
        a.GetAllElements().Should().BeEmpty();
        a.StoreElement(Key("first"), "key-first");

        var b = Node();
        b.GetAllElements().Select(e => e.Attribute("id")!.Value).Should().Equal("first");
        var database = _connections[1].Multiplexer.GetDatabase();
        database.KeyExists(SharedKeyRepository.FirstKeyLock).Should().BeFalse();
        database.ListLength(SharedKeyRepository.Key).Should().Be(1);
    }

    public void Dispose()
    {
        foreach (var connection in _connections)
        {
            connection.Dispose();
        }

        _redis?.Dispose();
        foreach (var directory in _directories.Where(Directory.Exists))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
