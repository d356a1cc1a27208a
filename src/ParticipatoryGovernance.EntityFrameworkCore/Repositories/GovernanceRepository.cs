using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Concurrency;
using ParticipatoryGovernance.EntityFrameworkCore.Specifications;

namespace ParticipatoryGovernance.EntityFrameworkCore.Repositories;

/// <summary>
/// Ardalis.Specification's repository over <see cref="GovernanceDbContext"/>: specifications run in the database
/// through <see cref="QueryableSpecificationEvaluator"/>; writes save at once, as in Ardalis' own <c>RepositoryBase</c>.
/// </summary>
/// <typeparam name="T">An aggregate root type of the model (or the stored events).</typeparam>
/// <remarks>
/// <para>
/// Update only what this repository (or its context) loaded: the aggregate's version lives in the change tracker, not
/// in the domain object, so a detached aggregate cannot be checked against concurrent writers and is refused.
/// </para>
/// <para>Scoped, like its context; not thread-safe.</para>
/// </remarks>
public class GovernanceRepository<T> : IRepositoryBase<T>
    where T : class
{
    private readonly GovernanceDbContext _context;
    private readonly ISpecificationEvaluator _evaluator;
    private readonly ConcurrencyRetryOptions _retry;

    /// <summary>Creates the repository.</summary>
    /// <param name="context">The unit of work.</param>
    /// <param name="evaluator">The evaluator; <see cref="QueryableSpecificationEvaluator.Default"/> when null.</param>
    /// <param name="retry">The settings for <see cref="ChangeAsync"/>; <see cref="ConcurrencyRetryOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public GovernanceRepository(GovernanceDbContext context, ISpecificationEvaluator? evaluator = null, ConcurrencyRetryOptions? retry = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _evaluator = evaluator ?? QueryableSpecificationEvaluator.Default;
        _retry = retry ?? ConcurrencyRetryOptions.Default;
    }

    /// <summary>
    /// Loads the aggregate a specification finds, applies a domain operation and saves it, reloading and reapplying
    /// when another writer saved first. See <see cref="ConcurrencyRetry"/>.
    /// </summary>
    /// <param name="specification">Finds the aggregate.</param>
    /// <param name="change">The domain operation; it may run more than once.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The operation's result once stored, its refusal, or a not-found or concurrency-conflict failure.</returns>
    public virtual Task<Result> ChangeAsync(ISingleResultSpecification<T> specification, Func<T, Result> change, CancellationToken cancellationToken = default) =>
        _context.ChangeWithRetryAsync(specification, change, _retry, cancellationToken);

    /// <inheritdoc />
    public virtual async Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        _context.Set<T>().Add(entity);
        await SaveChangesAsync(cancellationToken);
        return entity;
    }

    /// <inheritdoc />
    public virtual async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = entities.ToList();
        _context.Set<T>().AddRange(list);
        await SaveChangesAsync(cancellationToken);
        return list;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The entity was not loaded through this context.</exception>
    public virtual async Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        EnsureTracked(entity);
        return await SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">An entity was not loaded through this context.</exception>
    public virtual async Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var entity in entities)
        {
            EnsureTracked(entity);
        }

        return await SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public virtual async Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        _context.Set<T>().Remove(entity);
        return await SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public virtual async Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken)
    {
        _context.Set<T>().RemoveRange(entities);
        return await SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public virtual async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken)
    {
        var entities = await Apply(specification).ToListAsync(cancellationToken);
        _context.Set<T>().RemoveRange(entities);
        return await SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => _context.SaveChangesAsync(cancellationToken);

    /// <inheritdoc />
    public virtual async Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull => await _context.Set<T>().FindAsync([id], cancellationToken);

    /// <inheritdoc />
    public virtual Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        Apply(specification).FirstOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public virtual Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken) =>
        Apply(specification).FirstOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public virtual Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken) =>
        Apply(specification).SingleOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public virtual Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken) =>
        Apply(specification).SingleOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public virtual Task<List<T>> ListAsync(CancellationToken cancellationToken) => _context.Set<T>().ToListAsync(cancellationToken);

    /// <inheritdoc />
    public virtual async Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var list = await Apply(specification).ToListAsync(cancellationToken);
        return specification.PostProcessingAction is null ? list : [.. specification.PostProcessingAction(list)];
    }

    /// <inheritdoc />
    public virtual async Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var list = await Apply(specification).ToListAsync(cancellationToken);
        return specification.PostProcessingAction is null ? list : [.. specification.PostProcessingAction(list)];
    }

    /// <inheritdoc />
    public virtual Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        _evaluator.GetQuery(_context.Set<T>(), specification, evaluateCriteriaOnly: true).CountAsync(cancellationToken);

    /// <inheritdoc />
    public virtual Task<int> CountAsync(CancellationToken cancellationToken) => _context.Set<T>().CountAsync(cancellationToken);

    /// <inheritdoc />
    public virtual Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        _evaluator.GetQuery(_context.Set<T>(), specification, evaluateCriteriaOnly: true).AnyAsync(cancellationToken);

    /// <inheritdoc />
    public virtual Task<bool> AnyAsync(CancellationToken cancellationToken) => _context.Set<T>().AnyAsync(cancellationToken);

    /// <inheritdoc />
    public virtual IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification) => Apply(specification).AsAsyncEnumerable();

    /// <summary>The query a specification stands for, for callers that need more than the repository offers.</summary>
    /// <param name="specification">The specification.</param>
    /// <returns>The query, not yet run.</returns>
    protected IQueryable<T> Apply(ISpecification<T> specification) => _evaluator.GetQuery(_context.Set<T>(), specification);

    /// <summary>The projecting query a specification stands for.</summary>
    /// <typeparam name="TResult">The projected type.</typeparam>
    /// <param name="specification">The specification.</param>
    /// <returns>The query, not yet run.</returns>
    protected IQueryable<TResult> Apply<TResult>(ISpecification<T, TResult> specification) => _evaluator.GetQuery(_context.Set<T>(), specification);

    private void EnsureTracked(T entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (_context.Entry(entity).State == EntityState.Detached)
        {
            throw new InvalidOperationException(
                $"This {typeof(T).Name} was not loaded through this context, so its stored version is unknown and a concurrent change could be overwritten; load it, change it, then update it.");
        }
    }
}
