using Ardalis.Specification;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Residents.Specifications;

/// <summary>The residents born in a cohort (such as the 1380s), optionally in one neighbourhood and of one gender, by name.</summary>
public sealed class ResidentsInCohortSpec : Specification<Resident>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="cohort">The cohort.</param>
    /// <param name="neighbourhoodId">Only residents of this neighbourhood, when given.</param>
    /// <param name="gender">Only residents of this gender, when given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cohort"/> is null.</exception>
    public ResidentsInCohortSpec(BirthCohort cohort, NeighbourhoodId? neighbourhoodId = null, Gender? gender = null)
    {
        Query.BornIn(cohort)
            .Where(r => r.NeighbourhoodId == neighbourhoodId, neighbourhoodId is not null)
            .Where(r => r.Gender == gender, gender is not null)
            .ByName();
    }
}
