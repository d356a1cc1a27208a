using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;

namespace RazorDemo.Caching;

/// <summary>
/// The output cache's store in Redis, shared by the web nodes, that never takes the site down (issue #18): a failed call is
/// counted and logged, and for <see cref="BreakDuration"/> afterwards the store is not asked at all (a short circuit
/// breaker), so pages are rendered uncached rather than waiting for Redis or failing. An eviction that could not be sent is
/// kept and sent before the store is used again, so that a page changed during the outage is never served stale once
/// Redis returns. A singleton.
/// </summary>
public sealed class ResilientOutputCacheStore(IOutputCacheStore inner, SharedRedis redis, ILogger<ResilientOutputCacheStore> logger) : IOutputCacheBufferStore
{
    /// <summary>How long the store is left alone after a failure before it is tried again.</summary>
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, byte> _unsentEvictions = new(StringComparer.Ordinal);
    private long _openUntil;
    private int _open;

    /// <summary>Whether the breaker is open now: the store is skipped.</summary>
    public bool IsOpen => Environment.TickCount64 < Interlocked.Read(ref _openUntil);

    /// <inheritdoc />
    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        if (!await ReadyAsync(cancellationToken))
        {
            _unsentEvictions.TryAdd(tag, 0);
            return;
        }

        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
            Closed();
        }
        catch (Exception exception) when (IsFailure(exception, cancellationToken))
        {
            _unsentEvictions.TryAdd(tag, 0);
            Opened(exception);
        }
    }

    /// <inheritdoc />
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (!await ReadyAsync(cancellationToken))
        {
            return null;
        }

        try
        {
            var value = await inner.GetAsync(key, cancellationToken);
            Closed();
            return value;
        }
        catch (Exception exception) when (IsFailure(exception, cancellationToken))
        {
            Opened(exception);
            return null;
        }
    }

    /// <inheritdoc />
    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (!await ReadyAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
            Closed();
        }
        catch (Exception exception) when (IsFailure(exception, cancellationToken))
        {
            Opened(exception);
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        if (inner is not IOutputCacheBufferStore buffers)
        {
            var value = await GetAsync(key, cancellationToken);
            if (value is null)
            {
                return false;
            }

            await destination.WriteAsync(value, cancellationToken);
            return true;
        }

        if (!await ReadyAsync(cancellationToken))
        {
            return false;
        }

        try
        {
            var found = await buffers.TryGetAsync(key, destination, cancellationToken);
            Closed();
            return found;
        }
        catch (Exception exception) when (IsFailure(exception, cancellationToken))
        {
            Opened(exception);
            return false;
        }
    }

    /// <inheritdoc />
    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (inner is not IOutputCacheBufferStore buffers)
        {
            await SetAsync(key, value.ToArray(), tags.IsEmpty ? null : tags.ToArray(), validFor, cancellationToken);
            return;
        }

        if (!await ReadyAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await buffers.SetAsync(key, value, tags, validFor, cancellationToken);
            Closed();
        }
        catch (Exception exception) when (IsFailure(exception, cancellationToken))
        {
            Opened(exception);
        }
    }

    private static bool IsFailure(Exception exception, CancellationToken cancellationToken) =>
        !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested);

    /// <summary>Whether the store may be used now: the breaker is closed and the evictions missed during an outage are sent.</summary>
    private async ValueTask<bool> ReadyAsync(CancellationToken cancellationToken)
    {
        if (IsOpen)
        {
            return false;
        }

        foreach (var tag in _unsentEvictions.Keys)
        {
            try
            {
                // Not the request's token: the eviction is owed whoever asked.
                await inner.EvictByTagAsync(tag, CancellationToken.None);
                _unsentEvictions.TryRemove(tag, out _);
            }
            catch (Exception exception)
            {
                Opened(exception);
                return false;
            }
        }

        return !cancellationToken.IsCancellationRequested;
    }

    private void Opened(Exception exception)
    {
        redis.CountFailure("output-cache");
        Interlocked.Exchange(ref _openUntil, Environment.TickCount64 + (long)BreakDuration.TotalMilliseconds);
        if (Interlocked.Exchange(ref _open, 1) == 0)
        {
            ScaleOutLog.OutputCacheOpened(logger, exception, BreakDuration.TotalSeconds);
        }
    }

    private void Closed()
    {
        if (Volatile.Read(ref _open) == 1 && Interlocked.Exchange(ref _open, 0) == 1)
        {
            ScaleOutLog.OutputCacheClosed(logger);
        }
    }
}
