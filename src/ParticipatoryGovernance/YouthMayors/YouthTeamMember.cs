using NodaTime;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.YouthMayors;

/// <summary>A seat filled on a youth mayor's team: who holds it and the urban field they work in.</summary>
/// <param name="ResidentId">The team member.</param>
/// <param name="NeighbourhoodId">The neighbourhood the member lived in when joining.</param>
/// <param name="UrbanFieldKey">The key of the member's urban field in the campaign's charter, such as <c>environment</c>.</param>
/// <param name="JoinedOn">The ISO-calendar date the member joined.</param>
/// <param name="IsMinorOnJoining">Whether the member was under the charter's age of majority when joining.</param>
/// <param name="GuardianConsent">The guardian's consent, recorded for members who were minors when joining; otherwise <see langword="null"/>.</param>
public sealed record YouthTeamMember(
    ResidentId ResidentId,
    NeighbourhoodId NeighbourhoodId,
    string UrbanFieldKey,
    LocalDate JoinedOn,
    bool IsMinorOnJoining,
    GuardianConsent? GuardianConsent)
{
    // For object-relational mappers, which cannot pass an owned consent to a constructor.
    private YouthTeamMember()
        : this(default, default, null!, default, false, null)
    {
    }
}
