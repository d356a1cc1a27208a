using System.Diagnostics;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.DependencyInjection;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Workload;

/// <summary>The databases a city can be generated into.</summary>
public enum CityStorage
{
    /// <summary>A SQLite file.</summary>
    Sqlite = 1,

    /// <summary>A PostgreSQL database.</summary>
    Postgres = 2,
}

/// <summary>What <see cref="CityDatabase.LoadAsync"/> did: the generator's counts, the rows the database holds afterwards, and how long it took.</summary>
/// <param name="Counts">What the generator wrote.</param>
/// <param name="Rows">Rows in each of the model's tables after the load, by table name.</param>
/// <param name="Elapsed">From the first batch to the last commit, migrations excluded.</param>
public sealed record CityLoadReport(CityCounts Counts, IReadOnlyDictionary<string, long> Rows, TimeSpan Elapsed)
{
    /// <summary>Rows in all the model's tables.</summary>
    public long TotalRows => Rows.Values.Sum();

    /// <summary>Rows written per second, generation included.</summary>
    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? TotalRows / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Generates a city straight into a database through the EF Core package: migrates it, refuses one that already holds
/// a municipality, writes each batch in one transaction with change detection off, and counts the rows afterwards.
/// </summary>
/// <remarks>
/// <para>
/// A load is not a user's change, so it trades durability for speed while it runs, on its own connections only: SQLite
/// commits without waiting for the disk (<c>synchronous = OFF</c>, a larger page cache) and PostgreSQL without waiting
/// for its WAL flush (<c>synchronous_commit = off</c>). A crash part-way leaves whole batches and a database to throw
/// away, which a generated city is. The application's own connections keep the package's durable settings.
/// </para>
/// <para>Not thread-safe: one load at a time per database.</para>
/// </remarks>
public static class CityDatabase
{
    /// <summary>Generates <paramref name="profile"/> from <paramref name="seed"/> into the database.</summary>
    /// <param name="storage">Which database.</param>
    /// <param name="connectionString">Its connection string; a SQLite file is created if missing, a PostgreSQL database must exist.</param>
    /// <param name="profile">The city.</param>
    /// <param name="seed">The seed: the same seed gives the same records.</param>
    /// <param name="progress">Receives the generator's progress; may be null.</param>
    /// <param name="cancellationToken">Stops the load between batches.</param>
    /// <returns>The counts, rows and time.</returns>
    /// <exception cref="ArgumentException">The connection string is blank, or the profile is not valid.</exception>
    /// <exception cref="InvalidOperationException">The database already holds a municipality.</exception>
    public static async Task<CityLoadReport> LoadAsync(
        CityStorage storage,
        string connectionString,
        CityProfile profile,
        int seed,
        IProgress<GenerationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(profile);
        profile.EnsureValid();
        await using var services = BulkLoadServices(storage, connectionString);
        await services.MigrateParticipatoryGovernanceDatabaseAsync(cancellationToken);
        await using (var scope = services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
            if (await context.Set<Municipality>().IgnoreAutoIncludes().AnyAsync(cancellationToken))
            {
                throw new InvalidOperationException("The database already holds a municipality: generate into an empty database (delete the SQLite file, or drop and create the PostgreSQL database).");
            }
        }

        var started = Stopwatch.GetTimestamp();
        var counts = await CityGenerator.GenerateAsync(profile, seed, new EntityFrameworkCityWriter(services), progress, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        await using (var scope = services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
            var rows = await CountRowsAsync(context, cancellationToken);
            await AnalyzeAsync(context, storage, cancellationToken);
            await context.Database.CloseConnectionAsync();
            // The load's connections (relaxed durability) must not be handed to anyone else, nor hold server slots.
            if (context.Database.GetDbConnection() is Npgsql.NpgsqlConnection connection)
            {
                Npgsql.NpgsqlConnection.ClearPool(connection);
            }

            return new CityLoadReport(counts, rows, elapsed);
        }
    }

    /// <summary>Rows in each of the model's tables, by table name.</summary>
    /// <param name="context">A context on the database.</param>
    /// <param name="cancellationToken">Cancels the count.</param>
    /// <returns>The counts, by table name in ordinal order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public static async Task<IReadOnlyDictionary<string, long>> CountRowsAsync(GovernanceDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tables = context.Model.GetEntityTypes()
            .Select(e => e.GetTableName())
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var table in tables)
            {
                await using var command = connection.CreateCommand();
                // Table names come from the model, not from input.
#pragma warning disable CA2100
                command.CommandText = $"SELECT COUNT(*) FROM {table}";
#pragma warning restore CA2100
                rows[table] = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }

        return rows;
    }

    private static ServiceProvider BulkLoadServices(CityStorage storage, string connectionString)
    {
        var services = new ServiceCollection();
        services.AddParticipatoryGovernance();
        switch (storage)
        {
            case CityStorage.Sqlite:
                services.AddParticipatoryGovernanceSqlite(connectionString, o => o.ConfigureDbContext = b => b.AddInterceptors(BulkLoadSqliteSettings.Instance));
                break;
            case CityStorage.Postgres:
                var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
                builder.Options = string.IsNullOrEmpty(builder.Options) ? "-c synchronous_commit=off" : builder.Options + " -c synchronous_commit=off";
                services.AddParticipatoryGovernancePostgres(builder.ConnectionString);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(storage), storage, "Not a supported database.");
        }

        return services.BuildServiceProvider();
    }

    // Fresh statistics, so that the first queries on the new city get good plans.
    private static async Task AnalyzeAsync(GovernanceDbContext context, CityStorage storage, CancellationToken cancellationToken) =>
        await context.Database.ExecuteSqlRawAsync(storage == CityStorage.Sqlite ? "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);" : "VACUUM ANALYZE", cancellationToken);

    /// <summary>Runs after the package's own connection settings, and relaxes them for the load's connections only.</summary>
    private sealed class BulkLoadSqliteSettings : DbConnectionInterceptor
    {
        public static BulkLoadSqliteSettings Instance { get; } = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private static void Apply(DbConnection connection)
        {
            if (connection is SqliteConnection sqlite)
            {
                using var command = sqlite.CreateCommand();
                command.CommandText = "PRAGMA synchronous = OFF; PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY;";
                command.ExecuteNonQuery();
            }
        }
    }
}
