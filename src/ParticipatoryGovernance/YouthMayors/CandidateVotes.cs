using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.YouthMayors;

/// <summary>A candidate's votes at one step of a count.</summary>
/// <param name="Candidate">The candidate.</param>
/// <param name="Votes">The votes.</param>
public sealed record CandidateVotes(ResidentId Candidate, int Votes);
