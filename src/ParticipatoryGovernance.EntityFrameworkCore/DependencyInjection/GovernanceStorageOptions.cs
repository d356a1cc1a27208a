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

    /// <summary>
    /// More EF Core settings, such as logging or sensitive-data logging in development. Default none. Do not change the
    /// provider here.
    /// </summary>
    public Action<DbContextOptionsBuilder>? ConfigureDbContext { get; set; }
}
