using Ardalis.Specification;

namespace ParticipatoryGovernance.Councils.Specifications;

/// <summary>A council's current members (memberships not yet ended), by role then start date.</summary>
public sealed class CurrentMembersOfCouncilSpec : Specification<Council, CouncilMembership>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="councilId">The council.</param>
    public CurrentMembersOfCouncilSpec(CouncilId councilId)
    {
        Query.Where(c => c.Id == councilId);
        Query.SelectMany(c => c.Memberships.Where(m => m.EndedOn == null).OrderBy(m => m.Role).ThenBy(m => m.StartedOn));
    }
}
