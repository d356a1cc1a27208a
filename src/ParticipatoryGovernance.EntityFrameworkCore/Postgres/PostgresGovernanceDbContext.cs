using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;

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

    private protected override bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
