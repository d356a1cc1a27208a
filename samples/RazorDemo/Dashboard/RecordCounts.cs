using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace RazorDemo.Dashboard;

/// <summary>
/// Counts taken from the city's records (the dashboard's figures, the ideas list's totals) kept in memory for
/// <see cref="Lifetime"/>, and the dashboard page cached with them (<see cref="DashboardPage"/>). When a page changes the
/// records it calls <see cref="RecordsChangedAsync"/>, which drops all of them at once, so that the next reader sees the
/// change. With several web nodes (<c>ConnectionStrings:Redis</c>) the other nodes are told through the
/// <paramref name="channel"/> and drop theirs (<see cref="DropKept"/>). A singleton; thread-safe.
/// </summary>
public sealed partial class RecordCounts(
    IMemoryCache cache,
    IOutputCacheStore outputCache,
    RazorDemo.Caching.RecordsChangedChannel? channel = null,
    IServiceScopeFactory? scopes = null,
    IOptions<RecordCountsOptions>? options = null,
    ILogger<RecordCounts>? logger = null,
    IHttpContextAccessor? http = null) : IDisposable
{
    /// <summary>How long a count (and the dashboard page showing it) is kept when nothing changes.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a count is kept while this node cannot hear the other nodes' changes (several nodes, Redis down): long
    /// enough that a busy page is not counted on every request, short enough that another node's change shows soon.
    /// </summary>
    public static readonly TimeSpan DeafLifetime = TimeSpan.FromSeconds(5);

    // One request counts a figure while the others asking for it wait for its result, rather than every request that
    // finds it missing running the same queries at once (under load, hundreds would). One gate per key: the dashboard's
    // second-long count does not hold up a list's total.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _counting = new();

    // The figures refreshed in the background (GetOrRefreshAsync), one slot per key.
    private readonly ConcurrentDictionary<string, Refreshed> _refreshed = new();

    private readonly CancellationTokenSource _stopping = new();

    private CancellationTokenSource _unchanged = new();

    private long _changes;

    /// <summary>How many times the records have changed (here or, with several nodes, on another) since the demo started.</summary>
    public long Changes => Interlocked.Read(ref _changes);

    /// <summary>
    /// The count kept under <paramref name="key"/>, or counts it now and keeps it for <see cref="Lifetime"/>. A count that
    /// was running while a page changed the records is returned to its reader but not kept, since it may predate the change.
    /// While this node cannot hear the other nodes' changes (Redis down) a count is kept for <see cref="DeafLifetime"/> only.
    /// </summary>
    public async Task<T> GetOrCountAsync<T>(string key, Func<CancellationToken, Task<T>> count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(count);
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

            // A node that cannot hear the others' changes (Redis down) keeps a count only briefly, until it hears again.
            var lifetime = channel is { IsListening: false } ? DeafLifetime : Lifetime;
            cache.Set(key, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime }.AddExpirationToken(unchanged));
            return value;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The request item set when <see cref="GetOrRefreshAsync{T}"/> answered a reader with figures from before a change:
    /// the page shown is right for that reader, but is not stored in the output cache for the next.
    /// </summary>
    public const string StaleFiguresKey = "RecordCounts.StaleFigures";

    /// <summary>How long a reader waits for figures being recounted after a change before being given the previous ones.</summary>
    public TimeSpan FreshWait => options?.Value.FreshWait ?? RecordCountsOptions.DefaultFreshWait;

    /// <summary>
    /// Figures that are costly to count (the dashboard's: seconds under load) and harmless a moment late. Unlike
    /// <see cref="GetOrCountAsync{T}"/>, a change does not make every reader after it wait for a recount, which under a
    /// steady stream of writes (docs/scaling.md: the dashboard was recounted on nearly every request, p99 over 6 s) means
    /// counting all the time:
    /// <list type="bullet">
    /// <item>nothing kept yet: the reader counts (one count at a time per key) and waits for it;</item>
    /// <item>kept and no change since, and younger than <see cref="Lifetime"/>: returned at once;</item>
    /// <item>kept but a change came since (or it is old): one recount starts in the background, in a scope of its own, and
    /// the reader waits for it at most <see cref="FreshWait"/> (so on a quiet site a reader after a change sees it); if it
    /// takes longer, or fails (the database out of reach), the reader gets the kept figures. Readers arriving while it
    /// runs share it: at most one count per key at a time, however many changes and readers come.</item>
    /// </list>
    /// A reader given the figures from before gets a page that is not stored in the output cache
    /// (<see cref="StaleFiguresKey"/>); when a recount replaces kept figures, the cached pages tagged
    /// <paramref name="evictTag"/> are evicted once more.
    /// </summary>
    /// <param name="key">What is counted (include the city).</param>
    /// <param name="count">Counts, with the services of a scope of its own (it outlives the request that started it).</param>
    /// <param name="evictTag">The output-cache tag of the pages showing the figures, or null.</param>
    /// <param name="cancellationToken">The reader's; cancels the wait, never the count.</param>
    public async Task<T> GetOrRefreshAsync<T>(string key, Func<IServiceProvider, CancellationToken, Task<T>> count, string? evictTag, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(count);
        var slot = _refreshed.GetOrAdd(key, _ => new Refreshed());
        Task<T> running;
        T? kept;
        lock (slot)
        {
            kept = slot.Value as T;
            var lifetime = channel is { IsListening: false } ? DeafLifetime : Lifetime;
            if (kept is not null && slot.Generation == Changes && Environment.TickCount64 - slot.CountedAt < lifetime.TotalMilliseconds)
            {
                return kept;
            }

            slot.Running ??= RefreshAsync(slot, count, replacing: kept is not null, evictTag);
            running = (Task<T>)slot.Running;
        }

        if (kept is null)
        {
            return await running.WaitAsync(cancellationToken);
        }

        try
        {
            return await running.WaitAsync(FreshWait, cancellationToken);
        }
        catch (Exception exception) when (exception is TimeoutException || (exception is not OperationCanceledException && !running.IsCompletedSuccessfully))
        {
            // Still counting, or the count failed (logged by RefreshAsync): the figures from before, on a page not to be stored.
            if (http?.HttpContext is { } context)
            {
                context.Items[StaleFiguresKey] = true;
            }

            return kept;
        }
    }

    private Task<T> RefreshAsync<T>(Refreshed slot, Func<IServiceProvider, CancellationToken, Task<T>> count, bool replacing, string? evictTag)
        where T : class
    {
        var scopeFactory = scopes ?? throw new InvalidOperationException("GetOrRefreshAsync needs the service scope factory: resolve RecordCounts from the container.");
        var generation = Changes;
        return Task.Run(async () =>
        {
            try
            {
                T value;
                await using (var scope = scopeFactory.CreateAsyncScope())
                {
                    value = await count(scope.ServiceProvider, _stopping.Token);
                }

                lock (slot)
                {
                    slot.Value = value;
                    slot.Generation = generation;
                    slot.CountedAt = Environment.TickCount64;
                    slot.Running = null;
                }

                if (replacing && evictTag is not null)
                {
                    // Pages stored since the change showed the figures then current; the readers served the figures from
                    // before had their pages left unstored. Evicting once more covers a node that missed the change's
                    // eviction (Redis down meanwhile).
                    await outputCache.EvictByTagAsync(evictTag, CancellationToken.None);
                }

                return value;
            }
            catch (Exception exception)
            {
                lock (slot)
                {
                    slot.Running = null;
                }

                if (replacing && logger is not null)
                {
                    RecountFailed(logger, exception);
                }

                throw;
            }
        });
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

    /// <summary>Stops background recounts and releases the current token's source when the demo stops.</summary>
    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _unchanged.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recounting kept figures failed; readers keep the figures from before")]
    private static partial void RecountFailed(ILogger logger, Exception exception);

    private sealed class Refreshed
    {
        public object? Value;
        public long Generation;
        public long CountedAt;
        public Task? Running;
    }
}

/// <summary>Settings of <see cref="RecordCounts"/> (configuration section <c>Demo:Counts</c>).</summary>
public sealed class RecordCountsOptions
{
    /// <summary>The default of <see cref="FreshWait"/>.</summary>
    public static readonly TimeSpan DefaultFreshWait = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a reader after a change waits for the figures being recounted before being given the previous ones
    /// (<see cref="RecordCounts.GetOrRefreshAsync{T}"/>).
    /// </summary>
    public TimeSpan FreshWait { get; set; } = DefaultFreshWait;
}
