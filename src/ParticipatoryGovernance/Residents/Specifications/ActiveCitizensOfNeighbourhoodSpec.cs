using Ardalis.Specification;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Residents.Specifications;

/// <summary>
/// The active citizens of a neighbourhood as last assessed (<see cref="ActiveCitizenAssessor"/>), optionally of one
/// gender, by name: the pool its councils are formed from.
/// </summary>
public sealed class ActiveCitizensOfNeighbourhoodSpec : Specification<Resident>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="neighbourhoodId">The neighbourhood.</param>
    /// <param name="gender">Only this gender, when given (women's councils draw on women).</param>
    public ActiveCitizensOfNeighbourhoodSpec(NeighbourhoodId neighbourhoodId, Gender? gender = null) =>
        Query.InNeighbourhood(neighbourhoodId)
            .Where(r => r.IsActiveCitizen)
            .Where(r => r.Gender == gender, gender is not null)
            .ByName();
}
