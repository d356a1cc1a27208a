using Ardalis.Specification;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Ideas.Specifications;

/// <summary>The ideas of a municipality hidden after reports and waiting for a moderator: the moderation queue, oldest first, a page at a time.</summary>
public sealed class CitizenIdeasAwaitingModerationSpec : Specification<CitizenIdea>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="skip">How many ideas to skip, for paging; 0 or more.</param>
    /// <param name="take">How many to return at most, when given; 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skip"/> is negative or <paramref name="take"/> is less than 1.</exception>
    public CitizenIdeasAwaitingModerationSpec(MunicipalityId municipalityId, int skip = 0, int? take = null)
    {
        Query.OfMunicipality(municipalityId)
            .Where(i => i.Visibility == IdeaVisibility.Hidden)
            .OldestFirst()
            .Page(skip, take);
    }
}
