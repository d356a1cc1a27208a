using Ardalis.Specification;
using NodaTime;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Councils.Specifications;

/// <summary>The current members of a municipality's councils whose term ends before a date (within each council, soonest first): whom to renew.</summary>
public sealed class MembersWithTermEndingBeforeSpec : Specification<Council, CouncilMembership>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="before">The ISO-calendar date; terms ending before it are listed.</param>
    public MembersWithTermEndingBeforeSpec(MunicipalityId municipalityId, LocalDate before)
    {
        Query.Where(c => c.MunicipalityId == municipalityId && c.Status != CouncilStatus.Dissolved);
        Query.SelectMany(c => c.Memberships.Where(m => m.EndedOn == null && m.TermEndsOn < before).OrderBy(m => m.TermEndsOn));
    }
}
