using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.YouthMayors;

/// <summary>A shortlisted applicant standing in a youth-mayor election.</summary>
/// <param name="ResidentId">The candidate.</param>
/// <param name="ApplicationId">The candidate's application to the campaign.</param>
public sealed record ElectionCandidate(ResidentId ResidentId, YouthMayorApplicationId ApplicationId);
