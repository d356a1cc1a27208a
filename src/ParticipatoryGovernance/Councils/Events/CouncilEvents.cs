using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Councils.Events;

/// <summary>A council was formed.</summary>
/// <param name="CouncilId">The council.</param>
/// <param name="NeighbourhoodId">Its neighbourhood.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="On">The formation date.</param>
public sealed record CouncilFormed(CouncilId CouncilId, NeighbourhoodId NeighbourhoodId, CouncilKind Kind, LocalDate On) : IDomainEvent;

/// <summary>A council started acting.</summary>
/// <param name="CouncilId">The council.</param>
/// <param name="NeighbourhoodId">Its neighbourhood.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="On">The date.</param>
public sealed record CouncilActivated(CouncilId CouncilId, NeighbourhoodId NeighbourhoodId, CouncilKind Kind, LocalDate On) : IDomainEvent;

/// <summary>A council was dissolved.</summary>
/// <param name="CouncilId">The council.</param>
/// <param name="NeighbourhoodId">Its neighbourhood.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="On">The date.</param>
public sealed record CouncilDissolved(CouncilId CouncilId, NeighbourhoodId NeighbourhoodId, CouncilKind Kind, LocalDate On) : IDomainEvent;

/// <summary>A resident took a seat on a council.</summary>
/// <param name="CouncilId">The council.</param>
/// <param name="NeighbourhoodId">Its neighbourhood.</param>
/// <param name="ResidentId">The member.</param>
/// <param name="Role">The role.</param>
/// <param name="On">The first day in the seat.</param>
public sealed record CouncilMemberAppointed(CouncilId CouncilId, NeighbourhoodId NeighbourhoodId, ResidentId ResidentId, CouncilRole Role, LocalDate On) : IDomainEvent;

/// <summary>A member left a council seat.</summary>
/// <param name="CouncilId">The council.</param>
/// <param name="ResidentId">The member.</param>
/// <param name="Reason">Why.</param>
/// <param name="On">The last day in the seat.</param>
public sealed record CouncilMemberLeft(CouncilId CouncilId, ResidentId ResidentId, MembershipEnd Reason, LocalDate On) : IDomainEvent;
