using Ardalis.Specification;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Ideas.Specifications;

/// <summary>The public ideas of a municipality in an urban field, optionally in one status, newest first, a page at a time.</summary>
public sealed class CitizenIdeasByFieldSpec : Specification<CitizenIdea>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="field">The urban field.</param>
    /// <param name="status">Only ideas in this status, when given.</param>
    /// <param name="skip">How many ideas to skip, for paging; 0 or more.</param>
    /// <param name="take">How many to return at most, when given; 1 or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skip"/> is negative or <paramref name="take"/> is less than 1.</exception>
    public CitizenIdeasByFieldSpec(MunicipalityId municipalityId, UrbanField field, IdeaStatus? status = null, int skip = 0, int? take = null)
    {
        ArgumentNullException.ThrowIfNull(field);

        // Keys are lower case by construction, so an ordinal comparison finds them in memory and in the database.
        var key = field.Key;
        Query.Public()
            .OfMunicipality(municipalityId)
            .Where(i => i.FieldKey == key)
            .Where(i => i.Status == status, status is not null)
            .NewestFirst()
            .Page(skip, take);
    }
}
