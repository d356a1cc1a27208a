using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Concurrency;
using ParticipatoryGovernance.EntityFrameworkCore.Diagnostics;
using ParticipatoryGovernance.EntityFrameworkCore.Specifications;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.EntityFrameworkCore.UseCases;

/// <summary>
/// The use-case layer's storage port over <see cref="GovernanceDbContext"/>: reads through the specification evaluator,
/// new aggregates saved with their events, and every change through <see cref="ConcurrencyRetry"/> (ADR 0016, ADR 0029).
/// </summary>
/// <remarks>Scoped, like its context; not thread-safe.</remarks>
public sealed class GovernanceStore : IGovernanceStore
{
    private readonly GovernanceDbContext _context;
    private readonly ISpecificationEvaluator _evaluator;
    private readonly ConcurrencyRetryOptions _retry;

    /// <summary>Creates the store.</summary>
    /// <param name="context">The unit of work.</param>
    /// <param name="evaluator">The evaluator; <see cref="QueryableSpecificationEvaluator.Default"/> when null.</param>
    /// <param name="retry">The retry settings; <see cref="ConcurrencyRetryOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public GovernanceStore(GovernanceDbContext context, ISpecificationEvaluator? evaluator = null, ConcurrencyRetryOptions? retry = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _evaluator = evaluator ?? QueryableSpecificationEvaluator.Default;
        _retry = retry ?? ConcurrencyRetryOptions.Default;
    }

    /// <inheritdoc />
    public Task<T?> FindAsync<T>(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default)
        where T : class, IAggregateRoot
    {
        ArgumentNullException.ThrowIfNull(specification);
        return _evaluator.GetQuery(_context.Set<T>().AsNoTracking(), specification).SingleOrDefaultAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<T>> ListAsync<T>(ISpecification<T> specification, CancellationToken cancellationToken = default)
        where T : class, IAggregateRoot
    {
        ArgumentNullException.ThrowIfNull(specification);
        var list = await _evaluator.GetQuery(_context.Set<T>().AsNoTracking(), specification).ToListAsync(cancellationToken);
        return specification.PostProcessingAction is null ? list : [.. specification.PostProcessingAction(list)];
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<IDomainEvent>>> AddAsync<T>(T aggregate, CancellationToken cancellationToken = default)
        where T : class, IAggregateRoot
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        if (_context.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("The context holds unsaved changes; the store saves one act at a time.");
        }

        IReadOnlyList<IDomainEvent> events = [.. aggregate.DomainEvents];
        _context.Set<T>().Add(aggregate);
        try
        {
            await _context.SaveChangesAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException conflict)
        {
            // A unique key or index refused the row (two writers forming the same council at once, say): a refusal, not a crash.
            if (!conflict.IsDuplicateKey)
            {
                StorageTelemetry.GaveUp(_context, typeof(T).Name, 1, 1);
            }

            return Result.Failure<IReadOnlyList<IDomainEvent>>(conflict.IsDuplicateKey
                ? PersistenceRules.Duplicated(typeof(T).Name)
                : PersistenceRules.ConflictAfter(typeof(T).Name, 1));
        }
        finally
        {
            _context.ChangeTracker.Clear();
        }

        return Result.Success(events);
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<IDomainEvent>>> ChangeAsync<T>(ISingleResultSpecification<T> specification, Func<T, Result> change, CancellationToken cancellationToken = default)
        where T : class, IAggregateRoot
    {
        ArgumentNullException.ThrowIfNull(change);
        IReadOnlyList<IDomainEvent> events = [];
        var result = await _context.ChangeWithRetryAsync(
            specification,
            aggregate =>
            {
                // The queue may apply several writers' operations to one loaded aggregate: keep only this one's events.
                var before = aggregate.DomainEvents.Count;
                var outcome = change(aggregate);
                events = outcome.IsSuccess ? [.. aggregate.DomainEvents.Skip(before)] : [];
                return outcome;
            },
            _retry,
            cancellationToken);
        return result.IsSuccess ? Result.Success(events) : Result.Failure<IReadOnlyList<IDomainEvent>>([.. result.Violations]);
    }

    /// <inheritdoc />
    public async Task<Result<(TNew Created, IReadOnlyList<IDomainEvent> Events)>> ChangeAndAddAsync<T, TNew>(
        ISingleResultSpecification<T> specification,
        Func<T, Result<TNew>> change,
        CancellationToken cancellationToken = default)
        where T : class, IAggregateRoot
        where TNew : class, IAggregateRoot
    {
        ArgumentNullException.ThrowIfNull(change);
        TNew? created = null;
        IReadOnlyList<IDomainEvent> events = [];

        // Not through the in-process queue: the new aggregate is added to this store's own context, which the queue's
        // leader (another writer's context) would not save. Each attempt starts from a cleared change tracker, so the
        // new aggregate is added again on a retry.
        var result = await _context.ChangeWithRetryAsync(
            specification,
            aggregate =>
            {
                var before = aggregate.DomainEvents.Count;
                var outcome = change(aggregate);
                if (outcome.IsFailure)
                {
                    return outcome;
                }

                created = outcome.Value;
                _context.Set<TNew>().Add(created);
                events = [.. aggregate.DomainEvents.Skip(before), .. created.DomainEvents];
                return Result.Success();
            },
            _retry with { QueueChangesInProcess = false },
            cancellationToken);
        return result.IsSuccess
            ? Result.Success((created!, events))
            : Result.Failure<(TNew, IReadOnlyList<IDomainEvent>)>([.. result.Violations]);
    }
}
