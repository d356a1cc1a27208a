namespace ParticipatoryGovernance.Common;

/// <summary>
/// The root of a consistency boundary: it owns its invariants, changes only through its methods, and records
/// a domain event when something really changed.
/// </summary>
/// <typeparam name="TId">The strongly typed identifier.</typeparam>
/// <remarks>Instances are mutable and not thread-safe; load one per unit of work.</remarks>
public abstract class AggregateRoot<TId> : IAggregateRoot
    where TId : struct
{
    private readonly List<IDomainEvent> _domainEvents = [];

    /// <summary>Creates an aggregate with its identifier.</summary>
    /// <param name="id">The identifier.</param>
    protected AggregateRoot(TId id) => Id = id;

    /// <summary>The identifier.</summary>
    public TId Id { get; private set; }

    /// <summary>The events raised since the aggregate was loaded or the events were last cleared.</summary>
    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    /// <summary>Forgets the raised events, after they have been dispatched or stored.</summary>
    public void ClearDomainEvents() => _domainEvents.Clear();

    /// <summary>Records an event.</summary>
    /// <param name="domainEvent">The event.</param>
    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);
}
