using Ardalis.Specification;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Ideas.Specifications;

/// <summary>
/// A resident's own ideas, every version, newest first, a page at a time. This is the proposer's own list, so it keeps
/// hidden and removed ideas: the proposer sees what happened to them.
/// </summary>
public sealed class CitizenIdeasOfResidentSpec : Specification<CitizenIdea>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="residentId">The proposer.</param>
    /// <param name="skip">How many ideas to skip, for paging; 0 or more.</param>
    /// <param name="take">How many to return at most, when given; 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skip"/> is negative or <paramref name="take"/> is less than 1.</exception>
    public CitizenIdeasOfResidentSpec(ResidentId residentId, int skip = 0, int? take = null)
    {
        Query.Where(i => i.ProposerId == residentId)
            .NewestFirst()
            .Page(skip, take);
    }
}
