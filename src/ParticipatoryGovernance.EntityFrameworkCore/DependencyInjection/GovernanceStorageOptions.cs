using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Concurrency;

namespace ParticipatoryGovernance.EntityFrameworkCore.DependencyInjection;

/// <summary>Settings for <see cref="StorageServiceCollectionExtensions"/>.</summary>
public sealed class GovernanceStorageOptions
{
    /// <summary>How repositories retry a change that lost a race. Default <see cref="ConcurrencyRetryOptions.Default"/>.</summary>
    public ConcurrencyRetryOptions ConcurrencyRetry { get; set; } = ConcurrencyRetryOptions.Default;

    /// <summary>SQLite only: how long a writer waits for another before the database reports it busy. Default 30 seconds.</summary>
    public TimeSpan SqliteBusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How the budgeting outcome worker checks for stale results and which Add1 step it uses. Default <see cref="Budgeting.BudgetingOutcomeWorkerOptions"/>'s defaults.</summary>
    public Budgeting.BudgetingOutcomeWorkerOptions BudgetingOutcomes { get; set; } = new();

    /// <summary>
    /// PostgreSQL only: an Npgsql connection string to a streaming standby of the primary, for the reads that
    /// <see cref="Replicas.GovernanceReplicaReads"/> serves (figures, public lists, open data). Default none: those reads
    /// go to the primary. Commands always go to the primary.
    /// </summary>
    public string? ReplicaConnectionString { get; set; }

    /// <summary>
    /// How long <see cref="Replicas.GovernanceReplicaReads"/> reads from the primary after the replica refused a connection,
    /// before trying the replica again. Default 10 seconds.
    /// </summary>
    public TimeSpan ReplicaRetryInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// More EF Core settings, such as logging or sensitive-data logging in development. Default none. Do not change the
    /// provider here.
    /// </summary>
    public Action<DbContextOptionsBuilder>? ConfigureDbContext { get; set; }
}
