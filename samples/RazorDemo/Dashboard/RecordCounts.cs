using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace RazorDemo.Dashboard;

/// <summary>
/// Counts taken from the city's records (the dashboard's figures, the ideas list's totals) kept in memory for
/// <see cref="Lifetime"/>, and the dashboard page cached with them (<see cref="DashboardPage"/>). When a page changes the
/// records it calls <see cref="RecordsChangedAsync"/>, which drops all of them at once, so that the next reader sees the
/// change. With several web nodes (<c>ConnectionStrings:Redis</c>) the other nodes are told through the
/// <paramref name="channel"/> and drop theirs (<see cref="DropKept"/>). A singleton; thread-safe.
/// </summary>
public sealed class RecordCounts(IMemoryCache cache, IOutputCacheStore outputCache, RazorDemo.Caching.RecordsChangedChannel? channel = null) : IDisposable
{
    /// <summary>How long a count (and the dashboard page showing it) is kept when nothing changes.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    // One request counts a figure while the others asking for it wait for its result, rather than every request that
    // finds it missing running the same queries at once (under load, hundreds would). One gate per key: the dashboard's
    // second-long count does not hold up a list's total.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _counting = new();

    private CancellationTokenSource _unchanged = new();

    private long _changes;

    /// <summary>How many times the records have changed (here or, with several nodes, on another) since the demo started.</summary>
    public long Changes => Interlocked.Read(ref _changes);

    /// <summary>
    /// The count kept under <paramref name="key"/>, or counts it now and keeps it for <see cref="Lifetime"/>. A count that
    /// was running while a page changed the records is returned to its reader but not kept, since it may predate the change.
    /// </summary>
    public async Task<T> GetOrCountAsync<T>(string key, Func<CancellationToken, Task<T>> count, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(key, out T? kept))
        {
            return kept!;
        }

        var gate = _counting.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cache.TryGetValue(key, out kept))
            {
                return kept!;
            }

            // Taken before counting: a change saved meanwhile cancels it, and the cache then drops (or never adds) the entry.
            var unchanged = new CancellationChangeToken(Volatile.Read(ref _unchanged).Token);
            var value = await count(cancellationToken);
            cache.Set(key, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }.AddExpirationToken(unchanged));
            return value;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// A page has saved a change to the records: every kept count is dropped and the cached dashboard pages are evicted.
    /// Call it after the change is saved.
    /// </summary>
    public async Task RecordsChangedAsync()
    {
        DropKept();
        channel?.Publish();

        // Not the request's token: once the change is saved, the stale page must go even if the reader has left. With
        // several nodes the store is shared, so this evicts every node's copy.
        await outputCache.EvictByTagAsync(DashboardPage.Tag, CancellationToken.None);
    }

    /// <summary>
    /// Drops every count this node keeps, and leaves unstored the pages being rendered now (<see cref="Changes"/> moves):
    /// this node or another changed the records.
    /// </summary>
    public void DropKept()
    {
        Interlocked.Increment(ref _changes);

        // Not disposed: a count starting now may still be reading its token, and a source without timers holds nothing
        // that the collector does not free.
        var changed = Interlocked.Exchange(ref _unchanged, new CancellationTokenSource());
        changed.Cancel();
    }

    /// <summary>Releases the current token's source when the demo stops.</summary>
    public void Dispose() => _unchanged.Dispose();
}
