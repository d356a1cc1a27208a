namespace ParticipatoryGovernance.Common;

/// <summary>
/// What every aggregate root shows to the code that stores it, whatever its identifier type: the domain events it
/// raised since it was loaded.
/// </summary>
/// <remarks>Implemented by <see cref="AggregateRoot{TId}"/>; the storage port collects the events of a change through it.</remarks>
public interface IAggregateRoot
{
    /// <summary>The events raised since the aggregate was loaded or the events were last cleared.</summary>
    IReadOnlyList<IDomainEvent> DomainEvents { get; }
}
