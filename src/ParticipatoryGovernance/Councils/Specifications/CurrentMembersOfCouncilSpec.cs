using Ardalis.Specification;

namespace ParticipatoryGovernance.Councils.Specifications;

/// <summary>A council's current members (memberships not yet ended), by role, then start date, then membership id.</summary>
/// <remarks>
/// The database selects the members; they are put in order after the query (at most a council's seats), because an
/// ordering inside <c>SelectMany</c> is dropped when EF Core translates it to SQL.
/// </remarks>
public sealed class CurrentMembersOfCouncilSpec : Specification<Council, CouncilMembership>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="councilId">The council.</param>
    public CurrentMembersOfCouncilSpec(CouncilId councilId)
    {
        Query.Where(c => c.Id == councilId);
        Query.SelectMany(c => c.Memberships.Where(m => m.EndedOn == null));
        Query.PostProcessingAction(members => members.OrderBy(m => m.Role).ThenBy(m => m.StartedOn).ThenBy(m => m.Id));
    }
}
