using Ardalis.Specification;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Ideas.Specifications;

/// <summary>The public ideas of a municipality in a status, newest first, a page at a time.</summary>
public sealed class CitizenIdeasByStatusSpec : Specification<CitizenIdea>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="status">The status.</param>
    /// <param name="skip">How many ideas to skip, for paging; 0 or more.</param>
    /// <param name="take">How many to return at most, when given; 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="status"/> is undefined, <paramref name="skip"/> is negative or <paramref name="take"/> is less than 1.
    /// </exception>
    public CitizenIdeasByStatusSpec(MunicipalityId municipalityId, IdeaStatus status, int skip = 0, int? take = null)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined idea status.");
        }

        Query.Public()
            .OfMunicipality(municipalityId)
            .Where(i => i.Status == status)
            .NewestFirst()
            .Page(skip, take);
    }
}
