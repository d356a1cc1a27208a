using Ardalis.Specification;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Ideas.Specifications;

/// <summary>The public ideas for a neighbourhood, optionally in one status, newest first, a page at a time.</summary>
public sealed class CitizenIdeasOfNeighbourhoodSpec : Specification<CitizenIdea>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="neighbourhoodId">The neighbourhood.</param>
    /// <param name="status">Only ideas in this status, when given.</param>
    /// <param name="skip">How many ideas to skip, for paging; 0 or more.</param>
    /// <param name="take">How many to return at most, when given; 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skip"/> is negative or <paramref name="take"/> is less than 1.</exception>
    public CitizenIdeasOfNeighbourhoodSpec(NeighbourhoodId neighbourhoodId, IdeaStatus? status = null, int skip = 0, int? take = null)
    {
        Query.Public()
            .Where(i => i.NeighbourhoodId == neighbourhoodId)
            .Where(i => i.Status == status, status is not null)
            .NewestFirst()
            .Page(skip, take);
    }
}
