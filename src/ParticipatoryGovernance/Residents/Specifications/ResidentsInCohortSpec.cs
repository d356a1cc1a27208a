using Ardalis.Specification;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Residents.Specifications;

/// <summary>
/// The residents born in a cohort (such as the 1380s) who live in given neighbourhoods, optionally of one gender, by
/// name. A resident has no municipality of its own: a city's cohort is the cohort of its neighbourhoods
/// (<see cref="Neighbourhoods.Specifications.NeighbourhoodsOfMunicipalitySpec"/>), so that one city's query never reaches another city's residents.
/// </summary>
public sealed class ResidentsInCohortSpec : Specification<Resident>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="cohort">The cohort.</param>
    /// <param name="neighbourhoods">The neighbourhoods: one, or all of one city's; none gives no residents.</param>
    /// <param name="gender">Only residents of this gender, when given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cohort"/> or <paramref name="neighbourhoods"/> is null.</exception>
    public ResidentsInCohortSpec(BirthCohort cohort, IEnumerable<NeighbourhoodId> neighbourhoods, Gender? gender = null)
    {
        ArgumentNullException.ThrowIfNull(neighbourhoods);
        var within = neighbourhoods.Distinct().ToList();
        Query.BornIn(cohort)
            .Where(r => within.Contains(r.NeighbourhoodId))
            .Where(r => r.Gender == gender, gender is not null)
            .ByName();
    }
}
