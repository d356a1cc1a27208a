using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore.Concurrency;
using ParticipatoryGovernance.EntityFrameworkCore.Configurations;
using ParticipatoryGovernance.EntityFrameworkCore.Events;
using ParticipatoryGovernance.EntityFrameworkCore.Storage;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore;

/// <summary>
/// The unit of work over the model's aggregates, on SQLite (<see cref="Sqlite.SqliteGovernanceDbContext"/>) or
/// PostgreSQL (<see cref="Postgres.PostgresGovernanceDbContext"/>).
/// </summary>
/// <remarks>
/// <para>
/// Saving does three things beyond EF Core's own: every aggregate root that changed (its row, or a row it owns) gets
/// its version raised by one, and the save fails with <see cref="ConcurrencyConflictException"/> when another writer
/// raised it first; every domain event the aggregates raised is written to <see cref="DomainEvents"/> in the same
/// transaction; and the aggregates' events are cleared only once the transaction has committed.
/// </para>
/// <para>
/// An aggregate's mapping is one <see cref="IEntityTypeConfiguration{TEntity}"/> in this assembly; the version column
/// and identifier conversions are added to every aggregate root by convention.
/// </para>
/// <para>Not thread-safe, like every <see cref="DbContext"/>: use one per unit of work.</para>
/// </remarks>
public abstract class GovernanceDbContext : DbContext
{
    private readonly IClock _clock;

    /// <summary>Creates the context; only the provider contexts of this package derive from it.</summary>
    /// <param name="options">The EF Core options, with the provider set.</param>
    /// <param name="clock">The clock that stamps stored events.</param>
    private protected GovernanceDbContext(DbContextOptions options, IClock clock)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _clock = clock;
    }

    /// <summary>The municipalities.</summary>
    public DbSet<Municipality> Municipalities => Set<Municipality>();

    /// <summary>The neighbourhoods.</summary>
    public DbSet<Neighbourhood> Neighbourhoods => Set<Neighbourhood>();

    /// <summary>The residents.</summary>
    public DbSet<Resident> Residents => Set<Resident>();

    /// <summary>The stored domain events, in <see cref="StoredDomainEvent.Sequence"/> order of writing.</summary>
    public DbSet<StoredDomainEvent> DomainEvents => Set<StoredDomainEvent>();

    /// <summary>The version stored with an aggregate root: 1 when first saved, one more with each saved change.</summary>
    /// <param name="aggregate">A tracked aggregate root.</param>
    /// <returns>The version as loaded or last saved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregate"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="aggregate"/> is not an aggregate root of this model.</exception>
    public long VersionOf(object aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var entry = Entry(aggregate);
        return AggregateVersions.IsVersioned(entry.Metadata)
            ? (long)entry.Property(AggregateVersions.PropertyName).OriginalValue!
            : throw new InvalidOperationException($"{aggregate.GetType().Name} is not an aggregate root of the model.");
    }

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var pending = PendingSave.Prepare(this, _clock.GetCurrentInstant());
        try
        {
            var written = base.SaveChanges(acceptAllChangesOnSuccess);
            pending.Complete();
            return written;
        }
        catch (Exception exception) when (pending.Undo(exception, IsUniqueViolation) is { } translated)
        {
            throw translated;
        }
    }

    /// <inheritdoc />
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = PendingSave.Prepare(this, _clock.GetCurrentInstant());
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            pending.Complete();
            return written;
        }
        catch (Exception exception) when (pending.Undo(exception, IsUniqueViolation) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>Whether a failed save broke a unique or primary-key constraint.</summary>
    /// <param name="exception">The provider's exception.</param>
    /// <returns><see langword="true"/> for a unique violation.</returns>
    private protected abstract bool IsUniqueViolation(Exception exception);

    /// <inheritdoc />
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        // Lower-case snake_case names on both databases: PostgreSQL folds unquoted names, and hand-written SQL stays simple.
        optionsBuilder.UseSnakeCaseNamingConvention();
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        StronglyTypedIds.Configure(configurationBuilder);
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GovernanceDbContext).Assembly);
        AggregateVersions.AddTo(modelBuilder);
    }

    /// <summary>The columns marked as JSON documents, for the provider to give them its JSON type.</summary>
    /// <param name="modelBuilder">The model builder.</param>
    /// <param name="columnType">The provider's column type for JSON.</param>
    private protected static void SetJsonColumnType(ModelBuilder modelBuilder, string columnType)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.FindAnnotation(ValueObjectMapping.JsonDocumentAnnotation)?.Value is true)
            {
                property.SetColumnType(columnType);
            }
        }
    }
}
