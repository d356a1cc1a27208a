using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Residents.Events;

/// <summary>A resident moved to another neighbourhood.</summary>
/// <param name="ResidentId">The resident.</param>
/// <param name="From">The neighbourhood left.</param>
/// <param name="To">The neighbourhood joined.</param>
public sealed record ResidentMoved(ResidentId ResidentId, NeighbourhoodId From, NeighbourhoodId To) : IDomainEvent;
