using System.Collections.Concurrent;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Diagnostics;

namespace ParticipatoryGovernance.EntityFrameworkCore.Concurrency;

/// <summary>
/// The changes waiting for one aggregate in this process. One writer at a time leads: it loads the aggregate once,
/// applies the waiting operations in the order they came, each to the state the ones before it left, and stores them
/// in one transaction; then it hands the queue to the writer that has waited longest, who does the same with the
/// changes that queued meanwhile. Each writer gets its own operation's result, as if the operations had run one after
/// another, which they did.
/// </summary>
/// <remarks>
/// <para>
/// A batch is stored optimistically first; when a writer of another process saved the aggregate in between, the batch
/// is loaded and applied again, holding the aggregate (<see cref="GovernanceDbContext.BeginExclusiveChangeAsync"/>)
/// when <see cref="ConcurrencyRetryOptions.LockAfterConflict"/> is set.
/// </para>
/// <para>
/// A refused operation leaves the aggregate unchanged (a rule of the model), so it cannot spoil the others in its
/// batch; an operation that throws is given the exception and the rest are applied again to a fresh load. Thread-safe.
/// </para>
/// </remarks>
internal sealed class ChangeQueue
{
    private static readonly ConcurrentDictionary<(string Database, Type Aggregate, object Key), ChangeQueue> Queues = new();

    private readonly Lock _gate = new();
    private readonly List<Waiting> _waiting = [];
    private readonly (string Database, Type Aggregate, object Key) _id;
    private bool _leading;

    private ChangeQueue((string Database, Type Aggregate, object Key) id) => _id = id;

    /// <summary>The queue of an aggregate in the context's database.</summary>
    public static ChangeQueue For(GovernanceDbContext context, Type aggregateType, object key) =>
        Queues.GetOrAdd((context.Database.GetConnectionString() ?? string.Empty, aggregateType, key), id => new ChangeQueue(id));

    /// <summary>
    /// Queues a change and returns its result once stored (or refused). When nobody leads the queue, or the last leader
    /// hands it over, this writer leads: it stores one batch (its own change among them) and hands the queue to the
    /// writer that has waited longest, so that no caller works for the others for long.
    /// </summary>
    /// <param name="context">The writer's context, which does the work if this writer leads.</param>
    /// <param name="waiting">The change.</param>
    /// <param name="options">The retry settings, for the batch this writer stores if it leads.</param>
    public async Task<Result> EnqueueAsync<T>(GovernanceDbContext context, Waiting waiting, ConcurrencyRetryOptions options)
        where T : class
    {
        lock (_gate)
        {
            _waiting.Add(waiting);
            if (!_leading)
            {
                _leading = true;
                waiting.Lead.TrySetResult();
            }
        }

        if (await Task.WhenAny(waiting.Done.Task, waiting.Lead.Task) == waiting.Lead.Task)
        {
            await LeadAsync<T>(context, options);
        }

        return await waiting.Done.Task;
    }

    /// <summary>
    /// Loads the aggregate, applies a batch of changes and stores them; again after each lost race, up to the attempts
    /// allowed. Completes every change in the batch.
    /// </summary>
    public static async Task StoreAsync<T>(GovernanceDbContext context, object key, List<Waiting> batch, ConcurrencyRetryOptions options)
        where T : class
    {
        var rootType = context.Model.FindEntityType(typeof(T))!;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                batch.RemoveAll(w => w.Done.Task.IsCompleted);
                if (batch.Count == 0)
                {
                    return;
                }

                context.ChangeTracker.Clear();
                Result?[] results;
                try
                {
                    await using var exclusive = attempt > 1 && options.LockAfterConflict
                        ? await context.BeginExclusiveChangeAsync(rootType, key, CancellationToken.None)
                        : null;
                    var aggregate = await context.Set<T>().FindAsync([key], CancellationToken.None);
                    if (aggregate is null)
                    {
                        batch.ForEach(w => w.Done.TrySetResult(Result.Failure(PersistenceRules.Missing(typeof(T).Name))));
                        return;
                    }

                    results = new Result?[batch.Count];
                    if (!await ApplyAsync(batch, aggregate, results))
                    {
                        // An operation threw: it has its exception, and the others start again from a fresh load.
                        attempt--;
                        continue;
                    }

                    await context.SaveChangesAsync(CancellationToken.None);
                    if (exclusive is not null)
                    {
                        await exclusive.CommitAsync(CancellationToken.None);
                    }
                }
                catch (ConcurrencyConflictException) when (attempt < options.MaxAttempts)
                {
                    StorageTelemetry.Retried(typeof(T).Name, attempt + 1);
                    if (!options.LockAfterConflict)
                    {
                        await Task.Delay(options.DelayBefore(attempt + 1));
                    }

                    continue;
                }
                catch (ConcurrencyConflictException)
                {
                    StorageTelemetry.GaveUp(context, typeof(T).Name, attempt, batch.Count);
                    batch.ForEach(w => w.Done.TrySetResult(Result.Failure(PersistenceRules.ConflictAfter(typeof(T).Name, attempt))));
                    return;
                }

                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult(results[i]!);
                }

                return;
            }
        }
        catch (Exception exception)
        {
            // A failure that is no lost race (the database is gone): every writer in the batch hears of it.
            batch.ForEach(w => w.Done.TrySetException(exception));
        }
        finally
        {
            context.ChangeTracker.Clear();
        }
    }

    /// <summary>Stores the changes waiting now, then hands the queue to the next writer waiting, or leaves it free.</summary>
    private async Task LeadAsync<T>(GovernanceDbContext context, ConcurrencyRetryOptions options)
        where T : class
    {
        List<Waiting> batch;
        lock (_gate)
        {
            batch = [.. _waiting];
            _waiting.Clear();
        }

        await StoreAsync<T>(context, _id.Key, batch, options);
        lock (_gate)
        {
            if (_waiting.Count == 0)
            {
                _leading = false;
                Queues.TryRemove(new KeyValuePair<(string, Type, object), ChangeQueue>(_id, this));
            }
            else
            {
                _waiting[0].Lead.TrySetResult();
            }
        }
    }

    private static async Task<bool> ApplyAsync(List<Waiting> batch, object aggregate, Result?[] results)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            var waiting = batch[i];
            if (waiting.CancellationToken.IsCancellationRequested)
            {
                waiting.Done.TrySetCanceled(waiting.CancellationToken);
                continue;
            }

            try
            {
                results[i] = waiting.Applies(aggregate)
                    ? await waiting.Change(aggregate, waiting.CancellationToken)
                    : Result.Failure(PersistenceRules.Missing(aggregate.GetType().Name));
            }
            catch (Exception exception)
            {
                waiting.Done.TrySetException(exception);
                return false;
            }
        }

        return true;
    }

    /// <summary>A change waiting to be applied: the operation, the specification it must still meet, and its result.</summary>
    internal sealed class Waiting
    {
        private Waiting(Func<object, bool> applies, Func<object, CancellationToken, Task<Result>> change, CancellationToken cancellationToken)
        {
            Applies = applies;
            Change = change;
            CancellationToken = cancellationToken;
        }

        public Func<object, bool> Applies { get; }

        public Func<object, CancellationToken, Task<Result>> Change { get; }

        public CancellationToken CancellationToken { get; }

        public TaskCompletionSource<Result> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Set when this writer is to lead the queue with its own context.</summary>
        public TaskCompletionSource Lead { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public static Waiting For<T>(ISingleResultSpecification<T> specification, Func<T, CancellationToken, Task<Result>> change, CancellationToken cancellationToken)
            where T : class =>
            new(aggregate => specification.IsSatisfiedBy((T)aggregate), (aggregate, token) => change((T)aggregate, token), cancellationToken);
    }
}
