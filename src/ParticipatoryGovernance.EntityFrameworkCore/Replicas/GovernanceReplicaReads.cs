using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore.Postgres;

namespace ParticipatoryGovernance.EntityFrameworkCore.Replicas;

/// <summary>
/// Reads for which a slightly stale answer is fine (figures, public lists, open data), served by a streaming standby
/// named in <see cref="DependencyInjection.GovernanceStorageOptions.ReplicaConnectionString"/> so that they leave the
/// primary to the writers. Resolve it (scoped) and call <see cref="ContextAsync"/>; never use it for commands or for a
/// page that must show the reader's own write (the standby replays the primary's changes a moment later).
/// </summary>
/// <remarks>
/// <para>The replica's context tracks nothing and refuses <c>SaveChanges</c> with <see cref="InvalidOperationException"/>.</para>
/// <para>
/// Without a replica configured, and while the replica cannot be reached, <see cref="ContextAsync"/> returns the scope's
/// own <see cref="GovernanceDbContext"/> on the primary. A replica that refused a connection is not tried again for
/// <see cref="DependencyInjection.GovernanceStorageOptions.ReplicaRetryInterval"/>, so an outage costs one failed
/// connection per interval, not one per request. A replica that fails after the connection opened fails that query.
/// </para>
/// </remarks>
public sealed class GovernanceReplicaReads : IAsyncDisposable, IDisposable
{
    private readonly ReplicaRouting _routing;
    private readonly IServiceProvider _services;
    private readonly IClock _clock;
    private GovernanceDbContext? _replica;
    private GovernanceDbContext? _chosen;

    internal GovernanceReplicaReads(ReplicaRouting routing, IServiceProvider services, IClock clock)
    {
        _routing = routing;
        _services = services;
        _clock = clock;
    }

    /// <summary>True when the last <see cref="ContextAsync"/> answered with the replica, false when with the primary.</summary>
    public bool FromReplica { get; private set; }

    /// <summary>
    /// The context to read from: the replica's (read-only, connection open) when one is configured and reachable, else the
    /// scope's context on the primary. The same context for the rest of the scope once chosen.
    /// </summary>
    /// <param name="cancellationToken">Cancels opening the replica's connection.</param>
    /// <returns>A context for queries; do not save through it.</returns>
    public async Task<GovernanceDbContext> ContextAsync(CancellationToken cancellationToken = default)
    {
        if (_chosen is not null)
        {
            return _chosen;
        }

        if (_routing.ShouldTryReplica())
        {
            var replica = new PostgresGovernanceDbContext(_routing.ReplicaOptions!, _clock);
            try
            {
                await replica.Database.OpenConnectionAsync(cancellationToken);
                _routing.Succeeded();
                _replica = replica;
                FromReplica = true;
                return _chosen = replica;
            }
            catch (Exception exception) when (exception is DbException or TimeoutException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
            {
                await replica.DisposeAsync();
                _routing.Failed();
            }
        }

        FromReplica = false;
        return _chosen = _services.GetRequiredService<GovernanceDbContext>();
    }

    /// <inheritdoc />
    public void Dispose() => _replica?.Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _replica?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>Whether the replica is worth trying now (shared by all scopes: a singleton).</summary>
internal sealed class ReplicaRouting
{
    private readonly long _retryMilliseconds;
    private long _downUntil = long.MinValue;

    public ReplicaRouting(string? replicaConnectionString, TimeSpan retryInterval, Action<DbContextOptionsBuilder>? configure)
    {
        _retryMilliseconds = (long)retryInterval.TotalMilliseconds;
        if (!string.IsNullOrWhiteSpace(replicaConnectionString))
        {
            var builder = new DbContextOptionsBuilder<PostgresGovernanceDbContext>();
            builder.UseNpgsql(replicaConnectionString, npgsql => npgsql.UseNodaTime());
            configure?.Invoke(builder);
            builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).AddInterceptors(RefuseSaving.Instance);
            ReplicaOptions = builder.Options;
        }
    }

    /// <summary>The replica context's options (built once), or null without a replica.</summary>
    public DbContextOptions<PostgresGovernanceDbContext>? ReplicaOptions { get; }

    // Elapsed time from the machine's monotonic tick count, not the model's clock (which tests stop).
    public bool ShouldTryReplica() => ReplicaOptions is not null && Environment.TickCount64 >= Interlocked.Read(ref _downUntil);

    public void Failed() => Interlocked.Exchange(ref _downUntil, Environment.TickCount64 + _retryMilliseconds);

    public void Succeeded() => Interlocked.Exchange(ref _downUntil, long.MinValue);
}

/// <summary>Refuses every save on the replica's context: a standby cannot write, and a command must not try.</summary>
internal sealed class RefuseSaving : SaveChangesInterceptor
{
    public static readonly RefuseSaving Instance = new();

    private const string Message = "This context reads from the replica and cannot save: run commands through the primary's GovernanceDbContext.";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new InvalidOperationException(Message);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(Message);
}
