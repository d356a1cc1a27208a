using Ardalis.Specification;
using NodaTime;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Ideas.Specifications;

/// <summary>
/// The public ideas of a municipality with the most endorsements in the last days before an instant: only ideas with
/// at least one such endorsement, most first, then newest first, then by identifier; a page at a time.
/// </summary>
public sealed class CitizenIdeasTrendingSpec : Specification<CitizenIdea>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="asOf">The end of the period, usually now.</param>
    /// <param name="days">The length of the period in days of 24 hours; 1 or more. Endorsements at or after <c>asOf − days</c> and at or before <paramref name="asOf"/> count.</param>
    /// <param name="skip">How many ideas to skip, for paging; 0 or more.</param>
    /// <param name="take">How many to return at most, when given; 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="days"/> is less than 1, <paramref name="skip"/> is negative or <paramref name="take"/> is less than 1.
    /// </exception>
    public CitizenIdeasTrendingSpec(MunicipalityId municipalityId, Instant asOf, int days, int skip = 0, int? take = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var since = asOf - Duration.FromDays(days);
        Query.Public()
            .OfMunicipality(municipalityId)
            .Where(i => i.Endorsements.Any(e => e.At >= since && e.At <= asOf));
        Query.OrderByDescending(i => i.Endorsements.Count(e => e.At >= since && e.At <= asOf))
            .ThenByDescending(i => i.SubmittedAt)
            .ThenBy(i => i.Id);
        Query.Page(skip, take);
    }
}
