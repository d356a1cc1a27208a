using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;
using Npgsql;
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
    }

    /// <inheritdoc />
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        base.OnConfiguring(optionsBuilder);

        // An aggregate's parts load one table per query rather than as one join that multiplies their rows.
        optionsBuilder.UseNpgsql(npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
    }

    /// <summary>
    /// Locks the aggregate's row (<c>SELECT … FOR UPDATE</c>) in a new transaction: other writers of that aggregate wait
    /// until it commits, and everything read after the lock is the latest committed state.
    /// </summary>
    internal override async Task<IDbContextTransaction> BeginExclusiveChangeAsync(IEntityType rootType, object key, CancellationToken cancellationToken)
    {
        var table = rootType.GetTableName()!;
        var schema = rootType.GetSchema();
        var column = rootType.FindPrimaryKey()!.Properties[0].GetColumnName(StoreObjectIdentifier.Table(table, schema))!;
        var sql = this.GetService<ISqlGenerationHelper>();
        // Names from the model, the key as a parameter.
        var lockRow = "SELECT 1 FROM " + sql.DelimitIdentifier(table, schema) + " WHERE " + sql.DelimitIdentifier(column) + " = @key FOR UPDATE";
        var transaction = await Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await Database.ExecuteSqlRawAsync(lockRow, [new NpgsqlParameter("key", StronglyTypedIds.ToGuid(key))], cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    private protected override StoreConflict ClassifyConflict(Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => StoreConflict.DuplicateKey,

        // Two writers waiting on each other's rows: PostgreSQL cancels one, which stored nothing and may try again.
        PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure } => StoreConflict.LostRace,
        _ => StoreConflict.None,
    };
}
