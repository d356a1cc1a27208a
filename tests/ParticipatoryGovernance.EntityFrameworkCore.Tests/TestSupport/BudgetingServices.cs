using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore.Budgeting;
using ParticipatoryGovernance.EntityFrameworkCore.DependencyInjection;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;

/// <summary>
/// The model and its storage registered as a host registers them, on a test database, with a clock set inside the
/// budgeting scenario's voting window: handlers, the ballots and results stores, the outcome worker.
/// </summary>
internal static class BudgetingServices
{
    public static readonly Instant VotingDay = BudgetingScenario.OpensOn.PlusDays(2).At(new LocalTime(10, 0)).InZoneStrictly(Calendar.PersianDates.TimeZone).ToInstant();

    public static ServiceProvider Build(TestDatabase database, FakeClock clock, Action<IServiceCollection>? before = null, TimeSpan? stalenessCheck = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(clock);
        before?.Invoke(services);
        services.AddParticipatoryGovernance();
        void Options(GovernanceStorageOptions o) => o.BudgetingOutcomes = new BudgetingOutcomeWorkerOptions { StalenessCheckInterval = stalenessCheck ?? TimeSpan.FromSeconds(30) };
        if (database.Provider == Provider.Sqlite)
        {
            services.AddParticipatoryGovernanceSqlite(database.ConnectionString, Options);
        }
        else
        {
            services.AddParticipatoryGovernancePostgres(database.ConnectionString, Options);
        }

        return services.BuildServiceProvider();
    }

    /// <summary>Runs a handler in a scope of its own, as one request would.</summary>
    public static async Task<TResult> InScopeAsync<TService, TResult>(this IServiceProvider services, Func<TService, Task<TResult>> act)
        where TService : notnull
    {
        await using var scope = services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<TService>());
    }
}

/// <summary>Results storage that holds the first write of a result with ballots until released: a computation made slow on purpose.</summary>
internal sealed class GatedResults(IBudgetingResults inner, TaskCompletionSource gate, TaskCompletionSource entered) : IBudgetingResults
{
    public Task<BudgetingRoundResults?> ReadAsync(BudgetingRoundId round, CancellationToken cancellationToken = default) => inner.ReadAsync(round, cancellationToken);

    public async Task<bool> StoreAsync(BudgetingRoundResults results, CancellationToken cancellationToken = default)
    {
        if (results.Ballots > 0 && entered.TrySetResult())
        {
            await gate.Task;
        }

        return await inner.StoreAsync(results, cancellationToken);
    }
}
