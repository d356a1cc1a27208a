using Ardalis.Specification;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.UseCases;

/// <summary>
/// The storage port of the use-case layer: the few things a command handler asks of storage. The EF Core package
/// implements it (<c>AddParticipatoryGovernanceSqlite</c> / <c>AddParticipatoryGovernancePostgres</c> register it);
/// a host never saves an aggregate any other way.
/// </summary>
/// <remarks>
/// <para>
/// There is one way to save a change: <see cref="ChangeAsync{T}"/>, which loads the aggregate, applies the domain
/// operation and saves it, and when another writer saved first loads it again and reapplies the operation, so the
/// aggregate's rules decide on what is really stored (ADR 0016). New aggregates are stored with <see cref="AddAsync{T}"/>.
/// </para>
/// <para>
/// Every write returns the domain events it stored (they are also written to the storage's outbox in the same
/// transaction); hosts use them to evict caches and to notify. Implementations are scoped to one unit of work and are
/// not thread-safe.
/// </para>
/// </remarks>
public interface IGovernanceStore
{
    /// <summary>Reads one aggregate, not tracked for changes.</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <param name="specification">Finds the aggregate, such as a by-id specification.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The aggregate, or <see langword="null"/> when none matches.</returns>
    Task<T?> FindAsync<T>(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default)
        where T : class, IAggregateRoot;

    /// <summary>Reads the aggregates a specification finds, not tracked for changes.</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <param name="specification">The query.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The aggregates, in the specification's order.</returns>
    Task<IReadOnlyList<T>> ListAsync<T>(ISpecification<T> specification, CancellationToken cancellationToken = default)
        where T : class, IAggregateRoot;

    /// <summary>Stores a new aggregate and the events it raised.</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <param name="aggregate">The aggregate, created through its factory.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored events, or a refusal when storage holds a conflicting record (such as a duplicate key).</returns>
    Task<Result<IReadOnlyList<IDomainEvent>>> AddAsync<T>(T aggregate, CancellationToken cancellationToken = default)
        where T : class, IAggregateRoot;

    /// <summary>
    /// Loads an aggregate, applies a domain operation and saves it, retrying on a fresh load when another writer saved
    /// first. The operation may run more than once and must change only the aggregate it is given.
    /// </summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <param name="specification">Finds the aggregate; it must track changes.</param>
    /// <param name="change">The domain operation.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>
    /// The events the operation raised, once stored; the operation's own refusal (nothing stored); or a not-found or
    /// concurrency-conflict refusal.
    /// </returns>
    Task<Result<IReadOnlyList<IDomainEvent>>> ChangeAsync<T>(ISingleResultSpecification<T> specification, Func<T, Result> change, CancellationToken cancellationToken = default)
        where T : class, IAggregateRoot;

    /// <summary>
    /// As <see cref="ChangeAsync{T}"/>, for an operation that also creates a new aggregate (an idea's new version, an
    /// election a campaign calls): both are stored in one transaction, or neither.
    /// </summary>
    /// <typeparam name="T">The changed aggregate's type.</typeparam>
    /// <typeparam name="TNew">The created aggregate's type.</typeparam>
    /// <param name="specification">Finds the aggregate to change; it must track changes.</param>
    /// <param name="change">The domain operation, returning the new aggregate.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The new aggregate and the events of both, once stored; or the refusal.</returns>
    Task<Result<(TNew Created, IReadOnlyList<IDomainEvent> Events)>> ChangeAndAddAsync<T, TNew>(
        ISingleResultSpecification<T> specification,
        Func<T, Result<TNew>> change,
        CancellationToken cancellationToken = default)
        where T : class, IAggregateRoot
        where TNew : class, IAggregateRoot;
}
