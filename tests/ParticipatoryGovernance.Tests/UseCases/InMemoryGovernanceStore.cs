using Ardalis.Specification;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Tests.UseCases;

/// <summary>
/// A test double of the storage port: aggregates in a list, specifications evaluated in memory. A change applies to
/// the stored instance only when the operation succeeds on a copy of nothing: aggregates change nothing when they
/// refuse, which <see cref="Refusal_LeavesTheAggregateUnchanged"/>-style tests check through the events.
/// </summary>
internal sealed class InMemoryGovernanceStore : IGovernanceStore
{
    private readonly List<object> _aggregates = [];

    public List<IDomainEvent> Stored { get; } = [];

    public int Writes { get; private set; }

    public InMemoryGovernanceStore With(params IAggregateRoot[] aggregates)
    {
        foreach (var aggregate in aggregates)
        {
            Clear(aggregate);
            _aggregates.Add(aggregate);
        }

        return this;
    }

    public IEnumerable<T> All<T>() => _aggregates.OfType<T>();

    public Task<T?> FindAsync<T>(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default)
        where T : class, IAggregateRoot =>
        Task.FromResult(specification.Evaluate(_aggregates.OfType<T>()).SingleOrDefault());

    public Task<IReadOnlyList<T>> ListAsync<T>(ISpecification<T> specification, CancellationToken cancellationToken = default)
        where T : class, IAggregateRoot =>
        Task.FromResult<IReadOnlyList<T>>([.. specification.Evaluate(_aggregates.OfType<T>())]);

    public Task<Result<IReadOnlyList<IDomainEvent>>> AddAsync<T>(T aggregate, CancellationToken cancellationToken = default)
        where T : class, IAggregateRoot
    {
        IReadOnlyList<IDomainEvent> events = [.. aggregate.DomainEvents];
        _aggregates.Add(aggregate);
        Commit(events, aggregate);
        return Task.FromResult(Result.Success(events));
    }

    public Task<Result<IReadOnlyList<IDomainEvent>>> ChangeAsync<T>(ISingleResultSpecification<T> specification, Func<T, Result> change, CancellationToken cancellationToken = default)
        where T : class, IAggregateRoot
    {
        var aggregate = specification.Evaluate(_aggregates.OfType<T>()).SingleOrDefault();
        if (aggregate is null)
        {
            return Task.FromResult(Result.Failure<IReadOnlyList<IDomainEvent>>(RuleViolation.Of("persistence.not-found", "پیدا نشد", "not found")));
        }

        var outcome = change(aggregate);
        if (outcome.IsFailure)
        {
            aggregate.DomainEvents.Should().BeEmpty("an aggregate that refuses raises nothing");
            return Task.FromResult(Result.Failure<IReadOnlyList<IDomainEvent>>([.. outcome.Violations]));
        }

        IReadOnlyList<IDomainEvent> events = [.. aggregate.DomainEvents];
        Commit(events, aggregate);
        return Task.FromResult(Result.Success(events));
    }

    public Task<Result<(TNew Created, IReadOnlyList<IDomainEvent> Events)>> ChangeAndAddAsync<T, TNew>(ISingleResultSpecification<T> specification, Func<T, Result<TNew>> change, CancellationToken cancellationToken = default)
        where T : class, IAggregateRoot
        where TNew : class, IAggregateRoot
    {
        var aggregate = specification.Evaluate(_aggregates.OfType<T>()).SingleOrDefault();
        if (aggregate is null)
        {
            return Task.FromResult(Result.Failure<(TNew, IReadOnlyList<IDomainEvent>)>(RuleViolation.Of("persistence.not-found", "پیدا نشد", "not found")));
        }

        var outcome = change(aggregate);
        if (outcome.IsFailure)
        {
            return Task.FromResult(Result.Failure<(TNew, IReadOnlyList<IDomainEvent>)>([.. outcome.Violations]));
        }

        IReadOnlyList<IDomainEvent> events = [.. aggregate.DomainEvents, .. outcome.Value.DomainEvents];
        _aggregates.Add(outcome.Value);
        Commit(events, aggregate, outcome.Value);
        return Task.FromResult(Result.Success((outcome.Value, events)));
    }

    private void Commit(IReadOnlyList<IDomainEvent> events, params IAggregateRoot[] aggregates)
    {
        Stored.AddRange(events);
        Writes++;
        foreach (var aggregate in aggregates)
        {
            Clear(aggregate);
        }
    }

    private static void Clear(IAggregateRoot aggregate) =>
        aggregate.GetType().GetMethod("ClearDomainEvents")!.Invoke(aggregate, null);
}
