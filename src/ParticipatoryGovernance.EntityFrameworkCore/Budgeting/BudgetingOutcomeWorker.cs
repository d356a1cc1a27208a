using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.Specifications;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.EntityFrameworkCore.Diagnostics;
using ParticipatoryGovernance.Municipalities.Specifications;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.EntityFrameworkCore.Budgeting;

/// <summary>Settings of the <see cref="BudgetingOutcomeWorker"/>.</summary>
public sealed record BudgetingOutcomeWorkerOptions
{
    /// <summary>
    /// How often every round's stored results are compared with its ballots' watermark, to count ballots another node
    /// stored (or that arrived while this one was down). Default 30 seconds; at least 1 second.
    /// </summary>
    public TimeSpan StalenessCheckInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Rials per voter per step of Equal Shares' Add1 completion, or <see langword="null"/> (the default) for the
    /// charter's <see cref="BudgetingRules.Add1StepPerVoter"/>: the one place the step is chosen.
    /// </summary>
    public long? Add1StepPerVoter { get; init; }
}

/// <summary>
/// Computes budgeting rounds' outcomes off the request path and stores them (<see cref="IBudgetingResults"/>), so a
/// page only reads: a round is recounted after its ballots change, at most one computation at a time per round, and a
/// burst of ballots is coalesced (a ballot arriving during a computation marks the round again; one more run follows).
/// It also catches up when it starts and checks every round's watermark periodically (ADR 0031).
/// </summary>
/// <remarks>
/// <para>Several nodes sharing one PostgreSQL database compute a round single-flight (issue #18): one computes while at
/// most one more waits for its turn, and a node that finds both taken leaves the round to the waiting one, whose run starts
/// after it and so counts its ballots (<see cref="LeftToAnotherNode"/>). Session-level advisory locks per round hold the
/// turns; they end with the connection should a node die. On SQLite one process owns the database.</para>
/// <para>
/// Host-agnostic: a host runs <see cref="RunAsync"/> for its lifetime (from a hosted service, say);
/// <see cref="BudgetingBallots"/> calls <see cref="Notify"/> after each commit. A singleton; thread-safe. Rounds are
/// computed one after another, each in its own service scope.
/// </para>
/// </remarks>
public sealed class BudgetingOutcomeWorker : IDisposable
{
    private readonly IServiceScopeFactory _scopes;
    private readonly BudgetingOutcomeWorkerOptions _options;
    private readonly ConcurrentDictionary<BudgetingRoundId, byte> _dirty = new();
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private long _computations;
    private long _leftToAnotherNode;
    private ILogger? _logger;

    /// <summary>Creates the worker.</summary>
    /// <param name="scopes">Creates a scope (a context, the stores) per computation.</param>
    /// <param name="options">The settings; the defaults when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scopes"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The check interval is under a second, or the step under 1.</exception>
    public BudgetingOutcomeWorker(IServiceScopeFactory scopes, BudgetingOutcomeWorkerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        _options = options ?? new BudgetingOutcomeWorkerOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.StalenessCheckInterval, TimeSpan.FromSeconds(1), nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Add1StepPerVoter ?? 1, 1, nameof(options));
        _scopes = scopes;
    }

    /// <summary>How many outcomes this worker has computed.</summary>
    public long Computations => Interlocked.Read(ref _computations);

    /// <summary>
    /// How many recounts this worker left to another node sharing the database: one was computing the round and another
    /// was already waiting to compute it next, which counts every ballot stored before.
    /// </summary>
    public long LeftToAnotherNode => Interlocked.Read(ref _leftToAnotherNode);

    /// <summary>
    /// Raised after this worker stored a round's new results (on the worker's thread; keep handlers short): a host evicts
    /// the pages showing them, for instance.
    /// </summary>
    public event EventHandler<BudgetingRoundId>? Computed;

    /// <summary>The last computation's failure, if the latest one failed; for health checks and logs.</summary>
    public Exception? LastError { get; private set; }

    /// <summary>How long the latest computation took.</summary>
    public TimeSpan LastDuration { get; private set; }

    /// <summary>Marks a round's results stale; the running worker recomputes them soon. Cheap, never blocks.</summary>
    /// <param name="round">The round whose ballots changed.</param>
    public void Notify(BudgetingRoundId round)
    {
        if (_dirty.TryAdd(round, 0))
        {
            _wake.Release();
        }
    }

    /// <summary>
    /// Runs until cancelled: catches up on every round whose results are stale, then recomputes each round marked by
    /// <see cref="Notify"/>, and at every <see cref="BudgetingOutcomeWorkerOptions.StalenessCheckInterval"/> checks all
    /// rounds again. A failed computation is kept in <see cref="LastError"/> and retried at the next check.
    /// </summary>
    /// <param name="cancellationToken">Stops the worker.</param>
    /// <returns>A task that ends when the worker stops.</returns>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var nextCheck = TimeSpan.Zero;
        var sinceCheck = Stopwatch.StartNew();
        while (!cancellationToken.IsCancellationRequested)
        {
            if (sinceCheck.Elapsed >= nextCheck)
            {
                await MarkStaleAsync(cancellationToken);
                sinceCheck.Restart();
                nextCheck = _options.StalenessCheckInterval;
            }

            foreach (var round in _dirty.Keys)
            {
                // Unmarked before counting: a ballot stored while this runs marks the round again, for one more run.
                _dirty.TryRemove(round, out _);
                await RecountAsync(round, cancellationToken);
            }

            if (_dirty.IsEmpty)
            {
                try
                {
                    await _wake.WaitAsync(nextCheck - sinceCheck.Elapsed is { } left && left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Recomputes one round's outcome now: reads the ballot types (grouped by the database) with their watermark in one
    /// snapshot, applies both rules at the Add1 step, stores the results. It does not skip a round whose watermark
    /// looks unchanged: on PostgreSQL a ballot can commit after a later-numbered one, so a notified round is always counted again.
    /// On PostgreSQL it first takes the round's turn among the nodes: it waits while another node computes the round, and
    /// returns <see langword="false"/> at once when yet another node is waiting to compute it next.
    /// </summary>
    /// <param name="round">The round.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Whether new results were computed and stored (false too when the round was left to another node).</returns>
    public async Task<bool> RecountAsync(BudgetingRoundId round, CancellationToken cancellationToken = default)
    {
        using var activity = StorageTelemetry.StartComputation(round.Value);
        var began = Stopwatch.GetTimestamp();
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            _logger ??= services.GetService<ILoggerFactory>()?.CreateLogger(GovernanceTelemetry.StorageLoggerCategory);
            var ballots = services.GetRequiredService<IBudgetingBallots>();
            var results = services.GetRequiredService<IBudgetingResults>();
            var store = services.GetRequiredService<IGovernanceStore>();
            var found = await store.FindAsync(new BudgetingRoundByIdSpec(round), cancellationToken);
            var municipality = found is null ? null : await store.FindAsync(new MunicipalityByIdSpec(found.MunicipalityId), cancellationToken);
            if (found is null || municipality is null)
            {
                return false;
            }

            await using var turn = await RoundTurn.TakeAsync(services.GetRequiredService<GovernanceDbContext>(), round, cancellationToken);
            if (turn is null)
            {
                Interlocked.Increment(ref _leftToAnotherNode);
                return false;
            }

            var started = Stopwatch.StartNew();
            var tally = await ballots.ReadTypesAsync(round, cancellationToken);
            var step = _options.Add1StepPerVoter ?? municipality.Charter.Budgeting.Add1StepPerVoter;
            var outcome = await Task.Run(() => found.Outcomes(tally.Types, step), cancellationToken);
            var clock = services.GetRequiredService<IClock>();
            await results.StoreAsync(new BudgetingRoundResults(round, tally.Ballots, tally.Watermark, clock.GetCurrentInstant(), outcome), cancellationToken);
            LastDuration = started.Elapsed;
            StorageTelemetry.Computed(activity, Stopwatch.GetElapsedTime(began), tally.Ballots);
            Interlocked.Increment(ref _computations);
            LastError = null;
            Computed?.Invoke(this, round);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LastError = exception;
            StorageTelemetry.ComputationFailed(activity, _logger, round.Value, Stopwatch.GetElapsedTime(began), exception);
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _wake.Dispose();

    private async Task MarkStaleAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();

            // One query: each round's ballots' watermark and count beside its results' (none when never computed). The
            // count catches a ballot another node committed after a later-numbered one, which leaves the maximum as it was.
            var rounds = await context.Set<BudgetingRound>().AsNoTracking().Select(r => new
            {
                r.Id,
                Watermark = context.Set<StoredBudgetingBallot>().Where(b => b.RoundId == r.Id).Max(b => (long?)b.Change) ?? 0,
                Count = context.Set<StoredBudgetingBallot>().Count(b => b.RoundId == r.Id),
                Results = context.Set<StoredBudgetingResults>().Where(s => s.RoundId == r.Id).Select(s => new { s.Watermark, s.Ballots }).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
            foreach (var round in rounds.Where(r => r.Results is null || r.Results.Watermark != r.Watermark || r.Results.Ballots != r.Count))
            {
                _dirty.TryAdd(round.Id, 0);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LastError = exception;
        }
    }
}
