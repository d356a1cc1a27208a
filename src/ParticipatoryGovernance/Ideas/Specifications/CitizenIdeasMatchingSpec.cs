using Ardalis.Specification;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Ideas.Specifications;

/// <summary>
/// The public ideas of a municipality that match every filter given (status, urban field, neighbourhood), newest
/// first, a page at a time: what an ideas list with filters needs. Leave <c>skip</c> and <c>take</c> out to count.
/// </summary>
public sealed class CitizenIdeasMatchingSpec : Specification<CitizenIdea>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="status">Only ideas in this status, when given.</param>
    /// <param name="fieldKey">Only ideas in the urban field with this key, when given (keys are lower case).</param>
    /// <param name="neighbourhoodId">Only ideas of this neighbourhood, when given.</param>
    /// <param name="skip">How many ideas to skip, for paging; 0 or more.</param>
    /// <param name="take">How many to return at most, when given; 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="status"/> is undefined, <paramref name="skip"/> is negative or <paramref name="take"/> is less than 1.
    /// </exception>
    public CitizenIdeasMatchingSpec(
        MunicipalityId municipalityId,
        IdeaStatus? status = null,
        string? fieldKey = null,
        NeighbourhoodId? neighbourhoodId = null,
        int skip = 0,
        int? take = null)
    {
        if (status is { } s && !Enum.IsDefined(s))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined idea status.");
        }

        var key = string.IsNullOrWhiteSpace(fieldKey) ? null : fieldKey.Trim().ToLowerInvariant();
        Query.Public()
            .OfMunicipality(municipalityId)
            .Where(i => i.Status == status, status is not null)
            .Where(i => i.FieldKey == key, key is not null)
            .Where(i => i.NeighbourhoodId == neighbourhoodId, neighbourhoodId is not null)
            .NewestFirst()
            .Page(skip, take);
    }
}
