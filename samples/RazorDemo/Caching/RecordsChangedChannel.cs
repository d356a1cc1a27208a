using RazorDemo.Dashboard;
using StackExchange.Redis;

namespace RazorDemo.Caching;

/// <summary>
/// Tells the other web nodes that a command changed the records (issue #18), through Redis pub/sub, so that each drops its
/// kept counts (<see cref="RecordCounts"/>): a page view still reads its counts from the node's memory, and only a change
/// costs a message. A message lost while Redis is down is made up for when the connection returns (every count is dropped
/// then), and a count is kept for <see cref="RecordCounts.Lifetime"/> at most in any case. A singleton.
/// </summary>
public sealed class RecordsChangedChannel(SharedRedis redis, ILogger<RecordsChangedChannel> logger)
{
    /// <summary>The channel's name.</summary>
    public static readonly RedisChannel Channel = RedisChannel.Literal("razordemo:records-changed");

    /// <summary>This node's name in the messages, so that it ignores its own.</summary>
    public string Node { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Tells the other nodes; never throws, never waits for Redis.</summary>
    public void Publish()
    {
        try
        {
            redis.Multiplexer.GetSubscriber().Publish(Channel, Node, CommandFlags.FireAndForget);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            redis.CountFailure("records-changed");
            ScaleOutLog.ChangeNotSent(logger, exception);
        }
    }

    /// <summary>Listens for the other nodes' messages until the node stops, dropping <paramref name="counts"/>' kept counts on each.</summary>
    internal sealed class Listener(RecordsChangedChannel channel, SharedRedis redis, RecordCounts counts, ILogger<RecordsChangedChannel> logger) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            var multiplexer = redis.Multiplexer;

            // Messages sent while this node was cut off are lost: drop everything when the connection returns.
            multiplexer.ConnectionRestored += (_, e) =>
            {
                if (e.ConnectionType == ConnectionType.Subscription)
                {
                    counts.DropKept();
                }
            };
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await multiplexer.GetSubscriber().SubscribeAsync(Channel, (_, message) =>
                    {
                        if (message != channel.Node)
                        {
                            counts.DropKept();
                        }
                    });
                    return;
                }
                catch (Exception exception) when (exception is RedisException or TimeoutException)
                {
                    redis.CountFailure("records-changed");
                    ScaleOutLog.CannotListen(logger, exception);
                    await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                }
            }
        }
    }
}
