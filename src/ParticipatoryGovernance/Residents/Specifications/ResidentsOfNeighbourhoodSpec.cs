using Ardalis.Specification;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Residents.Specifications;

/// <summary>The residents of a neighbourhood, optionally of one gender, by name, a page at a time.</summary>
public sealed class ResidentsOfNeighbourhoodSpec : Specification<Resident>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="neighbourhoodId">The neighbourhood.</param>
    /// <param name="gender">Only residents of this gender, when given.</param>
    /// <param name="skip">How many residents to skip, for paging; 0 or more.</param>
    /// <param name="take">How many to return at most, when given; 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skip"/> is negative or <paramref name="take"/> is less than 1.</exception>
    public ResidentsOfNeighbourhoodSpec(NeighbourhoodId neighbourhoodId, Gender? gender = null, int skip = 0, int? take = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        if (take is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(take), take, "Take at least one resident, or leave take out.");
        }

        Query.InNeighbourhood(neighbourhoodId)
            .Where(r => r.Gender == gender, gender is not null)
            .ByName();
        if (skip > 0)
        {
            Query.Skip(skip);
        }

        if (take is not null)
        {
            Query.Take(take.Value);
        }
    }
}
