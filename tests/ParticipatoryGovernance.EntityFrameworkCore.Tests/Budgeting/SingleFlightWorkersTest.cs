using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Budgeting;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Budgeting;

/// <summary>
/// The outcome worker on several nodes over one database (issue #18): on PostgreSQL a round is computed by one node at a
/// time, a burst is computed a few times rather than once per ballot per node, and every ballot ends up counted. On
/// SQLite one process owns the database and its worker computes rounds one after another.
/// </summary>
[Collection(DatabaseTests.Name)]
public class SingleFlightWorkersTest(DatabaseFixture fixture)
{
    private readonly FakeClock _clock = new(BudgetingServices.VotingDay);

    [SkippableFact]
    public async Task OnPostgres_ANodeWaitsForTheRunningComputation_AThirdLeavesTheRoundToIt_AndItsBallotIsCounted()
    {
        var database = await fixture.CreateDatabaseAsync(Provider.Postgres);
        var scenario = new BudgetingScenario();
        var voters = scenario.World.ResidentsOf(scenario.World.North, 2);
        await scenario.SaveAsync(database);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Node A's computation is held at its write; nodes B and C are plain.
        await using var a = BudgetingServices.Build(database, _clock, s => s.AddScoped<IBudgetingResults>(sp =>
            new GatedResults(new BudgetingResults(sp.GetRequiredService<GovernanceDbContext>()), gate, entered)));
        await using var b = BudgetingServices.Build(database, _clock);
        await using var c = BudgetingServices.Build(database, _clock);
        var (workerA, workerB, workerC) = (a.GetRequiredService<BudgetingOutcomeWorker>(), b.GetRequiredService<BudgetingOutcomeWorker>(), c.GetRequiredService<BudgetingOutcomeWorker>());

        (await Cast(a, scenario, voters[0].Id, [scenario.Projects[0]])).ThrowIfFailed();
        var computingOnA = workerA.RecountAsync(scenario.Round.Id);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(60));

        // A ballot stored on C while A computes from a snapshot without it.
        (await Cast(c, scenario, voters[1].Id, [scenario.Projects[1]])).ThrowIfFailed();
        var queuedOnB = workerB.RecountAsync(scenario.Round.Id);
        await Task.Delay(500);
        queuedOnB.IsCompleted.Should().BeFalse("node B waits while node A computes the round");
        (await workerC.RecountAsync(scenario.Round.Id).WaitAsync(TimeSpan.FromSeconds(30))).Should().BeFalse("node B is already waiting to compute the round next");
        (workerC.LeftToAnotherNode, workerC.Computations).Should().Be((1L, 0L));

        gate.SetResult();
        (await computingOnA).Should().BeTrue();
        (await queuedOnB).Should().BeTrue();

        var results = (await b.InScopeAsync<IBudgetingResults, BudgetingRoundResults?>(r => r.ReadAsync(scenario.Round.Id)))!;
        results.Ballots.Should().Be(2, "node B's run started after node A's and counted the ballot node C left to it");
        (workerA.Computations, workerB.Computations).Should().Be((1L, 1L));
        new[] { workerA.LastError, workerB.LastError, workerC.LastError }.Should().OnlyContain(e => e == null);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite, 1)]
    [InlineData(Provider.Postgres, 3)]
    public async Task ABurstOverSeveralNodes_IsNeverComputedTwiceAtOnce_AndItsLastResultsCountEveryBallot(Provider provider, int nodes)
    {
        const int Burst = 60;
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new BudgetingScenario();
        var voters = scenario.World.ResidentsOf(scenario.World.North, Burst);
        await scenario.SaveAsync(database);
        var tracker = new Tracker();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The first node's first computation with a ballot is held at its write until the whole burst is stored.
        var providers = Enumerable.Range(0, nodes).Select(node => BudgetingServices.Build(database, _clock, s =>
        {
            s.AddScoped<IBudgetingBallots>(sp => TrackedBallots.Create(new BudgetingBallots(sp.GetRequiredService<GovernanceDbContext>(), sp.GetService<BudgetingOutcomeWorker>()), tracker));
            s.AddScoped<IBudgetingResults>(sp =>
            {
                var tracked = new TrackedResults(new BudgetingResults(sp.GetRequiredService<GovernanceDbContext>()), tracker);
                return node == 0 ? new GatedResults(tracked, gate, entered) : tracked;
            });
        })).ToList();
        var workers = providers.Select(p => p.GetRequiredService<BudgetingOutcomeWorker>()).ToList();
        using var stop = new CancellationTokenSource();
        var running = workers.Select(w => w.RunAsync(stop.Token)).ToList();
        try
        {
            // The nodes' catch-up of the empty round first.
            for (var wait = 0; wait < 600 && await providers[0].InScopeAsync<IBudgetingResults, BudgetingRoundResults?>(r => r.ReadAsync(scenario.Round.Id)) is null; wait++)
            {
                await Task.Delay(100);
            }

            (await Cast(providers[0], scenario, voters[0].Id, [scenario.Projects[0]])).ThrowIfFailed();
            await entered.Task.WaitAsync(TimeSpan.FromSeconds(60));

            // Each node takes a share of the other ballots, all at once, while the first computation is held.
            await Task.WhenAll(voters.Skip(1).Select((voter, i) => Task.Run(async () =>
                (await Cast(providers[i % nodes], scenario, voter.Id, [scenario.Projects[i % 4]])).ThrowIfFailed())));
            var computationsDuringBurst = workers.Sum(w => w.Computations);
            gate.SetResult();

            BudgetingRoundResults? last = null;
            for (var wait = 0; wait < 600 && last?.Ballots != Burst; wait++)
            {
                await Task.Delay(100);
                last = await providers[0].InScopeAsync<IBudgetingResults, BudgetingRoundResults?>(r => r.ReadAsync(scenario.Round.Id));
            }

            // Let the nodes notified last finish what they started.
            while (tracker.InFlight > 0)
            {
                await Task.Delay(50);
            }

            last!.Ballots.Should().Be(Burst);
            last.Outcome.Greedy.Projects.Sum(x => x.Approvals).Should().Be(Burst);
            tracker.MostAtOnce.Should().Be(1, "one node at a time computes the round");
            // During the burst: only the empty round's catch-ups (one per node at most), since the held run keeps the turn. After
            // it: the held run, the run queued behind it, and at most one more per node for its marks made during the burst.
            var computations = workers.Sum(w => w.Computations);
            computationsDuringBurst.Should().BeLessThanOrEqualTo(nodes);
            computations.Should().BeLessThanOrEqualTo(computationsDuringBurst + 2 + nodes, $"{Burst} ballots over {nodes} nodes are coalesced ({workers.Sum(w => w.LeftToAnotherNode)} runs left to another node)");
            if (nodes > 2)
            {
                workers.Sum(w => w.LeftToAnotherNode).Should().BePositive("while one node computes and another waits, the third leaves the round to them");
            }
            workers.Should().OnlyContain(w => w.LastError == null);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(running);
            foreach (var p in providers)
            {
                await p.DisposeAsync();
            }
        }
    }

    private static Task<Result<Changed>> Cast(IServiceProvider services, BudgetingScenario scenario, ResidentId voter, IReadOnlyList<CitizenIdeaId> approved) =>
        services.InScopeAsync<CastBudgetBallotHandler, Result<Changed>>(h => h.HandleAsync(new CastBudgetBallot(scenario.World.City.Id, scenario.Round.Id, voter, approved)));

    /// <summary>How many computations are between their read of the ballots and their write of the results, across nodes.</summary>
    internal sealed class Tracker
    {
        private int _inFlight;
        private int _mostAtOnce;

        public int InFlight => Volatile.Read(ref _inFlight);

        public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

        public void Started()
        {
            var now = Interlocked.Increment(ref _inFlight);
            int most;
            while (now > (most = Volatile.Read(ref _mostAtOnce)) && Interlocked.CompareExchange(ref _mostAtOnce, now, most) != most)
            {
            }
        }

        public void Ended() => Interlocked.Decrement(ref _inFlight);
    }

    /// <summary>The ballots store, marking the start of a computation when the worker reads the ballots' types.</summary>
#pragma warning disable CA1852 // DispatchProxy derives a type from it: it cannot be sealed.
    internal class TrackedBallots : System.Reflection.DispatchProxy
#pragma warning restore CA1852
    {
        private IBudgetingBallots _inner = null!;
        private Tracker _tracker = null!;

        public static IBudgetingBallots Create(IBudgetingBallots inner, Tracker tracker)
        {
            var proxy = Create<IBudgetingBallots, TrackedBallots>();
            var tracked = (TrackedBallots)(object)proxy;
            (tracked._inner, tracked._tracker) = (inner, tracker);
            return proxy;
        }

        protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod!.Name == nameof(IBudgetingBallots.ReadTypesAsync))
            {
                _tracker.Started();
            }

            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }
    }

    /// <summary>The results store, slow on purpose (so that computations on two nodes would overlap), marking the end of one.</summary>
    private sealed class TrackedResults(IBudgetingResults inner, Tracker tracker) : IBudgetingResults
    {
        public Task<BudgetingRoundResults?> ReadAsync(BudgetingRoundId round, CancellationToken cancellationToken = default) => inner.ReadAsync(round, cancellationToken);

        public async Task<bool> StoreAsync(BudgetingRoundResults results, CancellationToken cancellationToken = default)
        {
            try
            {
                await Task.Delay(150, cancellationToken);
                return await inner.StoreAsync(results, cancellationToken);
            }
            finally
            {
                tracker.Ended();
            }
        }
    }
}
