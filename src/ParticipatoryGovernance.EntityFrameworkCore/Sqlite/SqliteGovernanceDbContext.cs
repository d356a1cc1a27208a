using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore.Storage;

namespace ParticipatoryGovernance.EntityFrameworkCore.Sqlite;

/// <summary>
/// The model on SQLite: one file, no server. Dates are stored as day numbers and instants as Unix microseconds, both
/// INTEGER, so comparisons and ordering run in SQLite (ADR 0010); every connection runs in WAL mode with foreign keys
/// on, a busy timeout and full synchronous commits (<see cref="SqliteConnectionSettings"/>).
/// </summary>
/// <remarks>Create it through <c>AddParticipatoryGovernanceSqlite</c>, or with options that call <c>UseSqlite</c> and add <see cref="SqliteConnectionSettings"/>.</remarks>
public sealed class SqliteGovernanceDbContext : GovernanceDbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">Options that use SQLite.</param>
    /// <param name="clock">The clock that stamps stored events.</param>
    public SqliteGovernanceDbContext(DbContextOptions<SqliteGovernanceDbContext> options, IClock clock)
        : base(options, clock)
    {
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateAsDayNumberConverter>();
        configurationBuilder.Properties<Instant>().HaveConversion<InstantAsUnixMicrosecondsConverter>();
    }

    /// <inheritdoc />
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        base.OnConfiguring(optionsBuilder);

        // An aggregate's parts load one table per query rather than as one join that multiplies their rows.
        optionsBuilder.UseSqlite(sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
    }

    /// <summary>
    /// SQLite has one writer at a time: <c>BEGIN IMMEDIATE</c> (Microsoft.Data.Sqlite's default for a transaction) takes
    /// the database's write lock at once, so the whole reload-and-save runs alone; other writers wait for it up to the
    /// busy timeout.
    /// </summary>
    internal override async Task<IDbContextTransaction> BeginExclusiveChangeAsync(IEntityType rootType, object key, CancellationToken cancellationToken) =>
        await Database.BeginTransactionAsync(cancellationToken);

    private protected override StoreConflict ClassifyConflict(Exception exception) =>
        // SQLITE_CONSTRAINT_PRIMARYKEY (1555) or SQLITE_CONSTRAINT_UNIQUE (2067).
        exception is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 1555 or 2067 } ? StoreConflict.DuplicateKey : StoreConflict.None;
}
