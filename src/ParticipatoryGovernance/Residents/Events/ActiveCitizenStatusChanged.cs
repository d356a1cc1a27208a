using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Residents.Events;

/// <summary>A resident became, or stopped being, an active citizen of their neighbourhood.</summary>
/// <param name="ResidentId">The resident.</param>
/// <param name="NeighbourhoodId">The neighbourhood.</param>
/// <param name="IsActive">The new status.</param>
/// <param name="AssessedOn">The date of the assessment.</param>
public sealed record ActiveCitizenStatusChanged(ResidentId ResidentId, NeighbourhoodId NeighbourhoodId, bool IsActive, LocalDate AssessedOn) : IDomainEvent;
