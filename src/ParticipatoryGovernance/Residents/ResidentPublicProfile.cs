using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Residents;

/// <summary>What a public view may show of a resident: never the birth date, and for minors only a given name and initial.</summary>
/// <param name="Id">The resident.</param>
/// <param name="NeighbourhoodId">The neighbourhood.</param>
/// <param name="DisplayName">The full name for adults; given name and family initial for minors.</param>
/// <param name="Gender">The gender.</param>
/// <param name="AgeBand">The age band, not the age.</param>
/// <param name="IsMinor">Whether the resident is a minor.</param>
public sealed record ResidentPublicProfile(ResidentId Id, NeighbourhoodId NeighbourhoodId, string DisplayName, Gender Gender, AgeBand AgeBand, bool IsMinor);
