using System.Linq.Expressions;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Specifications;

namespace ParticipatoryGovernance.EntityFrameworkCore.Concurrency;

/// <summary>
/// Changes one aggregate under concurrent writers: load it, apply a domain operation, save; when another writer saved
/// first, load it again and reapply the operation to the new state, so the aggregate's rules decide on what is
/// really stored.
/// </summary>
/// <remarks>
/// <para>
/// The first attempt is optimistic and holds nothing. With <see cref="ConcurrencyRetryOptions.LockAfterConflict"/>
/// (the default), a change that lost a race joins this process's queue for that aggregate: one writer at a time holds
/// the aggregate (a row lock on PostgreSQL, the write lock on SQLite), loads it once, applies every queued operation
/// in turn, each with its own result as if it ran alone, and stores them in one transaction. A thousand residents
/// endorsing one idea at once are then stored in a few transactions instead of a thousand reloads (ADR 0016).
/// </para>
/// <para>Thread-safe: call it from as many tasks as there are writers, each with its own context.</para>
/// </remarks>
public static class ConcurrencyRetry
{
    /// <summary>Loads an aggregate, applies a domain operation and saves it, retrying when the save loses a race.</summary>
    /// <typeparam name="T">The aggregate root type.</typeparam>
    /// <param name="context">The context; it must hold no unsaved changes, because each attempt starts from a cleared change tracker.</param>
    /// <param name="specification">Finds the aggregate, such as <c>MunicipalityByIdSpec</c>.</param>
    /// <param name="change">
    /// The domain operation, such as <c>m =&gt; m.LaunchPhase(phase, date)</c>; it may run more than once, each time on a
    /// fresh load, and after a lost race on an aggregate loaded by another writer's context, so it must change only the
    /// aggregate it is given and must not touch the database itself.
    /// </param>
    /// <param name="options">The retry settings; <see cref="ConcurrencyRetryOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the wait and the database calls.</param>
    /// <returns>
    /// The operation's success once stored; the operation's own failure (nothing stored); or a failure with rule
    /// <see cref="PersistenceRules.NotFound"/> or <see cref="PersistenceRules.ConcurrencyConflict"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="specification"/> asks for no tracking.</exception>
    /// <exception cref="InvalidOperationException">The context holds unsaved changes.</exception>
    public static Task<Result> ChangeWithRetryAsync<T>(
        this GovernanceDbContext context,
        ISingleResultSpecification<T> specification,
        Func<T, Result> change,
        ConcurrencyRetryOptions? options = null,
        CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(change);
        return context.ChangeWithRetryCoreAsync(specification, (aggregate, _) => Task.FromResult(change(aggregate)), options, cancellationToken);
    }

    /// <summary>The retry loop, with an operation that may await (tests hold every writer at a gate with it).</summary>
    internal static async Task<Result> ChangeWithRetryCoreAsync<T>(
        this GovernanceDbContext context,
        ISingleResultSpecification<T> specification,
        Func<T, CancellationToken, Task<Result>> change,
        ConcurrencyRetryOptions? options,
        CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentNullException.ThrowIfNull(change);
        if (specification.AsNoTracking || specification.AsNoTrackingWithIdentityResolution)
        {
            throw new ArgumentException("A change needs the aggregate tracked; use a specification without AsNoTracking.", nameof(specification));
        }

        options ??= ConcurrencyRetryOptions.Default;
        options.EnsureValid();
        if (context.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("The context holds unsaved changes; save or discard them before a retried change, which starts each attempt afresh.");
        }

        // The key first (one small query), so that a change to an aggregate this process is already changing can wait
        // its turn before loading the aggregate at all.
        var key = await KeyOfAsync(context, specification, cancellationToken);
        if (key is null)
        {
            return Result.Failure(PersistenceRules.Missing(typeof(T).Name));
        }

        var waiting = ChangeQueue.Waiting.For(specification, change, cancellationToken);
        if (options.QueueChangesInProcess)
        {
            return await ChangeQueue.For(context, typeof(T), key).EnqueueAsync<T>(context, waiting, options);
        }

        await ChangeQueue.StoreAsync<T>(context, key, [waiting], options);
        return await waiting.Done.Task;
    }

    private static async Task<object?> KeyOfAsync<T>(GovernanceDbContext context, ISingleResultSpecification<T> specification, CancellationToken cancellationToken)
        where T : class
    {
        var keyProperty = context.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties[0];
        var entity = Expression.Parameter(typeof(T), "e");
        var selector = Expression.Lambda<Func<T, object>>(
            Expression.Convert(Expression.Call(typeof(EF), nameof(EF.Property), [keyProperty.ClrType], entity, Expression.Constant(keyProperty.Name)), typeof(object)),
            entity);
        return await QueryableSpecificationEvaluator.Default.GetQuery(context.Set<T>().AsNoTracking(), specification)
            .Select(selector)
            .SingleOrDefaultAsync(cancellationToken);
    }
}
