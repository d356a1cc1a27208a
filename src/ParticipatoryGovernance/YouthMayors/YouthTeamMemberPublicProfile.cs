using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.YouthMayors;

/// <summary>What a public page may show of a youth team member: no birth date, and only a given name and initial for minors.</summary>
/// <param name="Person">The member's public profile.</param>
/// <param name="UrbanFieldKey">The key of the member's urban field, such as <c>environment</c>.</param>
/// <param name="UrbanField">The field's name in Persian and English.</param>
public sealed record YouthTeamMemberPublicProfile(ResidentPublicProfile Person, string UrbanFieldKey, LocalizedText UrbanField);
