using Ardalis.Specification;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Residents.Specifications;

/// <summary>
/// The residents born in a cohort (such as the 1380s) who live in a neighbourhood, or in given neighbourhoods, optionally
/// of one gender, by name. A resident has no municipality of its own: a city's cohort is the cohort of its neighbourhoods
/// (<see cref="Neighbourhoods.Specifications.NeighbourhoodsOfMunicipalitySpec"/>), so that one city's query never
/// reaches another city's residents.
/// </summary>
public sealed class ResidentsInCohortSpec : Specification<Resident>
{
    /// <summary>Creates the specification for one neighbourhood, both genders.</summary>
    /// <param name="cohort">The cohort.</param>
    /// <param name="neighbourhoodId">The neighbourhood.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cohort"/> is null.</exception>
    public ResidentsInCohortSpec(BirthCohort cohort, NeighbourhoodId neighbourhoodId)
        : this(cohort, [neighbourhoodId], null)
    {
    }

    /// <summary>Creates the specification for one neighbourhood.</summary>
    /// <param name="cohort">The cohort.</param>
    /// <param name="neighbourhoodId">The neighbourhood.</param>
    /// <param name="gender">Only residents of this gender, or <see langword="null"/> for both.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cohort"/> is null.</exception>
    public ResidentsInCohortSpec(BirthCohort cohort, NeighbourhoodId neighbourhoodId, Gender? gender)
        : this(cohort, [neighbourhoodId], gender)
    {
    }

    /// <summary>Creates the specification for several neighbourhoods, such as all of one city's.</summary>
    /// <param name="cohort">The cohort.</param>
    /// <param name="neighbourhoods">The neighbourhoods; none gives no residents.</param>
    /// <param name="gender">Only residents of this gender, or <see langword="null"/> for both.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cohort"/> or <paramref name="neighbourhoods"/> is null.</exception>
    public ResidentsInCohortSpec(BirthCohort cohort, IEnumerable<NeighbourhoodId> neighbourhoods, Gender? gender)
    {
        ArgumentNullException.ThrowIfNull(neighbourhoods);
        var within = neighbourhoods.Distinct().ToList();
        Query.BornIn(cohort)
            .Where(r => within.Contains(r.NeighbourhoodId))
            .Where(r => r.Gender == gender, gender is not null)
            .ByName();
    }
}
