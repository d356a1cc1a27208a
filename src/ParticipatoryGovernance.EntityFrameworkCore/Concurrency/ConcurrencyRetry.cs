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
public static class ConcurrencyRetry
{
    /// <summary>Loads an aggregate, applies a domain operation and saves it, retrying when the save loses a race.</summary>
    /// <typeparam name="T">The aggregate root type.</typeparam>
    /// <param name="context">The context; it must hold no unsaved changes, because each attempt starts from a cleared change tracker.</param>
    /// <param name="specification">Finds the aggregate, such as <c>MunicipalityByIdSpec</c>.</param>
    /// <param name="change">The domain operation, such as <c>m =&gt; m.LaunchPhase(phase, date)</c>; it may run more than once, each time on a fresh load.</param>
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

    private static object KeyOf(GovernanceDbContext context, object aggregate)
    {
        var entry = context.Entry(aggregate);
        return entry.Property(entry.Metadata.FindPrimaryKey()!.Properties[0].Name).CurrentValue!;
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

        object? key = null;
        for (var attempt = 1; ; attempt++)
        {
            context.ChangeTracker.Clear();

            // After a lost race, hold the aggregate for the reload and save: the losers queue instead of racing again.
            await using var exclusive = attempt > 1 && options.LockAfterConflict && key is not null
                ? await context.BeginExclusiveChangeAsync(context.Model.FindEntityType(typeof(T))!, key, cancellationToken)
                : null;
            var query = QueryableSpecificationEvaluator.Default.GetQuery(context.Set<T>().AsTracking(), specification);
            var aggregate = await query.SingleOrDefaultAsync(cancellationToken);
            if (aggregate is null)
            {
                return Result.Failure(PersistenceRules.Missing(typeof(T).Name));
            }

            key ??= KeyOf(context, aggregate);
            var result = await change(aggregate, cancellationToken);
            if (result.IsFailure)
            {
                // Refused by the model: nothing was changed, so nothing is saved.
                context.ChangeTracker.Clear();
                return result;
            }

            try
            {
                await context.SaveChangesAsync(cancellationToken);
                if (exclusive is not null)
                {
                    await exclusive.CommitAsync(cancellationToken);
                }

                return result;
            }
            catch (ConcurrencyConflictException) when (attempt < options.MaxAttempts)
            {
                if (!options.LockAfterConflict)
                {
                    await Task.Delay(options.DelayBefore(attempt + 1), cancellationToken);
                }
            }
            catch (ConcurrencyConflictException)
            {
                context.ChangeTracker.Clear();
                return Result.Failure(PersistenceRules.ConflictAfter(typeof(T).Name, attempt));
            }
        }
    }
}
