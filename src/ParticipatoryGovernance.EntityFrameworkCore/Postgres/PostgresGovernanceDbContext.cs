using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;
using Npgsql;
using ParticipatoryGovernance.EntityFrameworkCore.Concurrency;
using ParticipatoryGovernance.EntityFrameworkCore.Storage;

namespace ParticipatoryGovernance.EntityFrameworkCore.Postgres;

/// <summary>
/// The model on PostgreSQL, for a city that has outgrown one machine. NodaTime values use the Npgsql NodaTime plugin
/// (<c>LocalDate</c> as <c>date</c>, <c>Instant</c> as <c>timestamptz</c>); JSON documents are <c>jsonb</c>.
/// </summary>
/// <remarks>Create it through <c>AddParticipatoryGovernancePostgres</c>, or with options that call <c>UseNpgsql(…, o =&gt; o.UseNodaTime())</c>.</remarks>
public sealed class PostgresGovernanceDbContext : GovernanceDbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">Options that use Npgsql with NodaTime.</param>
    /// <param name="clock">The clock that stamps stored events.</param>
    public PostgresGovernanceDbContext(DbContextOptions<PostgresGovernanceDbContext> options, IClock clock)
        : base(options, clock)
    {
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        SetJsonColumnType(modelBuilder, "jsonb");

        // The change numbers of budgeting ballots (the results' watermark); SQLite's writers take turns and use MAX + 1.
        modelBuilder.HasSequence<long>("budgeting_ballot_changes");
    }

    /// <inheritdoc />
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        base.OnConfiguring(optionsBuilder);

        // An aggregate's parts load one table per query rather than as one join that multiplies their rows.
        optionsBuilder.UseNpgsql(npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
    }

    /// <summary>
    /// Locks the aggregate's row (<c>SELECT … FOR NO KEY UPDATE</c>) in a new transaction: other writers of that
    /// aggregate wait until it commits, and everything read after the lock is the latest committed state.
    /// </summary>
    /// <remarks>
    /// <c>NO KEY UPDATE</c>, the lock an <c>UPDATE</c> of the version takes, rather than <c>FOR UPDATE</c>: inserting a
    /// part (an endorsement) takes a key-share lock on the aggregate's row for its foreign key, which <c>FOR UPDATE</c>
    /// would wait for while that writer waits for this one, a deadlock.
    /// </remarks>
    internal override async Task<IDbContextTransaction> BeginExclusiveChangeAsync(IEntityType rootType, object key, CancellationToken cancellationToken)
    {
        var table = rootType.GetTableName()!;
        var schema = rootType.GetSchema();
        var column = rootType.FindPrimaryKey()!.Properties[0].GetColumnName(StoreObjectIdentifier.Table(table, schema))!;
        var sql = this.GetService<ISqlGenerationHelper>();
        // Names from the model, the key as a parameter.
        var lockRow = "SELECT 1 FROM " + sql.DelimitIdentifier(table, schema) + " WHERE " + sql.DelimitIdentifier(column) + " = @key FOR NO KEY UPDATE";
        var transaction = await Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await Database.ExecuteSqlRawAsync(lockRow, [new NpgsqlParameter("key", StronglyTypedIds.ToGuid(key))], cancellationToken);
            return transaction;
        }
        catch (Exception exception)
        {
            await transaction.DisposeAsync();
            if (ClassifyConflict(exception.InnerException ?? exception) == StoreConflict.LostRace || ClassifyConflict(exception) == StoreConflict.LostRace)
            {
                throw new ConcurrencyConflictException("Waiting for the aggregate, this writer was chosen to give way to another; load it again and retry.", exception);
            }

            throw;
        }
    }

    /// <summary>
    /// <see langword="true"/>: writers wait for one another row by row here, so every save of stored aggregates holds
    /// their rows first (<c>FOR NO KEY UPDATE</c>, in key order) and checks their versions.
    /// </summary>
    private protected override bool HoldsAggregatesWhileSaving => true;

    private protected override void HoldAggregates(IReadOnlyList<(EntityEntry Root, long Version)> roots)
    {
        foreach (var (root, version) in InKeyOrder(roots))
        {
            using var command = HoldCommand(root);
            if (command.ExecuteScalar() is not long stored || stored != version)
            {
                throw ConcurrencyConflictException.VersionChanged(root);
            }
        }
    }

    private protected override async Task HoldAggregatesAsync(IReadOnlyList<(EntityEntry Root, long Version)> roots, CancellationToken cancellationToken)
    {
        foreach (var (root, version) in InKeyOrder(roots))
        {
            await using var command = HoldCommand(root);
            if (await command.ExecuteScalarAsync(cancellationToken) is not long stored || stored != version)
            {
                throw ConcurrencyConflictException.VersionChanged(root);
            }
        }
    }

    // One order for every writer, so that two saves holding the same aggregates cannot wait for each other.
    private static IEnumerable<(EntityEntry Root, long Version)> InKeyOrder(IReadOnlyList<(EntityEntry Root, long Version)> roots) =>
        roots.OrderBy(r => r.Root.Metadata.GetTableName(), StringComparer.Ordinal).ThenBy(r => KeyOf(r.Root));

    private static Guid KeyOf(EntityEntry root) => StronglyTypedIds.ToGuid(root.Property(root.Metadata.FindPrimaryKey()!.Properties[0].Name).CurrentValue!);

    private NpgsqlCommand HoldCommand(EntityEntry root)
    {
        var rootType = root.Metadata;
        var table = rootType.GetTableName()!;
        var schema = rootType.GetSchema();
        var store = StoreObjectIdentifier.Table(table, schema);
        var sql = this.GetService<ISqlGenerationHelper>();
        var command = (NpgsqlCommand)Database.GetDbConnection().CreateCommand();
        command.Transaction = (NpgsqlTransaction)Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = "SELECT " + sql.DelimitIdentifier(rootType.FindProperty(AggregateVersions.PropertyName)!.GetColumnName(store)!)
            + " FROM " + sql.DelimitIdentifier(table, schema)
            + " WHERE " + sql.DelimitIdentifier(rootType.FindPrimaryKey()!.Properties[0].GetColumnName(store)!) + " = @key FOR NO KEY UPDATE";
        command.Parameters.Add(new NpgsqlParameter("key", KeyOf(root)));
        return command;
    }

    private protected override StoreConflict ClassifyConflict(Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => StoreConflict.DuplicateKey,

        // Two writers waiting on each other's rows: PostgreSQL cancels one, which stored nothing and may try again.
        PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure } => StoreConflict.LostRace,
        _ => StoreConflict.None,
    };
}
