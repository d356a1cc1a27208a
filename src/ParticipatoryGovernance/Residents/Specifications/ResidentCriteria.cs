using Ardalis.Specification;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Residents.Specifications;

/// <summary>Criteria that several resident specifications share.</summary>
public static class ResidentCriteria
{
    /// <summary>Residents of a neighbourhood.</summary>
    /// <param name="query">The specification's builder.</param>
    /// <param name="neighbourhoodId">The neighbourhood.</param>
    /// <returns>The builder.</returns>
    public static ISpecificationBuilder<Resident> InNeighbourhood(this ISpecificationBuilder<Resident> query, NeighbourhoodId neighbourhoodId) =>
        query.Where(r => r.NeighbourhoodId == neighbourhoodId);

    /// <summary>Residents born in a cohort. The birth date is compared inside the query, never returned.</summary>
    /// <param name="query">The specification's builder.</param>
    /// <param name="cohort">The cohort.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cohort"/> is null.</exception>
    public static ISpecificationBuilder<Resident> BornIn(this ISpecificationBuilder<Resident> query, BirthCohort cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var first = cohort.FirstBirthDate;
        var last = cohort.LastBirthDate;
        return query.Where(r => r.BirthDate >= first && r.BirthDate <= last);
    }

    /// <summary>Orders residents by family name, then given name, then identifier, so that pages are stable.</summary>
    /// <param name="query">The specification's builder.</param>
    /// <returns>The builder.</returns>
    public static ISpecificationBuilder<Resident> ByName(this ISpecificationBuilder<Resident> query)
    {
        query.OrderBy(r => r.Name.FamilyName).ThenBy(r => r.Name.GivenName).ThenBy(r => r.Id);
        return query;
    }
}
