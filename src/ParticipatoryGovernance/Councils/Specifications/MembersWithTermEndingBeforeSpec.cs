using Ardalis.Specification;
using NodaTime;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Councils.Specifications;

/// <summary>
/// The current members of a municipality's councils whose term ends before a date, soonest first (then by membership
/// id): whom to renew.
/// </summary>
/// <remarks>
/// The database selects the members; they are put in order after the query, because an ordering inside
/// <c>SelectMany</c> is dropped when EF Core translates it to SQL.
/// </remarks>
public sealed class MembersWithTermEndingBeforeSpec : Specification<Council, CouncilMembership>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="before">The ISO-calendar date; terms ending before it are listed.</param>
    public MembersWithTermEndingBeforeSpec(MunicipalityId municipalityId, LocalDate before)
    {
        Query.Where(c => c.MunicipalityId == municipalityId && c.Status != CouncilStatus.Dissolved);
        Query.SelectMany(c => c.Memberships.Where(m => m.EndedOn == null && m.TermEndsOn < before));
        Query.PostProcessingAction(members => members.OrderBy(m => m.TermEndsOn).ThenBy(m => m.Id));
    }
}
