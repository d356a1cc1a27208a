using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore.Concurrency;
using ParticipatoryGovernance.EntityFrameworkCore.Configurations;
using ParticipatoryGovernance.EntityFrameworkCore.Diagnostics;
using ParticipatoryGovernance.EntityFrameworkCore.Events;
using ParticipatoryGovernance.EntityFrameworkCore.Reporting;
using ParticipatoryGovernance.EntityFrameworkCore.Storage;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.EntityFrameworkCore;

/// <summary>
/// The unit of work over the model's aggregates, on SQLite (<see cref="Sqlite.SqliteGovernanceDbContext"/>) or
/// PostgreSQL (<see cref="Postgres.PostgresGovernanceDbContext"/>).
/// </summary>
/// <remarks>
/// <para>
/// Saving does more than EF Core's own: every aggregate root that changed (its row, or a row it owns) gets its version
/// raised by one, and the save fails with <see cref="ConcurrencyConflictException"/> when another writer raised it
/// first (on PostgreSQL the changed aggregates' rows are held first, in key order; ADR 0016); every domain event the
/// aggregates raised is written to <see cref="DomainEvents"/> in the same transaction; the kept idea counts follow
/// every idea added, changed or deleted, in that transaction too (ADR 0026); and the aggregates' events are cleared
/// only once the transaction has committed.
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

    /// <summary>The application's clock, for code of this package that must know today (the importer's birth-date window).</summary>
    internal IClock Clock => _clock;

    /// <summary>The municipalities.</summary>
    public DbSet<Municipality> Municipalities => Set<Municipality>();

    /// <summary>The neighbourhoods.</summary>
    public DbSet<Neighbourhood> Neighbourhoods => Set<Neighbourhood>();

    /// <summary>The residents.</summary>
    public DbSet<Resident> Residents => Set<Resident>();

    /// <summary>The neighbourhood meetings, with their agendas, votes, decisions and attendance.</summary>
    public DbSet<NeighbourhoodMeeting> NeighbourhoodMeetings => Set<NeighbourhoodMeeting>();

    /// <summary>The neighbourhood and women's councils, with their terms and memberships.</summary>
    public DbSet<Council> Councils => Set<Council>();

    /// <summary>The citizen ideas (every version), with their transitions, endorsements, reports, moderation, milestones and implementers.</summary>
    public DbSet<CitizenIdea> CitizenIdeas => Set<CitizenIdea>();

    /// <summary>The youth-mayor campaigns, with their stages, applications, interviews, youth mayors and teams.</summary>
    public DbSet<YouthMayorCampaign> YouthMayorCampaigns => Set<YouthMayorCampaign>();

    /// <summary>The youth-mayor elections, with their candidates, voters and ballots.</summary>
    public DbSet<YouthMayorElection> YouthMayorElections => Set<YouthMayorElection>();

    /// <summary>The participatory budgeting rounds, with their projects and ballots.</summary>
    public DbSet<BudgetingRound> BudgetingRounds => Set<BudgetingRound>();

    /// <summary>The comments on ideas and agenda items, with their reports, moderation steps and earlier texts.</summary>
    public DbSet<Comments.Comment> Comments => Set<Comments.Comment>();

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
        if (!StorageTelemetry.SavesObserved)
        {
            return SaveChangesCore(acceptAllChangesOnSuccess);
        }

        var observed = StorageTelemetry.StartSave(this);
        try
        {
            var written = SaveChangesCore(acceptAllChangesOnSuccess);
            observed.Succeeded(written);
            return written;
        }
        catch (Exception exception)
        {
            observed.Failed(exception);
            throw;
        }
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        StorageTelemetry.SavesObserved
            ? ObservedSaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
            : SaveChangesCoreAsync(acceptAllChangesOnSuccess, cancellationToken);

    /// <summary>A save reported (<see cref="StorageTelemetry"/>): only when someone listens, so that an unobserved save pays no second state machine.</summary>
    private async Task<int> ObservedSaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var observed = StorageTelemetry.StartSave(this);
        try
        {
            var written = await SaveChangesCoreAsync(acceptAllChangesOnSuccess, cancellationToken);
            observed.Succeeded(written);
            return written;
        }
        catch (Exception exception)
        {
            observed.Failed(exception);
            throw;
        }
    }

    private int SaveChangesCore(bool acceptAllChangesOnSuccess)
    {
        var pending = PendingSave.Prepare(this, _clock.GetCurrentInstant());
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        IDbContextTransaction? own = null;
        try
        {
            // Prepare has just detected the changes, and made its own through the change tracker.
            ChangeTracker.AutoDetectChangesEnabled = false;
            var counts = KeptIdeaCounts.Of(ChangeTracker);
            var hold = HoldsAggregatesWhileSaving && pending.ExistingRoots.Count > 0;
            if ((hold || !counts.IsEmpty) && Database.CurrentTransaction is null)
            {
                own = Database.BeginTransaction();
            }

            if (hold)
            {
                HoldAggregates(pending.ExistingRoots);
            }

            counts.Apply(this);
            var written = base.SaveChanges(acceptAllChangesOnSuccess);
            own?.Commit();
            pending.Complete();
            return written;
        }
        catch (Exception exception) when (pending.Undo(exception, ClassifyConflict) is { } translated)
        {
            throw translated;
        }
        finally
        {
            own?.Dispose();
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private async Task<int> SaveChangesCoreAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var pending = PendingSave.Prepare(this, _clock.GetCurrentInstant());
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        IDbContextTransaction? own = null;
        try
        {
            // Prepare has just detected the changes, and made its own through the change tracker.
            ChangeTracker.AutoDetectChangesEnabled = false;

            // The kept idea counts change in the same transaction as the ideas (ADR 0026).
            var counts = KeptIdeaCounts.Of(ChangeTracker);
            var hold = HoldsAggregatesWhileSaving && pending.ExistingRoots.Count > 0;
            if ((hold || !counts.IsEmpty) && Database.CurrentTransaction is null)
            {
                own = await Database.BeginTransactionAsync(cancellationToken);
            }

            if (hold)
            {
                await HoldAggregatesAsync(pending.ExistingRoots, cancellationToken);
            }

            await counts.ApplyAsync(this, cancellationToken);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            pending.Complete();
            return written;
        }
        catch (Exception exception) when (pending.Undo(exception, ClassifyConflict) is { } translated)
        {
            throw translated;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }

            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>
    /// Whether a save first holds the stored aggregates it changes, in one order, and checks their versions, before it
    /// writes anything: where writers wait for one another row by row (PostgreSQL), a writer that loaded an old version
    /// then stops before inserting a part whose key a newer writer holds, which would otherwise wait on each other.
    /// </summary>
    private protected virtual bool HoldsAggregatesWhileSaving => false;

    /// <summary>Holds the aggregates a save changes and checks their versions; see <see cref="HoldsAggregatesWhileSaving"/>.</summary>
    /// <param name="roots">The stored aggregates and the versions they were loaded at.</param>
    /// <exception cref="ConcurrencyConflictException">Another writer saved one of them since it was loaded.</exception>
    private protected virtual void HoldAggregates(IReadOnlyList<(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry Root, long Version)> roots)
    {
    }

    /// <summary>Holds the aggregates a save changes and checks their versions; see <see cref="HoldsAggregatesWhileSaving"/>.</summary>
    /// <param name="roots">The stored aggregates and the versions they were loaded at.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="ConcurrencyConflictException">Another writer saved one of them since it was loaded.</exception>
    private protected virtual Task HoldAggregatesAsync(IReadOnlyList<(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry Root, long Version)> roots, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// Starts a transaction in which the aggregate with a key cannot be changed by other writers until it ends: the
    /// reload-and-save of a change that already lost a race then waits its turn instead of racing again (ADR 0016).
    /// </summary>
    /// <param name="rootType">The aggregate root's entity type.</param>
    /// <param name="key">The aggregate's key.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The transaction, which the caller commits or disposes.</returns>
    internal abstract Task<IDbContextTransaction> BeginExclusiveChangeAsync(IEntityType rootType, object key, CancellationToken cancellationToken);

    /// <summary>Whether a failed save lost a race with another writer, and how.</summary>
    /// <param name="exception">The provider's exception.</param>
    /// <returns>A duplicate key, a lost race (deadlock or serialization failure), or none.</returns>
    private protected abstract StoreConflict ClassifyConflict(Exception exception);

    /// <inheritdoc />
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        // Lower-case snake_case names on both databases: PostgreSQL folds unquoted names, and hand-written SQL stays simple.
        optionsBuilder.UseSnakeCaseNamingConvention();

        // Every query of an aggregate root loads its parts, in order.
        optionsBuilder.AddInterceptors(AggregateLoading.Instance);
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        StronglyTypedIds.Configure(configurationBuilder);
        configurationBuilder.Properties<Rials>().HaveConversion<RialsConverter>();
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
