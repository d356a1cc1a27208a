using Ardalis.Specification;
using NodaTime;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Ideas.Specifications;

/// <summary>
/// The visible ideas of a municipality still waiting for an answer (submitted or under review) that were submitted more
/// than a number of days before an instant: the reviewers' backlog, oldest first, a page at a time.
/// </summary>
public sealed class CitizenIdeasAwaitingReviewSpec : Specification<CitizenIdea>
{
    private static readonly IdeaStatus[] Waiting = [.. IdeaStatuses.AwaitingAnswer];

    /// <summary>Creates the specification.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="asOf">The instant to count back from, usually now.</param>
    /// <param name="days">Only ideas that have waited longer than this many days (of 24 hours) since their submission; 0 or more.</param>
    /// <param name="skip">How many ideas to skip, for paging; 0 or more.</param>
    /// <param name="take">How many to return at most, when given; 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="days"/> or <paramref name="skip"/> is negative, or <paramref name="take"/> is less than 1.
    /// </exception>
    public CitizenIdeasAwaitingReviewSpec(MunicipalityId municipalityId, Instant asOf, int days, int skip = 0, int? take = null)
    {
        Query.Public()
            .OfMunicipality(municipalityId)
            .Where(i => Waiting.Contains(i.Status))
            .SubmittedMoreThanDaysBefore(asOf, days)
            .OldestFirst()
            .Page(skip, take);
    }
}
