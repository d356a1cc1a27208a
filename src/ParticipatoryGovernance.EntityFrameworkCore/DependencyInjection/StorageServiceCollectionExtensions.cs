using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore.Postgres;
using ParticipatoryGovernance.EntityFrameworkCore.Reporting;
using ParticipatoryGovernance.EntityFrameworkCore.Repositories;
using ParticipatoryGovernance.EntityFrameworkCore.Sqlite;

namespace ParticipatoryGovernance.EntityFrameworkCore.DependencyInjection;

/// <summary>
/// Registers the model's storage: the context, <see cref="IRepositoryBase{T}"/> and <see cref="IReadRepositoryBase{T}"/>
/// for every aggregate, the specification evaluator, <see cref="GovernanceFigures"/> (scoped), the budgeting ballots and
/// results stores and the <see cref="Budgeting.BudgetingOutcomeWorker"/> (a singleton the host runs). The schema is not touched: apply migrations on request with
/// <see cref="MigrateParticipatoryGovernanceDatabaseAsync"/>. <see cref="Replicas.GovernanceReplicaReads"/> (scoped) serves
/// reads where staleness is harmless, from a PostgreSQL standby when <see cref="GovernanceStorageOptions.ReplicaConnectionString"/> names one.
/// </summary>
/// <remarks>
/// The context needs an <see cref="IClock"/>: register the model with <c>AddParticipatoryGovernance</c> as well
/// (before or after this call).
/// </remarks>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Stores the model in a SQLite file (WAL mode, foreign keys on, busy timeout, full synchronous commits).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">A SQLite connection string, such as <c>Data Source=city.db</c>.</param>
    /// <param name="configure">Changes to the default <see cref="GovernanceStorageOptions"/>.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank.</exception>
    public static IServiceCollection AddParticipatoryGovernanceSqlite(this IServiceCollection services, string connectionString, Action<GovernanceStorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var options = Configure(configure);
        if (options.ReplicaConnectionString is not null)
        {
            throw new ArgumentException("A read replica is a PostgreSQL standby: ReplicaConnectionString is for AddParticipatoryGovernancePostgres.", nameof(configure));
        }

        var settings = new SqliteConnectionSettings(options.SqliteBusyTimeout);
        services.AddDbContext<SqliteGovernanceDbContext>(builder =>
        {
            builder.UseSqlite(connectionString).AddInterceptors(settings);
            options.ConfigureDbContext?.Invoke(builder);
        });
        return AddCommon<SqliteGovernanceDbContext>(services, options);
    }

    /// <summary>Stores the model in PostgreSQL, with NodaTime types mapped by the Npgsql NodaTime plugin.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">An Npgsql connection string, such as <c>Host=db;Database=city;Username=app;Password=…</c>.</param>
    /// <param name="configure">Changes to the default <see cref="GovernanceStorageOptions"/>.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank.</exception>
    public static IServiceCollection AddParticipatoryGovernancePostgres(this IServiceCollection services, string connectionString, Action<GovernanceStorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var options = Configure(configure);
        services.AddDbContext<PostgresGovernanceDbContext>(builder =>
        {
            builder.UseNpgsql(connectionString, npgsql => npgsql.UseNodaTime());
            options.ConfigureDbContext?.Invoke(builder);
        });

        // Reads where staleness is harmless go to the standby when one is named (issue #18, item 3).
        services.TryAddSingleton(new Replicas.ReplicaRouting(options.ReplicaConnectionString, options.ReplicaRetryInterval, options.ConfigureDbContext));
        return AddCommon<PostgresGovernanceDbContext>(services, options);
    }

    /// <summary>
    /// Brings the database schema up to date by applying the package's pending migrations. Call it when the
    /// application decides to (at start-up behind a flag, or from a deployment step); registration never migrates.
    /// </summary>
    /// <param name="services">The built service provider.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>The migrations applied, oldest first; empty when the schema was current.</returns>
    /// <remarks>
    /// The kept idea counts (ADR 0026) are created by the same migration as the ideas, so a new database has nothing to
    /// count. A database whose ideas were written outside the package is repaired with
    /// <see cref="GovernanceFigures.RebuildIdeaCountsAsync"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No storage was registered.</exception>
    public static async Task<IReadOnlyList<string>> MigrateParticipatoryGovernanceDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetService<GovernanceDbContext>()
            ?? throw new InvalidOperationException("No storage is registered: call AddParticipatoryGovernanceSqlite or AddParticipatoryGovernancePostgres.");
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await context.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    private static GovernanceStorageOptions Configure(Action<GovernanceStorageOptions>? configure)
    {
        var options = new GovernanceStorageOptions();
        configure?.Invoke(options);
        ArgumentNullException.ThrowIfNull(options.ConcurrencyRetry, nameof(GovernanceStorageOptions.ConcurrencyRetry));
        options.ConcurrencyRetry.EnsureValid();
        return options;
    }

    private static IServiceCollection AddCommon<TContext>(IServiceCollection services, GovernanceStorageOptions options)
        where TContext : GovernanceDbContext
    {
        services.TryAddScoped<GovernanceDbContext>(sp => sp.GetRequiredService<TContext>());
        services.TryAddSingleton<ISpecificationEvaluator>(Specifications.QueryableSpecificationEvaluator.Default);
        services.TryAddSingleton(options.ConcurrencyRetry);
        services.TryAddScoped(typeof(IRepositoryBase<>), typeof(GovernanceRepository<>));
        services.TryAddScoped(typeof(IReadRepositoryBase<>), typeof(GovernanceRepository<>));

        // Resolvable as itself too, for ChangeAsync (change with concurrency retry), which the Ardalis interfaces lack.
        services.TryAddScoped(typeof(GovernanceRepository<>));
        services.TryAddScoped<GovernanceFigures>();
        services.TryAddScoped<Residents.ParticipationRecords>();
        services.TryAddScoped<Moderation.IdeaModeration>();
        services.TryAddScoped<AdoptionRollups>();
        services.TryAddScoped<ParticipatoryGovernance.UseCases.IGovernanceStore, UseCases.GovernanceStore>();

        // Without a replica (SQLite, or PostgreSQL without ReplicaConnectionString) these reads use the scope's context.
        services.TryAddSingleton(new Replicas.ReplicaRouting(null, options.ReplicaRetryInterval, null));
        services.TryAddScoped(sp => new Replicas.GovernanceReplicaReads(sp.GetRequiredService<Replicas.ReplicaRouting>(), sp, sp.GetRequiredService<IClock>()));

        // Ballots as rows and outcomes computed in the background (ADR 0031): the host runs the worker's RunAsync.
        services.TryAddSingleton(options.BudgetingOutcomes);
        services.TryAddSingleton<Budgeting.BudgetingOutcomeWorker>();
        services.TryAddScoped<ParticipatoryGovernance.Budgeting.IBudgetingBallots>(sp =>
            new Budgeting.BudgetingBallots(sp.GetRequiredService<GovernanceDbContext>(), sp.GetService<Budgeting.BudgetingOutcomeWorker>()));
        services.TryAddScoped<ParticipatoryGovernance.Budgeting.IBudgetingResults, Budgeting.BudgetingResults>();

        // Follows, preferences, the notification fan-out, dispatcher, inbox and worker (issue #19).
        Notifications.NotificationServiceCollectionExtensions.AddNotificationStorage(services);

        // Webhook subscriptions, their fan-out, signed dispatcher and worker (issue #20).
        Webhooks.WebhookServiceCollectionExtensions.AddWebhookStorage(services);

        // Translations of what people write: the queue and the pages' lookup; nothing is sent without a translator (issue #21).
        Translation.TranslationServiceCollectionExtensions.AddTranslationStorage(services);

        // The audit lines of paper attendance sheets (issue #20).
        Meetings.AttendanceSheetStore.AddTo(services);

        // The phone channels' directory, ideas' numbers and sessions (issue #20).
        Channels.ChannelRows.AddChannelStorage(services);

        return services;
    }
}
