using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Neighbourhoods.Events;

/// <summary>A neighbourhood was centred on another institution.</summary>
/// <param name="NeighbourhoodId">The neighbourhood.</param>
/// <param name="Anchor">The new anchor.</param>
public sealed record CommunityAnchorReplaced(NeighbourhoodId NeighbourhoodId, CommunityAnchor Anchor) : IDomainEvent;

/// <summary>A neighbourhood mayor was appointed.</summary>
/// <param name="NeighbourhoodId">The neighbourhood.</param>
/// <param name="Mayor">The official.</param>
public sealed record NeighbourhoodMayorAppointed(NeighbourhoodId NeighbourhoodId, NeighbourhoodMayor Mayor) : IDomainEvent;
